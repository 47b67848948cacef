/**
 * Several drafts on this device (/drafts/): made from files or the questionnaire, renamed, duplicated,
 * opened (the questionnaire and the draft page then use the open one), deleted after a question and
 * brought back with Undo; a file opened on the questionnaire becomes a new draft; two tabs of one
 * browser agree on the list and never bring back what the other set aside; a damaged list is set aside
 * and offered as it was; storage switched off is said plainly.
 */
import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { test, expect, currentQuestion, expectNoAxeViolations, waitForHydration, openTab } from './helpers.ts';
import { fixturePath } from '../fixtures/read.ts';

const A = 'state-preparing-talks';
const A_NAME = 'Secretaría de Paz – Bogotá Ñ ő Мир';
const A_PARTY = 'Government of the Republic';
const B = 'coalition-formal-talks';
const B_PARTY = 'Alliance of Signatory Movements';

const rows = (page: Page) => page.locator('.drafts-table tbody tr');
const row = (page: Page, name: string) => rows(page).filter({ has: page.locator('th', { hasText: name }) });
const savedParty = async (page: Page) => JSON.parse((await page.evaluate(() => localStorage.getItem('psmd.answers'))) ?? 'null')?.answers?.['party-name'] ?? null;

async function openDrafts(page: Page) {
  await page.goto('/drafts/');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { name: 'Your drafts', exact: true })).toBeVisible();
}

async function openFile(page: Page, fixture: string, said = 'is open as') {
  await page.getByLabel('Answers file (.json)').setInputFiles(fixturePath(fixture));
  await expect(page.locator(':focus')).toContainText(`${fixture}.json ${said}`);
}

test.describe('drafts', () => {
  test('two drafts are made, renamed and duplicated, and the one opened is what the questionnaire and the draft page use', async ({ page }) => {
    await openDrafts(page);
    await expect(page.locator('main')).toContainText('There are no drafts on this device yet.');
    await openFile(page, A);
    await openFile(page, B);
    await expect(rows(page)).toHaveCount(2);
    // B, just opened, is the open one.
    await expect(row(page, B_PARTY).locator('.tag')).toHaveText('Open');
    await expect(row(page, A_NAME)).toContainText(A_PARTY);
    await expectNoAxeViolations(page, 'the drafts page with two drafts');

    await page.getByRole('button', { name: `Rename ${B_PARTY}` }).click();
    const field = page.getByLabel(`New name for ${B_PARTY}`);
    await expect(field).toBeFocused();
    await field.fill('   ');
    await page.getByRole('button', { name: 'Save the name' }).click();
    await expect(page.locator('.error-message')).toContainText('Enter a name for the draft');
    await expect(field).toBeFocused();
    await expectNoAxeViolations(page, 'the rename form with its error');
    await field.fill('Coalition, second round');
    await page.getByRole('button', { name: 'Save the name' }).click();
    await expect(page.locator(':focus')).toContainText('The draft is now called Coalition, second round.');
    await expect(row(page, 'Coalition, second round')).toContainText(B_PARTY);

    await page.getByRole('button', { name: `Duplicate ${A_NAME}` }).click();
    await expect(page.locator(':focus')).toContainText(`Copy of ${A_NAME} is a copy`);
    await expect(rows(page)).toHaveCount(3);
    expect(await savedParty(page)).toBe(B_PARTY);

    await page.getByRole('button', { name: `Open ${A_NAME}`, exact: true }).click();
    await expect(page.locator(':focus')).toContainText(`${A_NAME} is the open draft now`);
    expect(await savedParty(page)).toBe(A_PARTY);
    await expect(row(page, A_NAME).first().locator('.tag')).toHaveText('Open');

    await page.goto('/draft/');
    await expect(page.locator('.mandate')).toContainText(A_PARTY);
    await expect(page.locator('.mandate')).not.toContainText(B_PARTY);
    await page.goto('/questionnaire/?continue');
    await waitForHydration(page);
    await expect(page.locator('main h1')).toHaveText('Check your answers');
    await expect(page.locator('main')).toContainText(A_PARTY);

    // Back to the other: its answers come back as they were.
    await openDrafts(page);
    await page.getByRole('button', { name: 'Open Coalition, second round' }).click();
    await page.goto('/draft/');
    await expect(page.locator('.mandate')).toContainText(B_PARTY);
  });

  test('a draft is deleted only after a question, and Undo brings it back with its answers', async ({ page }) => {
    await openDrafts(page);
    await openFile(page, A);
    await openFile(page, B);
    // The list as it stands after the second file (B open, first): pressed while it was still being
    // redrawn, a button could move from under the pointer.
    await expect(rows(page)).toHaveCount(2);
    await expect(row(page, B_PARTY).locator('.tag')).toHaveText('Open');
    await page.getByRole('button', { name: `Delete ${A_NAME}` }).click();
    await expect(page.locator(':focus')).toContainText(`Delete the draft ${A_NAME}?`);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: `Delete ${A_NAME}` })).toBeFocused();
    await expect(rows(page)).toHaveCount(2);
    await page.getByRole('button', { name: `Delete ${A_NAME}` }).click();
    await page.getByRole('button', { name: 'Yes, delete this draft' }).click();
    await expect(page.locator(':focus')).toContainText(`The draft ${A_NAME} is deleted.`);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).not.toContainText(A_PARTY);
    await page.getByRole('button', { name: `Undo: bring ${A_NAME} back` }).click();
    await expect(page.locator(':focus')).toContainText(`${A_NAME} is back in the list.`);
    await expect(rows(page)).toHaveCount(2);
    await page.getByRole('button', { name: `Open ${A_NAME}`, exact: true }).click();
    expect(await savedParty(page)).toBe(A_PARTY);

    // Deleting the open draft leaves none open; the questionnaire then starts empty.
    await page.getByRole('button', { name: `Delete ${A_NAME}` }).click();
    await page.getByRole('button', { name: 'Yes, delete this draft' }).click();
    expect(await savedParty(page)).toBeNull();
    await page.goto('/questionnaire/');
    await waitForHydration(page);
    expect(await currentQuestion(page)).toBe('user-role');
  });

  test('a file opened on the questionnaire becomes a new draft, and the answers in use stay a draft of their own', async ({ page }) => {
    await page.goto('/questionnaire/');
    await waitForHydration(page);
    await page.locator('[name="user-role"][value="donor"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[name="party-name"]').fill('Alpha front');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('summary', { hasText: 'Your answers on this device' }).click();
    await page.getByLabel('Load answers from a file').setInputFiles(fixturePath(A));
    await expect(page.locator('.notification')).toContainText(`Answers loaded from ${A}.json`);
    await openDrafts(page);
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).filter({ has: page.locator('.tag') })).toContainText(A_PARTY);
    await expect(row(page, 'Alpha front')).toContainText('Alpha front');
    await page.getByRole('button', { name: 'Open Alpha front' }).click();
    expect(await savedParty(page)).toBe('Alpha front');
  });

  test('a file opened in place of the open draft, when asked, replaces its answers and keeps them as a version to restore', async ({ page }) => {
    await openDrafts(page);
    await openFile(page, A);
    await page.getByLabel('In place of the open draft').check();
    await openFile(page, B, 'replaced the answers of the open draft');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(B_PARTY);
    await expect(page.locator('main li')).toContainText('before a file was loaded');
    await page.getByRole('button', { name: /^Restore the version of / }).click();
    await expect.poll(() => savedParty(page)).toBe(A_PARTY);
  });

  test('two tabs see each other\'s new and deleted drafts at once, and a questionnaire tab follows the draft opened elsewhere without writing its own back', async ({ page, context }) => {
    await openDrafts(page);
    await openFile(page, A);
    const other = await openTab(context, '/drafts/');
    await expect(rows(other)).toHaveCount(1);
    await page.getByRole('button', { name: 'New draft' }).click();
    await expect(rows(other)).toHaveCount(2);
    await other.getByRole('button', { name: 'Delete Draft without a name' }).click();
    await other.getByRole('button', { name: 'Yes, delete this draft' }).click();
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(A_PARTY);

    // A questionnaire tab on A; the drafts tab opens B from a file: the questionnaire shows B.
    await page.getByRole('button', { name: `Open ${A_NAME}`, exact: true }).click();
    const questionnaire = await openTab(context, '/questionnaire/?continue');
    await expect(questionnaire.locator('main h1')).toHaveText('Check your answers');
    await expect(questionnaire.locator('main')).toContainText(A_PARTY);
    await openFile(page, B);
    await expect(questionnaire.locator('main')).toContainText(B_PARTY);
    await expect(questionnaire.locator('main')).not.toContainText(A_PARTY);
    await expect(questionnaire.locator('main')).toContainText('Another tab or window opened a different draft');
    const aside = await page.evaluate(() => {
      const ix = JSON.parse(localStorage.getItem('psmd.drafts') ?? '{}') as { open: string; drafts: { id: string; deleted?: true }[] };
      return ix.drafts.filter((d) => d.id !== ix.open && !d.deleted).map((d) => localStorage.getItem(`psmd.draft.${d.id}`));
    });
    expect(aside).toHaveLength(1);
    expect(JSON.parse(aside[0]!).answers['party-name']).toBe(A_PARTY);
    expect(await savedParty(page)).toBe(B_PARTY);

    // "Delete my answers" removes every draft, and every tab's list follows.
    await page.getByRole('button', { name: 'Delete my answers from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    await expect(rows(other)).toHaveCount(0);
    await expect(other.locator('main')).toContainText('There are no drafts on this device yet.');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });

  test('a questionnaire tab that missed another draft being opened does not pour its answer into that draft when Continue is pressed', async ({ page, context }) => {
    await openDrafts(page);
    await openFile(page, A);
    await page.evaluate(() => {
      const f = JSON.parse(localStorage.getItem('psmd.answers')!) as { at?: string };
      localStorage.setItem('psmd.answers', JSON.stringify({ ...f, at: 'phase' }));
    });
    const asleep = await openTab(context, '/questionnaire/?continue', true);
    expect(await currentQuestion(asleep)).toBe('phase');
    await openFile(page, B);
    await asleep.locator('[name="phase"][value="stalled"]').check();
    await asleep.getByRole('button', { name: 'Continue' }).click();
    // It follows the draft opened elsewhere and says so (its own answers were kept as a draft, not merged).
    await expect(asleep.locator('main')).toContainText('opened a different draft');
    const open = JSON.parse((await page.evaluate(() => localStorage.getItem('psmd.answers')))!) as { answers: Record<string, unknown> };
    expect(open.answers['party-name']).toBe(B_PARTY);
    expect(open.answers.phase).toBe('formal-negotiations');
  });

  test('a damaged list of drafts is set aside, offered as it was, and the list is made again from the drafts found', async ({ page }) => {
    await page.goto('/drafts/');
    const answers = readFileSync(fixturePath(A), 'utf8');
    await page.evaluate((a) => {
      localStorage.setItem('psmd.drafts', '{"format":"peace-secretariat-mandate-drafts","version":1,"open":"x","drafts":"broken"');
      localStorage.setItem('psmd.draft.kept1', a);
    }, answers);
    await openDrafts(page);
    await expect(page.locator('.warning')).toContainText('The list of drafts saved in this browser could not be read');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(A_PARTY);
    expect(await page.evaluate(() => localStorage.getItem('psmd.drafts.unreadable'))).toBe('{"format":"peace-secretariat-mandate-drafts","version":1,"open":"x","drafts":"broken"');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the list of drafts as it was' }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe('{"format":"peace-secretariat-mandate-drafts","version":1,"open":"x","drafts":"broken"');
    await expectNoAxeViolations(page, 'the drafts page with a damaged list');
  });

  test('with storage switched off, the drafts page says so plainly', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    await page.goto('/drafts/');
    await expect(page.locator('.warning')).toContainText('This browser is not keeping anything');
    await expect(page.getByRole('button', { name: 'New draft' })).toHaveCount(0);
  });

  test('with storage full, a new draft is refused, said plainly, and nothing is lost', async ({ page }) => {
    await openDrafts(page);
    await openFile(page, A);
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.getByRole('button', { name: 'New draft' }).click();
    await expect(page.locator(':focus')).toContainText("The browser's storage is full, so nothing was changed.");
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
    await expect(rows(page)).toHaveCount(1);
  });
});
