import { type Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, readFixture } from './helpers.ts';
import { readPdf } from '../pdf/read.ts';

async function seed(page: Page, name: string) {
  const file = readFixture(name);
  await page.goto('/draft/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), file);
}

const banner = (page: Page) => page.locator('#scenario-banner');

test.describe('the workshop kit', () => {
  test('while a scenario is loaded, every page of the journey and the workshop says which one, with a link to it; the reading pages stay free of script', async ({ page }) => {
    await seed(page, 'scenario-taliban-doha-2013');
    for (const path of ['/', '/questionnaire/?continue', '/draft/', '/drafts/', '/workshops/', '/workshops/nepal-2004/', '/workshops/nepal-2004/run-sheet/', '/map/', '/compare/case/', '/compare/designs/']) {
      await page.goto(path);
      await expect(banner(page), path).toBeVisible();
      await expect(banner(page), path).toContainText("Workshop scenario loaded: The Taliban's office in Doha, 2013.");
      await expect(banner(page).getByRole('link', { name: 'About this scenario' }), path).toHaveAttribute('href', '/workshops/taliban-doha-2013/');
    }
    await expectNoAxeViolations(page, 'a page with the scenario banner');
    // The case library and the guidance do not change with the answers, and promise no script at all.
    for (const path of ['/cases/', '/cases/nepal/', '/guide/what-is-a-peace-secretariat/']) {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      await expect(banner(page), path).toBeHidden();
      expect(await page.locator('script[src]').count(), path).toBe(0);
    }
  });

  test('answers of no scenario, or none at all, show no banner', async ({ page }) => {
    await page.goto('/');
    await expect(banner(page)).toBeHidden();
    await seed(page, 'state-preparing-talks');
    for (const path of ['/', '/questionnaire/?continue', '/workshops/']) {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      await expect(banner(page), path).toBeHidden();
    }
  });

  test('starting a scenario puts the banner up on the questionnaire, and Start again takes it down', async ({ page }) => {
    await page.goto('/workshops/nepal-2004/');
    await page.getByRole('button', { name: 'Start this scenario' }).click();
    await expect(page).toHaveURL(/\/questionnaire\/$/);
    await expect(banner(page)).toContainText('Workshop scenario loaded: Nepal');
    await expect(banner(page)).toBeVisible();
    // Back later: the resume offer names it too, and starting again (which drops the scenario) takes it down.
    await page.goto('/questionnaire/');
    await expect(page.locator('main h1')).toHaveText('Continue where you left off?');
    await expect(banner(page)).toBeVisible();
    await page.getByRole('button', { name: 'Start again', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, start again' }).click();
    await expect(banner(page)).toBeHidden();
  });

  test("four groups' answers files open at once into one grid of group × area against history, with a refused file named and the others kept, and the whole grid prints on the first sheet", async ({ page }) => {
    const file = readFixture('scenario-taliban-doha-2013');
    const group = (name: string, change: Record<string, unknown>) => ({
      name: `${name}.json`,
      mimeType: 'application/json',
      // Each names a custodian for the archives unless the change says otherwise.
      buffer: Buffer.from(JSON.stringify({ ...file, answers: { ...file.answers, 'archive-custody': 'national-archive', ...change } })),
    });
    await page.goto('/workshops/taliban-doha-2013/groups/');
    await expectNoAxeViolations(page, 'the groups page before any file');
    await page.locator('#groups-open').setInputFiles([
      group('Group 1', {}),
      group('Group 2', { symbols: 'own-flag-and-name' }),
      group('Group 3', { 'propaganda-safeguard': 'none' }),
      group('Group 4', { 'archive-custody': 'not-decided' }),
      { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') },
    ]);
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page.locator('.error-summary')).toContainText('notes.json');
    const rows = page.locator('.groups-grid tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(page.locator('.groups-grid thead th')).toHaveCount(8);
    const cell = (g: string, area: string) => page.locator(`tr[data-group="${g}"] td[data-area="${area}"]`);
    await expect(cell('Group 1', 'placement')).toContainText('Differs');
    await expect(cell('Group 2', 'placement')).toContainText('Repeats a failure');
    await expect(cell('Group 2', 'placement')).toContainText('A flag and name of its own, agreed with no one');
    await expect(cell('Group 3', 'continuity')).toContainText('Repeats a failure');
    await expect(cell('Group 4', 'duration')).toContainText('Closing with nowhere for the records to go');
    await expect(cell('Group 1', 'duration')).not.toContainText('Repeats a failure');
    await expect(page.locator('[data-failure="no-propaganda-safeguard"]')).toContainText('Group 3');
    await expectNoAxeViolations(page, 'the groups grid');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#groups-open')).toBeHidden();
    const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(pdf.pages[0]).toContain('Group 4');
    expect(pdf.pages[0]).toContain('Duration and sunset');
  });

  test('each scenario has a run sheet for a two-hour session of four groups: the steps on a clock, what to project, what to print, its questions for discussion', async ({ page }) => {
    await page.goto('/workshops/');
    await page.getByRole('link', { name: /^Run sheet for a two-hour session ?: Sri Lanka's government, early 2002$/ }).click();
    await expect(page.locator('h1')).toHaveText("Run sheet: Sri Lanka's government, early 2002");
    await expect(page.locator('main')).toContainText('about 20 people in 4 groups');
    const rows = page.locator('.run-sheet tbody tr');
    await expect(rows.first().locator('td').first()).toHaveText('0:00–0:10');
    await expect(rows.last().locator('td').first()).toHaveText('1:55–2:00');
    await expect(page.locator('main')).toContainText('Total: 120 minutes.');
    await expect(page.locator('main')).toContainText('The scenario card, one per participant');
    await expect(page.locator('main')).toContainText('What would have to be in the mandate for this office still to be useful if the ceasefire breaks down?');
    await expect(page.getByRole('link', { name: /Gather the groups/ })).toHaveAttribute('href', '/workshops/sri-lanka-government-2002/groups/');
    await expectNoAxeViolations(page, 'a run sheet');
  });

  test('the map: at 1024 × 768 its overview of every area fits the screen without scrolling, in words of 18 pixels or more, and each area opens drawn large', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/map/');
    const cards = page.locator('.map-overview li');
    await expect(cards).toHaveCount(8);
    const box = await page.locator('.map-overview').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1024);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    const px = await cards.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThanOrEqual(18);
    await expect(cards.nth(1)).toContainText('2. Tasks');
    await cards.nth(1).getByRole('link').click();
    await expect(page).toHaveURL(/#zoom-tasks$/);
    const zoom = page.locator('#zoom-tasks');
    expect((await zoom.boundingBox())!.y).toBeLessThan(100);
    const cond = await zoom.locator('.map-cond').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(cond).toBeGreaterThanOrEqual(18);
    await expectNoAxeViolations(page, 'the map');
  });

  test("a scenario's decided context is shown, not asked: Continue keeps it, and changing it asks first", async ({ page }) => {
    await page.goto('/workshops/taliban-doha-2013/');
    await page.getByRole('button', { name: 'Start this scenario' }).click();
    await expect(page).toHaveURL(/\/questionnaire\/$/);
    // The scenario's first open question (the user's role) is asked; the next, the party's name, it decided.
    await page.locator('[name="user-role"][value="trainer"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('main h1')).toBeFocused();
    const back = async () => page.getByRole('link', { name: 'Back' }).first().click();
    const locked = page.locator('.locked-context');
    await expect(locked).toContainText("Already decided in this scenario (The Taliban's office in Doha, 2013):");
    await expect(locked).toContainText('The Taliban movement');
    await expect(locked.locator('input')).toHaveCount(0);
    await expectNoAxeViolations(page, 'a decided context question');
    const heading = await page.locator('main h1').textContent();
    // Continue moves on with the answer unchanged.
    const before = await page.evaluate(() => JSON.parse(localStorage.getItem('psmd.answers')!).answers);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('main h1')).not.toHaveText(heading!);
    await expect(page.locator('main h1')).toBeFocused();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('psmd.answers')!).answers)).toEqual(before);
    // Back on it, changing it asks first; keeping it returns focus to the button.
    await back();
    await expect(locked).toBeVisible();
    await page.getByRole('button', { name: 'Change this answer' }).click();
    await expect(page.getByRole('heading', { name: 'The scenario decided this' })).toBeFocused();
    await page.getByRole('button', { name: "Keep the scenario's answer" }).click();
    await expect(page.getByRole('button', { name: 'Change this answer' })).toBeFocused();
    await page.getByRole('button', { name: 'Change this answer' }).click();
    await page.getByRole('button', { name: 'Yes, change it' }).click();
    // Now asked as an ordinary question, its answer kept and editable.
    await expect(page.locator('main h1')).toBeFocused();
    await expect(page.locator('.locked-context')).toHaveCount(0);
    await expect(page.locator('main form input[type="text"], main form textarea').first()).toHaveValue('The Taliban movement');
  });
});
