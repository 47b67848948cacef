/**
 * Storage that fails the user: switched off, full, holding a tampered copy, or a copy saved by a newer
 * version. The page says what happened, keeps working, and never overwrites what it could not read: that
 * copy is set aside under its own key and offered for download as it was.
 */
import { readFileSync } from 'node:fs';
import { test, expect, readFixture, currentQuestion } from './helpers.ts';
import { fixturePath } from '../fixtures/read.ts';

const tampered = '{"format":"peace-secretariat-mandate-answers","schemaVersion":2,"answers":{"party-name":"Our movement","phase":"somewhere in between"}}';
const newer = JSON.stringify({ format: 'peace-secretariat-mandate-answers', schemaVersion: 3, answers: { 'party-name': 'From the future', drafts: [] } });

test.describe('storage faults', () => {
  for (const [what, value] of [['a tampered saved copy', tampered], ['a copy saved by a newer version', newer], ['a saved copy that is not JSON', '{"format": "peace-secret']] as const) {
    test(`the questionnaire sets ${what} aside, says so, offers it as it was, and never overwrites it`, async ({ page }) => {
      await page.addInitScript((v) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem('psmd.answers', v);
        sessionStorage.setItem('seeded', '1');
      }, value);
      await page.goto('/questionnaire/');
      const notice = page.locator('.warning', { hasText: 'could not be read' });
      await expect(notice).toContainText('Nothing was deleted');
      expect(await page.evaluate(() => localStorage.getItem('psmd.answers.unreadable'))).toBe(value);
      // The user goes on: their new answers are saved, the unreadable copy stays as it was.
      await page.locator('[name="user-role"][value="mediator"]').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      expect(await currentQuestion(page)).toBe('party-name');
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem('psmd.answers')!).answers)).toEqual({ 'user-role': 'mediator' });
      expect(await page.evaluate(() => localStorage.getItem('psmd.answers.unreadable'))).toBe(value);
      const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the saved answers as they are' }).click()]);
      expect(readFileSync((await download.path())!, 'utf8')).toBe(value);
    });
  }

  test('while an unreadable copy is set aside, the questionnaire and the draft page say so on every load and offer it as it was', async ({ page }) => {
    await page.goto('/questionnaire/');
    await page.evaluate((v) => localStorage.setItem('psmd.answers', v), tampered);
    await page.reload();
    const notice = page.locator('.warning', { hasText: 'could not be read' });
    await expect(notice).toBeVisible();
    await page.locator('[name="user-role"][value="mediator"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await currentQuestion(page)).toBe('party-name');
    // A later visit: the answers given since are offered, and the copy set aside is still spoken of.
    await page.reload();
    await expect(page.locator('main h1')).toHaveText('Continue where you left off?');
    await expect(notice).toBeVisible();
    await page.goto('/draft/');
    await expect(notice).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the saved answers as they are' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(tampered);
    // With a whole set of answers the draft is made, and the notice stays above it.
    await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), readFixture('state-preparing-talks'));
    await page.reload();
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
    await expect(notice).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('psmd.answers.unreadable'))).toBe(tampered);
  });

  test('the draft page says the saved answers could not be read (not that there are none) and offers them', async ({ page }) => {
    await page.goto('/draft/');
    await page.evaluate((v) => localStorage.setItem('psmd.answers', v), tampered);
    await page.reload();
    await expect(page.locator('main')).toContainText('could not be read');
    await expect(page.locator('main')).not.toContainText('There are no answers on this device yet');
    await expect(page.getByRole('button', { name: 'Download the saved answers as they are' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('psmd.answers.unreadable'))).toBe(tampered);
    // A good file opened here makes the draft; the copy set aside is still there.
    await page.getByLabel('Load answers from a file').setInputFiles(fixturePath('state-preparing-talks'));
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('psmd.answers.unreadable'))).toBe(tampered);
  });

  test('with storage full, an unreadable copy that cannot be set aside stays where it is: nothing is saved over it', async ({ page }) => {
    await page.addInitScript((v) => {
      localStorage.setItem('psmd.answers', v);
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    }, tampered);
    await page.goto('/questionnaire/');
    await expect(page.locator('.warning')).toContainText('could not keep them aside');
    await page.locator('[name="user-role"][value="donor"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await currentQuestion(page)).toBe('party-name');
    expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).toBe(tampered);
    expect(await page.evaluate(() => localStorage.getItem('psmd.answers.unreadable'))).toBeNull();
  });

  test('with storage full, the answers saved before are left as they were and the user is told', async ({ page }) => {
    const saved = JSON.stringify({ ...readFixture('state-preparing-talks'), at: 'phase' });
    await page.addInitScript((v) => {
      localStorage.setItem('psmd.answers', v);
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    }, saved);
    await page.goto('/questionnaire/?continue');
    await page.locator('[name="phase"][value="stalled"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.warning')).toContainText('storage is full');
    expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).toBe(saved);
  });

  test('with storage switched off, the draft page says so and makes the draft from a file it does not keep', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    await page.goto('/draft/');
    await expect(page.locator('.warning')).toContainText('not letting the site keep answers');
    await page.getByLabel('Load answers from a file').setInputFiles(fixturePath('armed-group-pre-formal'));
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
    await expect(page.locator('.warning', { hasText: 'not keeping it' })).toBeVisible();
  });

  test('"Delete my answers" removes the copy set aside too, leaving nothing on the device', async ({ page }) => {
    await page.goto('/questionnaire/');
    await page.evaluate((v) => localStorage.setItem('psmd.answers', v), tampered);
    await page.reload();
    await expect(page.locator('.warning')).toContainText('could not be read');
    await page.locator('[name="user-role"][value="party"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('summary', { hasText: 'Your answers on this device' }).click();
    await page.getByRole('button', { name: 'Delete my answers from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    await expect(page.locator('.notification')).toContainText('deleted');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await expect(page.locator('.warning', { hasText: 'could not be read' })).toHaveCount(0);
  });
});
