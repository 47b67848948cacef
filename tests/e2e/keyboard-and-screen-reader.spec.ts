/**
 * What a keyboard or screen-reader user meets beyond what axe sees (issue 14): Quick exit's shortcut,
 * focus after each action, live regions, heading levels, focus that shows, print and text spacing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, currentQuestion, expectNoAxeViolations, readFixture } from './helpers.ts';

/** Opens the questionnaire's second question (the party's name, a text field) with the first answered. */
async function openTextQuestion(page: Page) {
  await page.goto('/questionnaire/');
  await page.locator('[name="user-role"][value="mediator"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(() => currentQuestion(page)).toBe('party-name');
  const field = page.locator('[name="party-name"]');
  await field.focus();
  return field;
}

/** Types text as a person does: each capital with Shift pressed, or with Shift held over a run of capitals (key repeat). */
async function typeWithShift(page: Page, text: string, holdShift: boolean) {
  for (const run of text.match(/[A-Z]+|[^A-Z]+/g) ?? []) {
    if (!/[A-Z]/.test(run)) {
      await page.keyboard.type(run);
      continue;
    }
    if (!holdShift) {
      for (const c of run) {
        await page.keyboard.down('Shift');
        await page.keyboard.press(c);
        await page.keyboard.up('Shift');
      }
      continue;
    }
    await page.keyboard.down('Shift');
    // Held down, the key repeats: Playwright sends each further key-down with event.repeat set.
    for (let i = 0; i < 4; i++) await page.keyboard.down('Shift');
    for (const c of run) await page.keyboard.press(c);
    await page.keyboard.up('Shift');
  }
}

test.describe('Quick exit counts only Shift pressed on its own', () => {
  for (const path of ['/', '/cases/', '/questionnaire/']) {
    test(`pressing Shift+Tab three times on ${path} moves focus back and stays on the page`, async ({ page }) => {
      await page.goto(path);
      for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
      await page.waitForTimeout(300);
      await expect(page).not.toHaveURL(/\/exit\/$/);
      await expect(page.locator('main h1')).toBeVisible();
    });
  }

  test('typing "The LTTE and UN NRPC" in a text field keeps the page and the text', async ({ page }) => {
    const field = await openTextQuestion(page);
    await page.keyboard.type('The LTTE and UN NRPC');
    await typeWithShift(page, ' The LTTE and UN NRPC', false);
    await page.waitForTimeout(300);
    await expect(page).not.toHaveURL(/\/exit\/$/);
    await expect(field).toHaveValue('The LTTE and UN NRPC The LTTE and UN NRPC');
  });

  test('typing "The LTTE and UN NRPC" with Shift held down (key repeat) keeps the page and the text', async ({ page }) => {
    const field = await openTextQuestion(page);
    await typeWithShift(page, 'The LTTE and UN NRPC', true);
    await page.waitForTimeout(300);
    await expect(page).not.toHaveURL(/\/exit\/$/);
    await expect(field).toHaveValue('The LTTE and UN NRPC');
  });

  test('Shift pressed on its own three times still exits, from a text field too', async ({ page }) => {
    await openTextQuestion(page);
    await page.keyboard.type('abc');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/\/exit\/$/);
  });
});

test('"Load answers from a file" shows where the focus is: the page looks different with the file input focused', async ({ page }) => {
  await page.goto('/draft/');
  const input = page.getByLabel('Load answers from a file');
  const box = (await input.boundingBox())!;
  const clip = { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 };
  // The control before it on the page: Tab moves on to the file input.
  await page.getByRole('link', { name: 'Start now' }).focus();
  const before = await page.screenshot({ clip });
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  const after = await page.screenshot({ clip });
  expect(after.equals(before), 'the focused file input looks the same as the unfocused one').toBe(false);
});

test('a second failed Continue moves focus to the error summary again', async ({ page }) => {
  await page.goto('/questionnaire/');
  const summary = page.locator('.error-summary');
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await continueButton.press('Enter');
  await expect(summary).toBeFocused();
  await continueButton.focus();
  await continueButton.press('Enter');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
});

test('focus stays on Download PDF while the PDF is made and after, and the PDF declares its language and shows its title', async ({ page }) => {
  await page.goto('/draft/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), readFixture('state-preparing-talks'));
  await page.reload();
  const button = page.getByRole('button', { name: 'Download PDF' });
  await button.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), button.press('Enter')]);
  await expect(page.locator('main').getByRole('status')).toContainText('is ready');
  await expect(button).toBeFocused();
  await expect(button).toHaveAccessibleDescription(/not tagged for screen readers/);
  const bytes = readFileSync((await download.path())!).toString('latin1');
  expect(bytes).toMatch(/\/Lang \(en-GB\)/);
  expect(bytes).toMatch(/\/DisplayDocTitle true/);
});
