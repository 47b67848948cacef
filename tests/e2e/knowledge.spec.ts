import { test, expect, expectNoAxeViolations, readFixture } from './helpers.ts';

/** Lands on check-answers with a fixture's answers, as a returning user would. */
async function resumeAtCheck(page: import('@playwright/test').Page, name: string) {
  const file = { ...readFixture(name), at: 'check' };
  await page.goto('/questionnaire/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), file);
  await page.reload();
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(page.locator('main h1')).toHaveText('Check your answers');
}

test.describe('cases, lessons and risks', () => {
  test('a risk appears on check-answers for a fixture, says why, and goes away when the answer that raised it changes', async ({ page }) => {
    await resumeAtCheck(page, 'state-preparing-talks');
    const risk = page.locator('[data-risk="no-room-to-adapt"]');
    await expect(risk).toBeVisible();
    await expect(risk).toContainText('Raised because you chose: Leeway: Clear instructions and a narrow mandate');
    // Room to propose would contradict the narrow mandate chosen: it is a question for the parties, not a clause.
    await expect(risk.locator('.risk-questions')).toContainText('may it at least propose new tasks');
    await expect(risk).not.toContainText('The Secretariat may propose new tasks');
    await page.getByRole('link', { name: 'Change leeway' }).click();
    await page.getByLabel('Clear instructions, with defined room to propose and act').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('main h1')).toHaveText('Check your answers');
    // The risks are drawn just after the answers: once one is there, all are.
    await expect(page.locator('[data-risk="opaque-and-exclusive"]')).toBeVisible();
    await expect(page.locator('[data-risk="no-room-to-adapt"]')).toHaveCount(0);
  });

  test('a carefully designed mandate raises no risk', async ({ page }) => {
    await resumeAtCheck(page, 'careful-state-implementation');
    await expect(page.locator('.risks')).toContainText('raise none of the risks');
  });

  test('a question shows the lessons behind it, naming the case and linking to its page', async ({ page }) => {
    await page.goto('/questionnaire/');
    const file = { ...readFixture('armed-group-pre-formal'), at: 'symbols' };
    await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), file);
    await page.reload();
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    await page.getByText(/Lessons from past cases/).click();
    const link = page.getByRole('link', { name: 'Afghanistan' }).first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.locator('h1')).toHaveText('Afghanistan');
  });

  test('the case pages load no script, cite every fact, show corrections, and pass axe', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto('/cases/');
    await expect(page.locator('h1')).toHaveText('Cases and lessons');
    await expect(page.locator('svg[role="img"] title')).toHaveText(/Timeline/);
    await expectNoAxeViolations(page, 'the case index');
    for (const id of ['afghanistan', 'colombia', 'myanmar', 'nepal', 'south-africa', 'sri-lanka']) {
      await page.goto(`/cases/${id}/`);
      const facts = page.locator('article.fact');
      const n = await facts.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) await expect(facts.nth(i).locator('.source-note').last()).toContainText(/Source/);
      await expectNoAxeViolations(page, `the case page ${id}`);
    }
    await page.goto('/cases/sri-lanka/');
    await expect(page.locator('main .inset')).toContainText('September 2002');
    await page.goto('/cases/colombia/');
    await expect(page.locator('main')).toContainText('Office of the High Commissioner for Peace');
    expect(scripts).toEqual([]);
  });

  test('source notes read as words: a space after "Sources:" and after the "Outside the article" mark', async ({ page }) => {
    for (const path of ['/cases/afghanistan/', '/cases/sri-lanka/', '/workshops/taliban-doha-2013/', '/workshops/taliban-doha-2013/card/']) {
      await page.goto(path);
      // textContent, as a screen reader gets it (innerText would apply the tag's capitals).
      const notes = await page.locator('.source-note').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      expect(notes.length, path).toBeGreaterThan(0);
      for (const n of notes) {
        expect(n, `${path}: ${n}`).not.toMatch(/Sources?:\S/);
        expect(n, `${path}: ${n}`).not.toMatch(/Outside the article\S/);
      }
      expect(notes.join(' '), path).toContain('Outside the article ');
    }
  });
});
