import { readFileSync } from 'node:fs';
import { test, expect, completeWithKeyboard, readFixture } from './helpers.ts';
import { t } from '../../src/domain/ui/strings.ts';
import { fold, readPdf } from '../pdf/read.ts';

test.describe('offline use', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a first visit, with the network off, the questionnaire, the draft and the PDF export still work', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.locator('#offline-status')).toHaveText('Ready to work offline on this device.', { timeout: 30_000 });
    await context.setOffline(true);
    await page.goto('/questionnaire/');
    const { answers } = readFixture('state-preparing-talks');
    await completeWithKeyboard(page, answers);
    await page.getByRole('link', { name: 'Continue to your draft' }).click();
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    const pdf = await readPdf(readFileSync((await download.path())!));
    expect(fold(pdf.all)).toContain('Article 2. Establishment and status');
    await page.goto('/cases/nepal/');
    await expect(page.locator('h1')).toHaveText('Nepal');
  });

  test('the Spanish offline copy holds the Spanish pages and the shared files, not the English pages, and the draft can still change language', async ({ page, context }) => {
    const { loadSiteContent } = await import('../../src/content-io/site.ts');
    const es = loadSiteContent(process.cwd(), 'es');
    await page.goto('/es/');
    await expect(page.locator('#offline-status')).toHaveText(t(es.ui, 'offline.ready'), { timeout: 30_000 });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.endsWith('-es'))!);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached).toContain('/es/questionnaire/');
    expect(cached).toContain('/exit/');
    expect(cached).toContain('/fonts/noto-sans-subset.ttf');
    expect(cached).toContain('/draft/content.json');
    expect(cached).toContain('/fr/draft/content.json');
    expect(cached.some((u) => u.startsWith('/_astro/'))).toBe(true);
    expect(cached).not.toContain('/questionnaire/');
    expect(cached).not.toContain('/cases/nepal/');
    expect(cached.filter((u) => u.startsWith('/fr/') && !u.endsWith('/draft/content.json'))).toEqual([]);
    // Offline, a Spanish draft page makes the draft in English from the kept content.
    await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { ...readFixture('state-preparing-talks'), at: 'check' });
    await context.setOffline(true);
    await page.goto('/es/draft/');
    await expect(page.locator('.mandate')).toContainText('Artículo 2');
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.locator('.mandate')).toContainText('Article 2');
  });
});

test.describe('quick exit', () => {
  test('the Quick exit button replaces the page with a neutral one that Back does not return from', async ({ page }) => {
    await page.goto('/');
    await page.goto('/questionnaire/');
    await page.evaluate(() => sessionStorage.setItem('x', '1'));
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await expect(page).toHaveURL(/\/exit\/$/);
    await expect(page.locator('body')).not.toContainText('Peace');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.goBack();
    await expect(page).not.toHaveURL(/\/questionnaire\/$/);
  });

  test('pressing Shift three times exits too', async ({ page }) => {
    await page.goto('/cases/');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/\/exit\/$/);
  });
});

test('an unknown address gets the not-found page with links onwards', async ({ page }) => {
  const r = await page.goto('/no-such-page/');
  expect(r?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Design a mandate' }).first()).toBeVisible();
});
