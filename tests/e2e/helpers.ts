/** Shared steps for browser tests: answer the questionnaire the way a keyboard user would. */
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFixture } from '../fixtures/read.ts';

export { readFixture, expect };

/**
 * Waits until the page's islands have hydrated. The questionnaire's first page is rendered on the server,
 * so it is visible before its script runs; a keyboard user that fast would submit the plain HTML form.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[data-island]:not([data-hydrated])'), undefined, { timeout: 15_000 });
}

/** Playwright's test, with page.goto and page.reload waiting for hydration as a user's first key press would. */
export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const r = await goto(...args);
      await waitForHydration(page);
      return r;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const r = await reload(...args);
      await waitForHydration(page);
      return r;
    };
    await use(page);
  },
});

/** The question id of the page on screen, read from its form field names (null on other pages). */
export async function currentQuestion(page: Page): Promise<string | null> {
  // The island renders after hydration: wait for a question form or another step's heading.
  await page.locator('main form [name], main h1').first().waitFor();
  // A step taken while the engine loads (a visit's first answer, a Change on check-answers opened on saved
  // answers) marks the form or the page busy until it has moved on.
  await expect(page.locator('main form[aria-busy="true"], main .wizard-single[aria-busy="true"]')).toHaveCount(0);
  const field = page.locator('main form [name]').first();
  if ((await field.count()) === 0) return null;
  return field.getAttribute('name');
}

/** Tabs until the focused element matches, or fails after a bounded number of presses. */
export async function tabTo(page: Page, matches: (el: Element) => boolean, what: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((src) => { const el = document.activeElement; return !!el && new Function('el', `return (${src})(el)`)(el); }, matches.toString())) return;
  }
  throw new Error(`could not reach ${what} with the Tab key`);
}

/** Matches a field of one question: a Tab predicate naming the question (tabTo sends it as source). */
const named = (id: string) => new Function('el', `return el.getAttribute('name') === ${JSON.stringify(id)}`) as (el: Element) => boolean;

/** Answers a question on screen with the keyboard only, then presses Continue (unless told not to: a page may ask more). */
export async function answerWithKeyboard(page: Page, id: string, value: unknown, submit = true) {
  const field = page.locator(`[name="${id}"]`).first();
  const type = await field.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase()));
  if (type === 'radio' && typeof value === 'string') {
    await tabTo(page, named(id), `the options of ${id}`);
    await page.keyboard.press('Space');
    const values = await page.locator(`[name="${id}"]`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const target = values.indexOf(value);
    const from = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    const steps = target - values.indexOf(from);
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await expect(page.locator(`[name="${id}"][value="${value}"]`)).toBeChecked();
  } else if (type === 'checkbox') {
    const wanted = new Set(Array.isArray(value) ? (value as string[]) : []);
    const boxes = page.locator(`[name="${id}"]`);
    const n = await boxes.count();
    for (let i = 0; i < n; i++) {
      await tabTo(page, named(id), `a checkbox of ${id}`);
      const v = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
      const checked = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
      if (wanted.has(v) !== checked) await page.keyboard.press('Space');
    }
  } else if (type === 'text' || type === 'textarea') {
    await tabTo(page, named(id), `the field of ${id}`);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    if (typeof value === 'string' && value) await page.keyboard.insertText(value);
  }
  if (!submit) return;
  await tabTo(page, (el) => el instanceof HTMLButtonElement && el.type === 'submit', 'the Continue button');
  await page.keyboard.press('Enter');
}

/** Answers every page until check-answers, from a fixture; returns the question ids asked. */
export async function completeWithKeyboard(page: Page, answers: Record<string, unknown>, onEachPage?: (id: string) => Promise<void>, checkTitle = 'Check your answers') {
  const asked: string[] = [];
  await waitForHydration(page);
  for (let i = 0; i < 100; i++) {
    // Focus moves to the new heading after each step (not on the first page load).
    if (i > 0) await expect(page.locator('main h1')).toBeFocused();
    const id = await currentQuestion(page);
    if (!id || (await page.locator('main h1').textContent())?.includes(checkTitle)) break;
    asked.push(id);
    if (onEachPage) await onEachPage(id);
    // A page may ask a few questions: each is answered in turn, in the page's order, then Continue.
    const names = await page.locator('main form [name]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('name')!))]);
    for (const [i, name] of names.entries()) await answerWithKeyboard(page, name, answers[name], i === names.length - 1);
    await expect.poll(() => currentQuestion(page).then((q) => q !== id || null), { message: `stuck on ${id}` }).toBeTruthy();
  }
  await expect(page.locator('main h1')).toHaveText(checkTitle);
  return asked;
}

/** Runs axe (WCAG 2.2 A and AA) and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page, where: string) {
  // A page still drawing itself (the draft, check-answers' risks) is checked once it is whole.
  await expect(page.locator('main [aria-busy="true"]'), `${where} still busy`).toHaveCount(0, { timeout: 15_000 });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** The page never hears the `storage` event: what a tab that missed it does is then the save check's alone. */
export async function blockStorageEvents(page: Page) {
  await page.addInitScript(() => {
    const add = window.addEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      if (type === 'storage') return;
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
  });
}

/** A second tab in the same browser (same storage), hydrated before it is used; `missesEvents`: it never hears the `storage` event. */
export async function openTab(context: BrowserContext, path: string, missesEvents = false) {
  const page = await context.newPage();
  if (missesEvents) await blockStorageEvents(page);
  await page.goto(path);
  await waitForHydration(page);
  return page;
}
