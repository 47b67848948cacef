/**
 * Two tabs of one browser, as a careful tester opens them: the questionnaire in one, the draft or the
 * questionnaire again in the other. Every tab learns of a change or a deletion at once; a tab never writes
 * back answers another tab deleted; and two tabs answering the same draft never lose each other's answers.
 * "A tab that missed it" blocks the page's `storage` listener, as a tab that was asleep or slow would miss
 * the event, so the check made before each save is tested on its own.
 */
import { type Page } from '@playwright/test';
import { test, expect, readFixture, currentQuestion, blockStorageEvents, openTab } from './helpers.ts';

const saved = (page: Page) => page.evaluate(() => localStorage.getItem('psmd.answers'));
const savedAnswers = async (page: Page) => JSON.parse((await saved(page)) ?? 'null')?.answers ?? null;

async function seedAt(page: Page, name: string, at: string) {
  await page.goto('/draft/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { ...readFixture(name), at });
}

async function deleteOnDraftPage(draft: Page) {
  await expect(draft.locator('.mandate:not([aria-busy])')).toBeVisible();
  await draft.getByRole('button', { name: 'Delete my answers from this device' }).click();
  await draft.getByRole('button', { name: 'Yes, delete my answers' }).click();
  await expect(draft.locator('.mandate')).toHaveCount(0);
}

test.describe('two tabs', () => {
  test('"Delete my answers" on the draft page empties the questionnaire open in another tab, and its Continue brings nothing back', async ({ page, context }) => {
    await seedAt(page, 'state-preparing-talks', 'phase');
    await page.goto('/questionnaire/?continue');
    expect(await currentQuestion(page)).toBe('phase');
    const draft = await openTab(context, '/draft/');
    await deleteOnDraftPage(draft);
    await expect(page.locator('main')).toContainText('deleted from this device in another tab');
    expect(await currentQuestion(page)).toBe('user-role');
    await page.locator('[name="user-role"][value="mediator"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await currentQuestion(page)).toBe('party-name');
    expect(await savedAnswers(page)).toEqual({ 'user-role': 'mediator' });
  });

  test('a questionnaire tab that missed the deletion does not write the deleted answers back when Continue is pressed', async ({ page, context }) => {
    await seedAt(page, 'state-preparing-talks', 'phase');
    const asleep = await openTab(context, '/questionnaire/?continue', true);
    expect(await currentQuestion(asleep)).toBe('phase');
    await page.goto('/draft/');
    await deleteOnDraftPage(page);
    await asleep.locator('[name="phase"][value="stalled"]').check();
    await asleep.getByRole('button', { name: 'Continue' }).click();
    await expect(asleep.locator('main')).toContainText('deleted from this device in another tab');
    expect(await currentQuestion(asleep)).toBe('user-role');
    expect(await saved(asleep)).toBeNull();
  });

  test('deleting the answers in the questionnaire empties the draft page open in another tab', async ({ page, context }) => {
    await seedAt(page, 'state-preparing-talks', 'check');
    await page.goto('/questionnaire/?continue');
    await expect(page.locator('main h1')).toHaveText('Check your answers');
    const draft = await openTab(context, '/draft/');
    await expect(draft.locator('.mandate:not([aria-busy])')).toBeVisible();
    await page.getByRole('button', { name: 'Delete my answers from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    await expect(draft.locator('.mandate')).toHaveCount(0);
    await expect(draft.locator('main')).toContainText('deleted from this device in another tab');
  });

  test('an answer given in one tab shows in the other at once, and neither tab erases the other\'s answers', async ({ page, context }) => {
    await page.goto('/questionnaire/');
    await page.locator('[name="user-role"][value="mediator"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await currentQuestion(page)).toBe('party-name');
    const other = await openTab(context, '/questionnaire/');
    await other.getByRole('button', { name: 'Continue where you left off' }).click();
    expect(await currentQuestion(other)).toBe('party-name');
    await other.locator('[name="party-name"]').fill('Bravo movement');
    await other.getByRole('button', { name: 'Continue' }).click();
    expect(await currentQuestion(other)).toBe('secretariat-name');
    // The first tab, still on the same question, shows the answer given in the other.
    await expect(page.locator('[name="party-name"]')).toHaveValue('Bravo movement');
    await expect(page.locator('main')).toContainText('changed in another tab');
    await page.getByRole('link', { name: 'Back' }).click();
    await page.locator('[name="user-role"][value="party"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('[name="party-name"]')).toHaveValue('Bravo movement');
    await other.locator('[name="secretariat-name"]').fill('Office for Peace');
    await other.getByRole('button', { name: 'Continue' }).click();
    // Saved at once, or, if the other tab's answer arrived just then, merged and saved a moment later.
    await expect.poll(() => savedAnswers(page)).toEqual({ 'user-role': 'party', 'party-name': 'Bravo movement', 'secretariat-name': 'Office for Peace' });
  });

  test('two tabs that missed each other\'s changes merge them answer by answer when they save, and say so', async ({ page, context }) => {
    await blockStorageEvents(page);
    await page.goto('/questionnaire/');
    await page.locator('[name="user-role"][value="mediator"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    const other = await openTab(context, '/questionnaire/', true);
    await other.getByRole('button', { name: 'Continue where you left off' }).click();
    expect(await currentQuestion(other)).toBe('party-name');
    await other.locator('[name="party-name"]').fill('Bravo movement');
    await other.getByRole('button', { name: 'Continue' }).click();
    expect(await currentQuestion(other)).toBe('secretariat-name');
    // The first tab never heard of it: its next save finds the change and keeps both.
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.locator('main')).toContainText('changed in another tab');
    await page.locator('[name="user-role"][value="party"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('[name="party-name"]')).toHaveValue('Bravo movement');
    await expect.poll(() => savedAnswers(page)).toEqual({ 'user-role': 'party', 'party-name': 'Bravo movement' });
  });
});
