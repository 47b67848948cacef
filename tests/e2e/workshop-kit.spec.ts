import { type Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, readFixture } from './helpers.ts';

async function seed(page: Page, name: string) {
  const file = readFixture(name);
  await page.goto('/draft/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), file);
}

const banner = (page: Page) => page.locator('#scenario-banner');

test.describe('the workshop kit', () => {
  test('while a scenario is loaded, every page says which one, with a link to it', async ({ page }) => {
    await seed(page, 'scenario-taliban-doha-2013');
    for (const path of ['/', '/questionnaire/?continue', '/draft/', '/cases/', '/cases/nepal/', '/workshops/', '/workshops/nepal-2004/', '/map/', '/compare/case/', '/compare/designs/', '/guide/what-is-a-peace-secretariat/']) {
      await page.goto(path);
      await expect(banner(page), path).toBeVisible();
      await expect(banner(page), path).toContainText("Workshop scenario loaded: The Taliban's office in Doha, 2013.");
      await expect(banner(page).getByRole('link', { name: 'About this scenario' }), path).toHaveAttribute('href', '/workshops/taliban-doha-2013/');
    }
    await expectNoAxeViolations(page, 'a page with the scenario banner');
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
    await page.getByRole('button', { name: 'Yes, delete my answers and start again' }).click();
    await expect(banner(page)).toBeHidden();
  });
});
