/**
 * Earlier versions on this device: loading a file, Start again and a scenario start replace the answers,
 * and each can be undone from "Your answers and earlier versions" (/drafts/), where restoring one keeps
 * the answers in use as a version in turn. "Delete my answers" removes every version.
 */
import { type Page } from '@playwright/test';
import { test, expect, currentQuestion, expectNoAxeViolations, waitForHydration } from './helpers.ts';
import { fixturePath } from '../fixtures/read.ts';

const savedAnswers = async (page: Page) => JSON.parse((await page.evaluate(() => localStorage.getItem('psmd.answers'))) ?? 'null')?.answers ?? null;

async function answerTwo(page: Page) {
  await page.goto('/questionnaire/');
  await page.locator('[name="user-role"][value="donor"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('[name="party-name"]').fill('Alpha front');
  await page.getByRole('button', { name: 'Continue' }).click();
  expect(await currentQuestion(page)).toBe('secretariat-name');
}

test.describe('earlier versions', () => {
  test('a file loaded over the answers can be undone: the version kept before it is restored, and the file\'s answers become a version', async ({ page }) => {
    await answerTwo(page);
    await page.locator('summary', { hasText: 'Your answers on this device' }).click();
    await page.getByLabel('Load answers from a file').setInputFiles(fixturePath('state-preparing-talks'));
    await expect(page.locator('.notification')).toContainText('Answers loaded from state-preparing-talks.json');
    await page.goto('/drafts/');
    await expect(page.locator('main')).toContainText('before a file was loaded');
    await expect(page.locator('main li')).toHaveCount(1);
    await expect(page.locator('main li')).toContainText('Alpha front');
    await expectNoAxeViolations(page, 'the versions page');
    await page.getByRole('button', { name: /^Restore the version of / }).click();
    await expect(page.locator(':focus')).toContainText('is restored and in use');
    expect(await savedAnswers(page)).toEqual({ 'user-role': 'donor', 'party-name': 'Alpha front' });
    await expect(page.locator('main li')).toHaveCount(1);
    await expect(page.locator('main li')).toContainText('before another version was restored');
    await page.getByRole('link', { name: 'Continue these answers' }).click();
    await page.waitForURL(/questionnaire/);
    await waitForHydration(page);
    await expect.poll(() => currentQuestion(page)).toBe('secretariat-name');
  });

  test('Start again keeps the answers as a version to restore, and Delete my answers removes every version from the device', async ({ page }) => {
    await answerTwo(page);
    await page.reload();
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Yes, start again' }).click();
    expect(await currentQuestion(page)).toBe('user-role');
    expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).toBeNull();
    await page.goto('/drafts/');
    await expect(page.locator('main')).toContainText('There are no answers in use on this device');
    await expect(page.locator('main li')).toContainText('before Start again');
    await page.getByRole('button', { name: 'Delete my answers from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    await expect(page.locator('main')).toContainText('No earlier versions are kept on this device');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });

  test('starting a workshop scenario over the answers can be undone', async ({ page }) => {
    await answerTwo(page);
    await page.goto('/workshops/nepal-2004/');
    await page.getByRole('button', { name: /Start this scenario/ }).click();
    await page.getByRole('button', { name: 'Replace my answers and start' }).click();
    await page.waitForURL(/questionnaire/);
    await page.goto('/drafts/');
    await expect(page.locator('main li')).toContainText('before a workshop scenario was started');
    await page.getByRole('button', { name: /^Restore the version of / }).click();
    // Restoring loads its code on the click: wait for it to say so rather than read storage at once.
    await expect(page.locator(':focus')).toContainText('is restored and in use');
    await expect.poll(() => savedAnswers(page)).toEqual({ 'user-role': 'donor', 'party-name': 'Alpha front' });
  });
});
