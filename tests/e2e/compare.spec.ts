import { type Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, readFixture } from './helpers.ts';
import { fixturePath } from '../fixtures/read.ts';

async function seed(page: Page, name: string, change: Record<string, unknown> = {}) {
  const file = readFixture(name);
  const saved = JSON.stringify({ ...file, answers: { ...file.answers, ...change } });
  await page.goto('/draft/');
  await page.evaluate((s) => localStorage.setItem('psmd.answers', s), saved);
  return saved;
}

const point = (page: Page, title: string) => page.locator('.settle-point', { has: page.locator('h3', { hasText: title }) });

test.describe('comparisons', () => {
  test('two answers files side by side: the designs collide on the channels between them, one is silent on symbols, they agree on separate offices, and the points to settle print on their own', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/compare/designs/');
    await expectNoAxeViolations(page, 'two designs, before any file');
    await page.locator('#design-a-open').setInputFiles(fixturePath('state-preparing-talks'));
    await expect(page.locator(':focus')).toContainText('Answers loaded from state-preparing-talks.json');
    await expect(page.locator('main')).toContainText('Open the other design to compare them.');
    await page.locator('#design-b-open').setInputFiles(fixturePath('armed-group-pre-formal'));
    await expect(page.locator('main')).toContainText('Design B: Northern Liberation Movement, from armed-group-pre-formal.json');

    const channels = point(page, 'Channels and a direct line');
    await expect(channels.locator('.verdict')).toHaveText('the designs collide');
    await expect(channels.locator('tr[data-question="hotline"]')).toContainText('No standing arrangement');
    await expect(channels.locator('tr[data-question="hotline"]')).toContainText('Through a third party');
    await expect(channels.locator('tr[data-question="hotline"] .tag')).toHaveText('collide');
    await expect(point(page, 'Names and symbols').locator('.verdict')).toHaveText('one design is silent');
    await expect(point(page, 'Names and symbols').locator('tr[data-question="symbols"] .tag')).toHaveText('only design B says');
    await expect(point(page, 'Separate offices').locator('.verdict')).toHaveText('the designs agree');
    // What needs settling comes first on the sheet.
    await expect(page.locator('.settle-point').first().locator('.verdict')).toHaveText('the designs collide');
    // Clause by clause: the flag clause is only in the armed group's instrument, and is on a point to settle.
    const symbols = page.locator('tr[data-clause="seat/symbols"]');
    await expect(symbols.locator('.tag')).toHaveText('only design B says');
    await expect(symbols).toContainText('On a point to settle: Names and symbols');
    await expect(page.locator('tr[data-clause="relations/counterpart"] .tag')).toHaveText('collide');
    await expectNoAxeViolations(page, 'two designs compared');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.settle-sheet')).toBeVisible();
    await expect(page.locator('#areas-title')).toBeHidden();
    await expect(page.locator('#clauses-title')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print the points for the parties to settle' })).toBeHidden();
    // Nothing left the device: every request went to this site.
    expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);
  });

  test("each design's picture of where the secretariat sits, side by side with its list in words: the host state only in the design that has one; on paper, on a page of its own", async ({ page }) => {
    await page.goto('/compare/designs/');
    await page.locator('#design-a-open').setInputFiles(fixturePath('state-preparing-talks'));
    await page.locator('#design-b-open').setInputFiles(fixturePath('armed-group-pre-formal'));
    const a = page.locator('.designs-picture[data-side="A"] figure');
    const b = page.locator('.designs-picture[data-side="B"] figure');
    await expect(a.getByRole('img', { name: 'Design A: where the secretariat sits' })).toBeVisible();
    await expect(b.getByRole('img', { name: 'Design B: where the secretariat sits' })).toBeVisible();
    // The armed group's office abroad names its host; the state's office in the capital has none.
    await expect(b.locator('.picture-list')).toContainText('A neighbouring host state');
    // (The drawing breaks a long name into lines: one word of it is enough there.)
    await expect(b.locator('svg')).toContainText('neighbouring');
    await expect(a.locator('.picture-list')).not.toContainText('host state');
    await expect(a.locator('svg')).not.toContainText('neighbouring');
    // Each names its own secretariat, in the drawing.
    await expect(a.locator('svg')).toContainText('Secretaría');
    await expect(b.locator('svg')).toContainText('Movement');
    await expect(a.locator('svg')).not.toContainText('Movement');
    // Side by side on a wide screen, one above the other on a narrow one.
    const boxA = (await a.boundingBox())!;
    const boxB = (await b.boundingBox())!;
    expect(Math.abs(boxA.y - boxB.y)).toBeLessThan(5);
    await page.setViewportSize({ width: 400, height: 800 });
    expect((await b.boundingBox())!.y).toBeGreaterThan((await a.boundingBox())!.y + 50);
    await expectNoAxeViolations(page, 'the two designs with their pictures');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.designs-pictures')).toBeVisible();
    expect(await page.locator('.designs-pictures').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  });

  test('the answers saved on this device can be one of the two designs, and are only read', async ({ page }) => {
    const saved = await seed(page, 'coalition-formal-talks');
    await page.goto('/compare/designs/');
    await page.getByRole('button', { name: 'Use the answers saved on this device as design A' }).click();
    await expect(page.locator(':focus')).toContainText('the answers saved on this device');
    await page.locator('#design-b-open').setInputFiles(fixturePath('coalition-formal-talks'));
    // The same design on both sides: nothing collides, and nothing is silent.
    await expect(page.locator('main')).toContainText('0 where the designs collide, 0 where one is silent');
    await expect(page.locator('.designs-row--collide')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).toBe(saved);
  });

  test('from check-answers or the draft, a design is compared with a case it was not made for, and the answers are left as they were', async ({ page }) => {
    await seed(page, 'state-preparing-talks');
    // Check-your-answers offers it too (the questionnaire saves where the user is: the copy to keep is after it).
    await page.goto('/questionnaire/?continue');
    await expect(page.locator('main h1')).toHaveText('Check your answers');
    await expect(page.getByRole('link', { name: 'Compare this design with a historical case' })).toHaveAttribute('href', '/compare/case/');
    const saved = await page.evaluate(() => localStorage.getItem('psmd.answers'));
    await page.goto('/draft/');
    await page.getByRole('link', { name: 'Compare this design with a historical case' }).click();
    await expect(page.locator('h1')).toHaveText('Your design against a historical case');
    await expectNoAxeViolations(page, 'the list of cases to compare with');
    await page.getByRole('link', { name: 'Taliban political office, Doha' }).click();
    await expect(page.locator('h1')).toHaveText('Your design against Taliban political office, Doha');
    await expect(page.locator('.comparison > li')).toHaveCount(7);
    await expect(page.locator('main')).toContainText('nothing saved on this device changes');
    await expectNoAxeViolations(page, 'a design against a case');
    expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).toBe(saved);
  });

  test('a design that repeats failures history records is told so with the cited lesson: Sri Lanka 2002 and Doha 2013', async ({ page }) => {
    // The fixture closes with no custodian named for the archives and no safeguard against propaganda.
    await seed(page, 'state-preparing-talks');
    await page.goto('/compare/case/sri-lanka-government-2002/');
    const duration = page.locator('.comparison > li', { hasText: 'Duration' });
    await expect(duration.locator('.verdict')).toHaveText('repeats a failure history records');
    await expect(duration.locator('.repeats')).toContainText('Closing with nowhere for the records to go');
    await expect(duration.locator('.repeats')).toContainText('Closing a secretariat abruptly loses what it knew');
    await expect(duration.locator('.repeats')).toContainText('Accord 29 article');
    await expect(page.locator('.comparison > li', { hasText: 'Continuity' }).locator('.verdict')).toHaveText('repeats a failure history records');
    await expectNoAxeViolations(page, 'a comparison with repeated failures');

    // A Doha group that takes its own flag and name is no longer told "Placement matches".
    await seed(page, 'scenario-taliban-doha-2013', { symbols: 'own-flag-and-name' });
    await page.goto('/workshops/taliban-doha-2013/compare/');
    const placement = page.locator('.comparison > li', { hasText: 'Placement' });
    await expect(placement.locator('.verdict')).toHaveText('repeats a failure history records');
    await expect(placement.locator('.repeats')).toContainText('Names and flags can be read as claims to equal status');
  });
});
