import { test, expect, expectNoAxeViolations } from './helpers.ts';
import { loadSiteContent } from '../../src/content-io/site.ts';

const { guide } = loadSiteContent();

test.describe('guidance pages', () => {
  for (const g of guide) {
    test(`the page "${g.title}" shows its sections, cites every point, links the cases, loads no script and passes axe`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
      await page.goto(`/guide/${g.id}/`);
      await expect(page.locator('main h1')).toHaveText(g.title);
      await expect(page.locator('main section > h2')).toHaveText(g.sections.map((s) => s.title));

      // Headings descend one level at a time: h1, then h2, then h3.
      const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);

      const points = g.sections.flatMap((s) => s.points);
      await expect(page.locator('article.guide-point')).toHaveCount(points.length);
      for (const p of points) {
        const el = page.locator(`article#${p.id}`);
        await expect(el.locator('h3')).toHaveText(p.title);
        await expect(el.locator('.source-note').last()).toContainText(/^Sources?: /);
        if (p.external) await expect(el.locator('p').first()).toContainText(/^Outside the article /);
        else await expect(el.locator('p').first()).not.toContainText(/^Outside the article/);
        // A point that adds an outside source to the article marks that source in its note.
        if (!p.external && p.citations.some((c) => c.source !== 'article')) await expect(el.locator('.source-note').last()).toContainText('Outside the article');
        if (p.cases.length + p.facts.length > 0) await expect(el.locator('.guide-cases a').first()).toHaveAttribute('href', /^\/cases\/[a-z-]+\/(#[a-z0-9-]+)?$/);
      }
      await expect(page.getByRole('link', { name: 'Design a mandate' }).last()).toHaveAttribute('href', '/questionnaire/');
      await expectNoAxeViolations(page, `/guide/${g.id}/`);
      expect(scripts).toEqual([]);
      expect(await page.locator('script[src]').count()).toBe(0);
    });
  }

  test('a case link under a point opens the fact it rests on, on its case page', async ({ page }) => {
    await page.goto('/guide/what-is-a-peace-secretariat/');
    await page.locator('article#post-war-work').getByRole('link', { name: 'Sri Lanka' }).click();
    await expect(page).toHaveURL(/\/cases\/sri-lanka\/#scopp-closure$/);
    await expect(page.locator('article#scopp-closure')).toBeVisible();
  });

  test('a point from outside the article is marked and links its outside source', async ({ page }) => {
    await page.goto('/guide/what-is-a-peace-secretariat/');
    const p = page.locator('article#south-africa-timing');
    await expect(p.locator('p').first()).toContainText(/^Outside the article Outside sources date/);
    await expect(p.locator('.source-note').last().getByRole('link')).toHaveAttribute('href', 'https://peaceaccords.nd.edu');
  });

  test('the service worker keeps both pages for offline use', async ({ request }) => {
    const sw = await (await request.get('/sw.js')).text();
    for (const g of guide) expect(sw).toContain(`"/guide/${g.id}/"`);
  });

  test('the start page and the case library link to both pages', async ({ page }) => {
    for (const from of ['/', '/cases/']) {
      await page.goto(from);
      for (const g of guide) await expect(page.getByRole('link', { name: g.title, exact: true })).toHaveAttribute('href', `/guide/${g.id}/`);
    }
    await page.getByRole('link', { name: 'For mediators and donors', exact: true }).click();
    await expect(page.locator('main h1')).toHaveText('For mediators and donors');
    await page.getByRole('link', { name: 'What a peace secretariat is', exact: true }).click();
    await expect(page.locator('main h1')).toHaveText('What a peace secretariat is');
  });
});
