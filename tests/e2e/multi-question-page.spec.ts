/**
 * A page that asks more than one question (content/questionnaire's `pages`): one heading for the page,
 * a labelled field or fieldset per question, an error summary that links each refused answer to its
 * field, and Back and Change that land on the page.
 */
import { test, expect, expectNoAxeViolations, readFixture, tabTo } from './helpers.ts';

const { answers } = readFixture('armed-group-pre-formal');
/** Opens the host state's page with the earlier answers given and the page's own left empty. */
async function openHostPage(page: import('@playwright/test').Page) {
  await page.goto('/questionnaire/');
  const { 'host-state': _s, 'host-terms': _t, ...before } = answers as Record<string, unknown>;
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { format: 'peace-secretariat-mandate-answers', schemaVersion: 2, at: 'host-state', answers: before });
  await page.reload();
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(page.locator('main h1')).toHaveText('The host state');
}

test('a page with two questions has one heading, a field per question in Tab order, and passes axe', async ({ page }) => {
  await openHostPage(page);
  await expect(page).toHaveTitle(/^The host state – /);
  await expect(page.getByLabel('Which state will host the office?', { exact: false })).toBeVisible();
  await expect(page.getByRole('group', { name: 'What has been agreed with the host state about the office\'s use?' })).toBeVisible();
  await expectNoAxeViolations(page, 'the host state page');
  // From the heading, Tab reaches the first question's field, then the second's, then Continue.
  await page.locator('main h1').focus();
  await tabTo(page, (el) => el.getAttribute('name') === 'host-state', 'the host state field');
  await tabTo(page, (el) => el.getAttribute('name') === 'host-terms', 'the host terms options');
  await tabTo(page, (el) => el instanceof HTMLButtonElement && el.type === 'submit', 'Continue');
});

test('two refused answers on one page are both in the error summary, each link focusing its own field, and nothing is lost', async ({ page }) => {
  await openHostPage(page);
  await page.locator('[name="host-state"]').fill('x'.repeat(5001));
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: The host state – /);
  const links = summary.getByRole('link');
  await expect(links).toHaveCount(2);
  await links.nth(1).click();
  await expect(page.locator('#f-host-terms')).toBeFocused();
  await links.nth(0).click();
  await expect(page.locator('#f-host-state')).toBeFocused();
  await expect(page.locator('[name="host-state"]')).toHaveValue('x'.repeat(5001));
  await expectNoAxeViolations(page, 'the host state page with two errors');
  // Corrected, the page moves on to the next, whose heading takes focus; Back lands on the page again.
  await page.locator('[name="host-state"]').fill('Qatar');
  await page.locator('[name="host-terms"][value="written-peace-talks-only"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('main h1')).not.toHaveText('The host state');
  await page.getByRole('link', { name: 'Back' }).first().click();
  await expect(page.locator('main h1')).toHaveText('The host state');
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('[name="host-state"]')).toHaveValue('Qatar');
  await expect(page.locator('[name="host-terms"][value="written-peace-talks-only"]')).toBeChecked();
});

test("a Change link of a page's second question opens the page, and Continue returns to check-answers", async ({ page }) => {
  await page.goto('/questionnaire/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { format: 'peace-secretariat-mandate-answers', schemaVersion: 2, at: 'check', answers });
  await page.reload();
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(page.locator('main h1')).toHaveText('Check your answers');
  await page.locator('a[href="#change-host-terms"]').click();
  await expect(page.locator('main h1')).toHaveText('The host state');
  await expect(page.locator('main h1')).toBeFocused();
  await page.locator('[name="host-terms"][value="informal-understanding"]').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('main h1')).toHaveText('Check your answers');
  await expect(page.locator('main')).toContainText('An informal understanding');
});
