import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, completeWithKeyboard, expectNoAxeViolations, readFixture } from './helpers.ts';
import { fold, readPdf } from '../pdf/read.ts';

const SCENARIO = 'taliban-doha-2013';

async function seed(page: Page, name: string) {
  const file = readFixture(name);
  await page.goto('/draft/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), file);
  return file;
}

async function download(page: Page, button: string) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

test.describe('workshops', () => {
  test('the questionnaire map reads on a projector and prints on one sheet of A4 landscape, the list after it', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/map/');
    // At 1024 pixels, the words in the boxes are drawn at least 18 pixels high (they were 9 to 11).
    const px = await page.locator('.map--screen .map-cond').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(px).toBeGreaterThanOrEqual(18);
    await page.emulateMedia({ media: 'print' });
    const pdf = await readPdf(await page.pdf({ landscape: true, format: 'A4', preferCSSPageSize: true }));
    // The last section's title is on the first sheet (it may wrap: folded, a line break reads as a space).
    expect(fold(pdf.pages[0]!)).toContain('8. Duration and sunset');
    expect(pdf.pages[0]).not.toContain('The questions as a list');
    expect(pdf.pages[1]).toContain('The questions as a list');
  });

  test('the workshops page lists every scenario, links to the map, and passes axe', async ({ page }) => {
    await page.goto('/workshops/');
    await expect(page.locator('.card h3 a')).toHaveCount(6);
    await expect(page.getByRole('link', { name: /questionnaire map/ })).toHaveAttribute('href', '/map/');
    await expectNoAxeViolations(page, 'the workshops page');
  });

  test('a trainer starts a scenario from its case page, the group finishes it, and the comparison shows where the design differs', async ({ page }) => {
    test.slow();
    const { answers } = readFixture(`scenario-${SCENARIO}`);
    await page.goto('/cases/afghanistan/');
    await page.getByRole('link', { name: "The Taliban's office in Doha, 2013" }).click();
    await expect(page.locator('h1')).toHaveText("The Taliban's office in Doha, 2013");
    await expectNoAxeViolations(page, 'a scenario page');
    await page.getByRole('button', { name: 'Start this scenario' }).click();
    await expect(page).toHaveURL(/\/questionnaire\/$/);
    await expect(page.locator('main form')).toBeVisible();
    // The context is set by the scenario; the group only confirms it.
    await completeWithKeyboard(page, { ...answers });
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('psmd.answers')!).scenario)).toBe(SCENARIO);
    await expect(page.locator('main')).toContainText("Workshop scenario: The Taliban's office in Doha, 2013");
    await page.getByRole('link', { name: 'Compare your design with history' }).click();
    await expect(page.locator('h1')).toContainText('Your design against history');
    const placement = page.locator('.comparison > li', { hasText: 'Placement' });
    await expect(placement.locator('.verdict')).toHaveText('differs from history');
    await expect(placement).toContainText("History: The group's own flag and name. Your design: A neutral name and no flag.");
    await expect(placement.locator('.inset')).toContainText('Names and flags can be read as claims to equal status');
    await expect(page.locator('.comparison > li', { hasText: 'Critical feedback' }).locator('.verdict')).toHaveText('no like-for-like comparison');
    await expectNoAxeViolations(page, 'the comparison');
    // The handout: print CSS hides the site's frame and the buttons, keeps the comparison.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this comparison' })).toBeHidden();
    await expect(page.locator('.comparison')).toBeVisible();
  });

  test('starting a scenario over answers of your own asks first, lets you download them, and keeps them if you decline', async ({ page }) => {
    const own = await seed(page, 'state-preparing-talks');
    await page.goto(`/workshops/${SCENARIO}/`);
    await page.getByRole('button', { name: 'Start this scenario' }).click();
    await expect(page.getByRole('heading', { name: 'You already have answers on this device' })).toBeFocused();
    const saved = await download(page, 'Download my answers');
    expect(JSON.parse(saved.bytes.toString('utf8')).answers).toEqual(own.answers);
    await page.getByRole('button', { name: 'Keep my answers' }).click();
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('psmd.answers')))!).answers).toEqual(own.answers);
    await page.getByRole('button', { name: 'Start this scenario' }).click();
    await page.getByRole('button', { name: 'Replace my answers and start' }).click();
    await expect(page).toHaveURL(/\/questionnaire\/$/);
    await expect(page.locator('main form')).toBeVisible();
    const now = JSON.parse((await page.evaluate(() => localStorage.getItem('psmd.answers')))!);
    expect(now.scenario).toBe(SCENARIO);
    expect(now.answers['party-name']).toBe('The Taliban movement');
  });

  test('in a browser that keeps no answers, a scenario runs from its starting file, and its draft opens from the answers file with Annex E', async ({ page }) => {
    test.slow();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    const { answers } = readFixture(`scenario-${SCENARIO}`);
    await page.goto(`/workshops/${SCENARIO}/`);
    await page.getByRole('button', { name: 'Start this scenario' }).click();
    await expect(page.getByRole('alert')).toContainText('the scenario cannot start by itself');
    const [starting] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: "Download the scenario's starting answers" }).click()]);
    const startFile = JSON.parse(readFileSync((await starting.path())!, 'utf8'));
    expect(startFile.scenario).toBe(SCENARIO);

    // Loaded in the questionnaire, the file opens at the scenario's first open question.
    await page.goto('/questionnaire/');
    await page.getByLabel('Load answers from a file').setInputFiles((await starting.path())!);
    await expect(page.locator('main form [name]').first()).toHaveAttribute('name', startFile.at);
    await completeWithKeyboard(page, { ...answers });
    await expect(page.locator('main')).toContainText("Workshop scenario: The Taliban's office in Doha, 2013");
    await expect(page.locator('main')).toContainText('the draft page cannot read them from this device');
    const [mine] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download answers (JSON file)' }).click()]);

    await page.goto('/draft/');
    await page.getByLabel('Load answers from a file').setInputFiles((await mine.path())!);
    await expect(page.locator('#annex-E')).toContainText('Your design against history');
    // The comparison page opens the same file, for the handout.
    await page.goto(`/workshops/${SCENARIO}/compare/`);
    await page.getByLabel('Load answers from a file').setInputFiles((await mine.path())!);
    await expect(page.locator('.comparison > li', { hasText: 'Placement' }).locator('.verdict')).toHaveText('differs from history');
    await expect(page.locator(':focus')).toContainText('Answers loaded from');
    // With a comparison shown, another group's file still opens here.
    await expect(page.getByLabel('Load answers from a file')).toBeVisible();
    await expectNoAxeViolations(page, 'the comparison opened from a file');
  });

  test('the brief of a scenario design ends with the comparison as Annex E', async ({ page }) => {
    await seed(page, `scenario-${SCENARIO}`);
    await page.goto('/draft/');
    await expect(page.locator('#annex-E')).toContainText('Your design against history');
    const pdf = await readPdf((await download(page, 'Download PDF')).bytes);
    expect(fold(pdf.all)).toContain('Annex E. Your design against history');
    expect(pdf.outline.at(-1)).toContain('Annex E');
  });

  test('a donor downloads the support scope as a document of its own, in PDF and Word, never inside the instrument', async ({ page }) => {
    await seed(page, 'donor-armed-group');
    await page.goto('/draft/');
    await expect(page.locator('main')).toContainText('The support scope (what this secretariat will need, and the risks of funding it) is a document of its own');
    await expect(page.locator('#front-support-scope')).toHaveCount(0);
    const word = await download(page, 'Download the support scope (Word)');
    expect(word.name).toMatch(/-support-scope-a4\.docx$/);
    const { name, bytes } = await download(page, 'Download the support scope (PDF)');
    expect(name).toMatch(/-support-scope-a4\.pdf$/);
    const pdf = await readPdf(bytes);
    const text = fold(pdf.all);
    for (const s of ['What to fund in this phase', 'Risks of funding', 'Donors fear institutionalising armed groups', 'Questions to monitor', 'Lessons for funders']) expect(text).toContain(s);
    expect(text).not.toContain('Article 1.');
    expect(pdf.info.Title).toContain('Support scope');
  });

  test('a scenario card prints the brief and the questions for discussion, without the facilitator note', async ({ page }) => {
    await page.goto('/workshops/nepal-2004/card/');
    await expectNoAxeViolations(page, 'a scenario card');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Questions for discussion' })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('Facilitator note');
  });

  test('an unknown scenario address gets the not-found page with a link to every scenario', async ({ page }) => {
    const res = await page.goto('/workshops/no-such-scenario/');
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator('main a[href^="/workshops/"]')).toHaveCount(7);
  });
});
