/**
 * The not-found page (404.html), which a static host, and `astro preview`, serves for any unknown address.
 * An address in a language the site does not have (/de/questionnaire/) falls back to English with a notice.
 */
import { test, expect, currentQuestion, expectNoAxeViolations, waitForHydration } from './helpers.ts';

const notice = 'section.notification';

test('a page asked for in a language the site does not have offers the English page, with a notice', async ({ page }) => {
  const response = await page.goto('/de/questionnaire/');
  expect(response?.status()).toBe(404);
  const heading = page.locator('main h1');
  await expect(heading).toHaveCount(1);
  await expect(heading).toHaveText('This page is not available in German');
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle('This page is not available in German – Peace Secretariat Mandate Designer');
  // The notice is the first thing in main, named by its heading; the plain page's list of pages follows.
  await expect(page.locator('main > :first-child')).toHaveClass('notification');
  await expect(page.getByRole('region', { name: 'This page is not available in German' })).toContainText('This site has no pages in German.');
  await expect(page.getByText('There is no page at this address.')).toBeVisible();
  const english = page.locator(notice).getByRole('link', { name: 'Go to the page in English' });
  await expect(english).toHaveClass('button');
  await expect(english).toHaveAttribute('href', '/questionnaire/');
  // The other published languages, each named in itself and marked as such.
  const others = page.locator(`${notice} li a`);
  await expect(others).toHaveText(['Español', 'Français']);
  await expect(others.nth(0)).toHaveAttribute('href', '/es/questionnaire/');
  await expect(others.nth(0)).toHaveAttribute('lang', 'es');
  await expect(others.nth(0)).toHaveAttribute('hreflang', 'es');
  await expect(others.nth(1)).toHaveAttribute('href', '/fr/questionnaire/');
  await expect(others.nth(1)).toHaveAttribute('lang', 'fr');
  await expect(others.nth(1)).toHaveAttribute('hreflang', 'fr');
  await expectNoAxeViolations(page, 'the not-found page for /de/questionnaire/');

  await english.click();
  await expect(page).toHaveURL(/\/questionnaire\/$/);
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  expect(await currentQuestion(page)).toBeTruthy();
});

test('a language asked for with its region is named in full, and the rest of the address is kept', async ({ page }) => {
  expect((await page.goto('/pt-BR/cases/'))?.status()).toBe(404);
  await expect(page.locator('main h1')).toHaveText('This page is not available in Brazilian Portuguese');
  await expect(page.getByRole('link', { name: 'Go to the page in English' })).toHaveAttribute('href', '/cases/');
  await expect(page.locator(`${notice} li a`).first()).toHaveAttribute('href', '/es/cases/');
  // A language's home page: the English home page.
  await page.goto('/de/');
  await expect(page.locator('main h1')).toHaveText('This page is not available in German');
  await expect(page.getByRole('link', { name: 'Go to the page in English' })).toHaveAttribute('href', '/');
});

test('an unknown address that names no language, or names one the site has, shows the plain not-found page', async ({ page }) => {
  // "faq" looks like a language code, but no language has that name.
  for (const path of ['/nonsense/', '/nonsense-page/questionnaire/', '/no-such-page/', '/faq/', '/es/nonsense/']) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.locator('main h1'), path).toHaveText('Page not found');
    await expect(page.locator(notice), path).toHaveCount(0);
    await expect(page, path).toHaveTitle('Page not found – Peace Secretariat Mandate Designer');
  }
  await expectNoAxeViolations(page, 'the plain not-found page');
  // The header's language switcher offers each language's home: the not-found page has no counterpart.
  expect(await page.locator('nav.languages a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/', '/es/', '/fr/']);
});
