import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, answerWithKeyboard, completeWithKeyboard, currentQuestion, expectNoAxeViolations, waitForHydration, readFixture, tabTo } from './helpers.ts';

const journeys = ['state-preparing-talks', 'armed-group-pre-formal'] as const;

test.describe('the questionnaire in a browser', () => {
  test('the start page explains the tool, says answers stay on the device, and passes axe', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText('Design the mandate of a peace secretariat');
    await expect(page.getByText('Your answers stay on this device')).toBeVisible();
    await expectNoAxeViolations(page, 'the start page');
    await page.getByRole('link', { name: 'Start now' }).click();
    await expect(page).toHaveURL(/\/questionnaire\/$/);
  });

  for (const name of journeys) {
    // Axe on every question page is the job of a11y-sweep.spec.ts (every statechart state); here the
    // point is the keyboard journey itself, which is long enough without axe on each of ~40 pages.
    test(`a keyboard-only user completes the questionnaire as ${name} and finds every answer on check your answers`, async ({ page }) => {
      test.slow();
      const { answers } = readFixture(name);
      await page.goto('/questionnaire/');
      await expect(page.locator('main form')).toBeVisible();
      const asked = await completeWithKeyboard(page, answers);
      expect(asked.length).toBeGreaterThan(25);
      await expectNoAxeViolations(page, 'check your answers');
      // Every answer given is on check-answers, words and all.
      if (answers['party-name']) await expect(page.locator('main')).toContainText(answers['party-name']);
      if (answers['secretariat-name']) await expect(page.locator('main')).toContainText(answers['secretariat-name']);
    });
  }

  test('an empty required answer shows an error summary that takes focus and links to the field', async ({ page }) => {
    await page.goto('/questionnaire/');
    await expect(page.locator('main form')).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).press('Enter');
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('There is a problem');
    await expect(page).toHaveTitle(/^Error: /);
    await summary.getByRole('link').press('Enter');
    await expect(page.locator('#f-user-role')).toBeFocused();
  });

  test('a keyboard user follows a Change link on check-answers, edits the answer and is returned to the summary', async ({ page }) => {
    const { answers } = readFixture('state-preparing-talks');
    await page.goto('/questionnaire/');
    await completeWithKeyboard(page, answers);
    await tabTo(page, (el) => el.textContent?.trim() === 'Change visibility', 'the Change link for visibility');
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toBeFocused();
    expect(await currentQuestion(page)).toBe('visibility');
    await answerWithKeyboard(page, 'visibility', 'low-profile');
    await expect(page.locator('main h1')).toHaveText('Check your answers');
    await expect(page.locator('main h1')).toBeFocused();
    await expect(page.locator('.summary-row', { hasText: 'Visibility' })).toContainText(/low/i);
  });

  test('after a Change link, browser Back then Forward returns to the question still being changed, and Continue goes back to the summary', async ({ page }) => {
    await openSummaryWith(page, 'state-preparing-talks');
    await page.getByRole('link', { name: 'Change party type' }).click();
    expect(await currentQuestion(page)).toBe('party-type');
    await page.goBack();
    await expect(page.locator('main h1')).toHaveText('Check your answers');
    await page.goForward();
    await expect.poll(() => currentQuestion(page)).toBe('party-type');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('main h1')).toHaveText('Check your answers');
  });

  test('after Delete my answers, browser Back does not bring back an empty summary', async ({ page }) => {
    await openSummaryWith(page, 'state-preparing-talks');
    await page.getByRole('button', { name: 'Delete my answers from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    await expect.poll(() => currentQuestion(page)).toBe('user-role');
    await page.goBack();
    await expect.poll(() => currentQuestion(page)).toBe('user-role');
    await expect(page.locator('main h1')).not.toHaveText('Check your answers');
  });

  test('free text keeps 5,000 characters in any script exactly and never renders it as HTML', async ({ page }) => {
    const { answers } = readFixture('armed-group-pre-formal');
    const text = 'مرحبا देवनागरी မြန်မာ தமிழ் Мир <img src=x onerror=alert(1)> '.repeat(120).slice(0, 5000);
    await page.goto('/questionnaire/');
    await completeWithKeyboard(page, { ...answers, purpose: text });
    const cell = page.locator('.summary-row', { hasText: 'Purpose' }).locator('dd').first();
    expect(await cell.textContent()).toBe(text);
    await expect(page.locator('main img')).toHaveCount(0);
  });

  test('answers survive a reload, and the user can continue where they left off', async ({ page }) => {
    const { answers } = readFixture('state-preparing-talks');
    await page.goto('/questionnaire/');
    for (const id of ['user-role', 'party-name']) {
      expect(await currentQuestion(page)).toBe(id);
      const v = (answers as Record<string, unknown>)[id] as string;
      if (id === 'user-role') await page.locator(`[name="${id}"][value="${v}"]`).check();
      else await page.locator(`[name="${id}"]`).fill(v);
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    const where = await currentQuestion(page);
    await page.reload();
    await expect(page.locator('h1')).toHaveText('Continue where you left off?');
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    expect(await currentQuestion(page)).toBe(where);
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.locator('[name="party-name"]')).toHaveValue(answers['party-name'] as string);
  });

  test("the browser's Back and Forward buttons move between the questions, keeping the answers, and Back from the first leaves", async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Start now' }).click();
    await waitForHydration(page);
    await page.locator('[name="user-role"][value="donor"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => currentQuestion(page)).toBe('party-name');
    await page.locator('[name="party-name"]').fill('Мир – Bogotá');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => currentQuestion(page)).not.toBe('party-name');
    const third = await currentQuestion(page);

    await page.goBack();
    await expect.poll(() => currentQuestion(page)).toBe('party-name');
    await expect(page.locator('[name="party-name"]')).toHaveValue('Мир – Bogotá');
    await expect(page.locator('main h1')).toBeFocused();
    await page.goBack();
    await expect.poll(() => currentQuestion(page)).toBe('user-role');
    await expect(page.locator('[name="user-role"][value="donor"]')).toBeChecked();
    await page.goForward();
    await expect.poll(() => currentQuestion(page)).toBe('party-name');
    await page.goForward();
    await expect.poll(() => currentQuestion(page)).toBe(third);
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });

  test('Start again leaves only an earlier version on the device, and Delete my answers removes everything', async ({ page }) => {
    await page.goto('/questionnaire/');
    await page.locator('[name="user-role"][value="donor"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    // The next question is there (the answer is saved) before the page is reloaded: a Continue pressed
    // while the engine loads is taken once it arrives, and a reload before that would find nothing saved.
    await expect(page.locator('main h1')).not.toHaveText('What is your role in designing this secretariat?');
    await page.reload();
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Yes, start again' }).click();
    expect(await currentQuestion(page)).toBe('user-role');
    await expect(page.locator('[name="user-role"]:checked')).toHaveCount(0);
    // Start again can be undone (tests/e2e/versions.spec.ts): the answers are kept as a version only.
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['psmd.versions']);
    await page.locator('[name="user-role"][value="party"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('summary', { hasText: 'Your answers on this device' }).click();
    await page.getByRole('button', { name: 'Delete my answers from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });

  test('the answers file downloads and loads back into a fresh browser unchanged', async ({ page, browser }) => {
    const { answers } = readFixture('armed-group-pre-formal');
    await page.goto('/questionnaire/');
    await completeWithKeyboard(page, answers);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download answers' }).click()]);
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.format).toBe('peace-secretariat-mandate-answers');
    expect(file.schemaVersion).toBe(2);
    expect(file.answers).toEqual(answers);

    const fresh = await browser.newPage();
    await fresh.goto('/questionnaire/');
    await expect(fresh.locator('main form')).toBeVisible();
    await fresh.locator('summary', { hasText: 'Your answers on this device' }).click();
    await fresh.getByLabel('Load answers from a file').setInputFiles(path);
    await expect(fresh.locator('main h1')).toHaveText('Check your answers');
    await expect(fresh.locator('.notification')).toContainText('Answers loaded');
    await expect(fresh.locator('main')).toContainText(answers['party-name'] as string);
    await fresh.close();
  });

  const broken: [string, string, RegExp][] = [
    ['not JSON', 'this is { not json', /not readable JSON/],
    ['JSON that is not an answers file', '{"hello": "world"}', /not an answers file/],
    ['a newer schema version', JSON.stringify({ format: 'peace-secretariat-mandate-answers', schemaVersion: 99, answers: {} }), /newer version/],
    ['an unknown field', JSON.stringify({ format: 'peace-secretariat-mandate-answers', schemaVersion: 2, answers: { 'favourite-colour': 'blue' } }), /cannot use/],
    ['a wrongly typed field', JSON.stringify({ format: 'peace-secretariat-mandate-answers', schemaVersion: 2, answers: { tasks: 'advice' } }), /cannot use/],
    ['over 1 MB', JSON.stringify({ format: 'peace-secretariat-mandate-answers', schemaVersion: 2, answers: { remarks: 'x'.repeat(1_100_000) } }), /larger than 1 MB/],
  ];
  for (const [what, content, message] of broken) {
    test(`a file with ${what} is refused with a clear message and the current answers are untouched`, async ({ page }) => {
      const { answers } = readFixture('state-preparing-talks');
      await page.goto('/questionnaire/');
      await completeWithKeyboard(page, answers);
      const before = await page.evaluate(() => localStorage.getItem('psmd.answers'));
      await page.getByLabel('Load answers from a file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      const alert = page.locator('.error-summary');
      await expect(alert).toBeFocused();
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('broken.json');
      await expect(page.locator('main h1')).toHaveText('Check your answers');
      const after = await page.evaluate(() => localStorage.getItem('psmd.answers'));
      expect(JSON.parse(after!).answers).toEqual(JSON.parse(before!).answers);
    });
  }

  test('a file from the older schema version is migrated and loaded', async ({ page }) => {
    const v1 = { format: 'peace-secretariat-mandate-answers', schemaVersion: 1, answers: [{ question: 'party-name', value: 'Movement for Peace' }, { question: 'party-type', value: 'coalition-of-groups' }] };
    await page.goto('/questionnaire/');
    await page.locator('summary', { hasText: 'Your answers on this device' }).click();
    await page.getByLabel('Load answers from a file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v1)) });
    await expect(page.locator('.notification')).toContainText('earlier version');
    await expect(page.locator('main')).toContainText('Movement for Peace');
  });

  test('with browser storage switched off the questionnaire still works and says answers will not be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    await page.goto('/questionnaire/');
    await expect(page.locator('.warning')).toContainText('not letting the site keep your answers');
    await page.locator('[name="user-role"][value="trainer"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await currentQuestion(page)).toBe('party-name');
  });

  test('with browser storage full the user is told the latest answers were not saved', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await page.goto('/questionnaire/');
    await page.locator('[name="user-role"][value="trainer"]').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.warning')).toContainText('storage is full');
    expect(await currentQuestion(page)).toBe('party-name');
  });

  test('the questionnaire is usable at 320 pixels wide without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/questionnaire/');
    await expect(page.locator('main form')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The safety control reads as one word on one line (it used to break as "Qu / ick / exi / t").
    const exit = page.getByRole('link', { name: 'Quick exit' });
    const lines = await exit.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
    expect(lines).toBeLessThan(2);
  });
});

/** Saves a fixture's answers on this device and opens check-your-answers directly, as the draft's link does. */
async function openSummaryWith(page: Page, fixture: string) {
  await page.goto('/questionnaire/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify({ ...f, at: 'check' })), readFixture(fixture));
  await page.goto('/questionnaire/?continue');
}

/**
 * The notice is in the page's own <noscript>, not in a <template> (where Astro's islands had put it, so
 * it never showed). Playwright switches scripts off after parsing, so the notice is read, not seen.
 */
async function expectNoscriptNotice(page: Page, words: string) {
  await expect(page.locator('main noscript')).toHaveCount(1);
  expect(await page.locator('main noscript').textContent()).toContain(words);
  expect(await page.locator('template').count()).toBe(0);
}

test('a first visit gets the first question in the page itself, before any script runs', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/questionnaire/');
  await expect(page.locator('main h1')).toHaveText('What is your role in designing this secretariat?');
  await expectNoscriptNotice(page, 'The questionnaire needs JavaScript, which is switched off');
  await ctx.close();
});

test('without JavaScript, the draft, the comparison and a scenario page say what needs it and what works without it', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  for (const [path, words] of [
    ['/draft/', 'The draft is put together in this browser'],
    ['/workshops/nepal-2004/compare/', 'The comparison is made in this browser'],
    ['/workshops/nepal-2004/', 'Starting a scenario needs JavaScript'],
  ]) {
    await page.goto(path!);
    await expectNoscriptNotice(page, words!);
  }
  await ctx.close();
});

test('a choice made before the script has loaded is kept, and an early Continue neither reloads the page nor puts the answer in the address', async ({ browser }) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  // Hold back every script, as a slow connection would, while the user answers the server-rendered page.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Not 'domcontentloaded': that event waits for the held module script, though the page is on screen.
  await page.goto('/questionnaire/', { waitUntil: 'commit' });
  await page.getByLabel('Donor or funder').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForTimeout(300);
  expect(page.url()).not.toContain('?');
  await expect(page.locator('main h1')).toHaveText('What is your role in designing this secretariat?');

  release();
  await page.waitForFunction(() => !document.querySelector('[data-island]:not([data-hydrated])'));
  await expect(page.getByLabel('Donor or funder')).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('main h1')).not.toHaveText('What is your role in designing this secretariat?');
  await expect(page.locator('.error-summary')).toHaveCount(0);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('psmd.answers') ?? '{}'));
  expect(saved.answers['user-role']).toBe('donor');
  await ctx.close();
});

test('a first visit loads the engine and the other questions\' lessons only once the user starts answering, and the page is the same before and after', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/questionnaire/');
  await waitForHydration(page);
  await page.waitForTimeout(300);
  const early = (name: RegExp) => asked.filter((p) => name.test(p));
  expect(early(/engine\./)).toEqual([]);
  expect(early(/knowledge\.json/)).toEqual([]);
  // The first page's lessons are in the page itself; the risks are not (check-answers shows them later).
  const props = await page.locator('#wizard-props').textContent();
  expect(JSON.parse(props!).knowledge.risks).toEqual([]);
  const before = await page.locator('main').innerHTML();

  // A keyboard user tabbing into the question starts the loading; the page does not change under them.
  await tabTo(page, (el) => (el as HTMLInputElement).name === 'user-role', 'the first option');
  await expect.poll(() => early(/knowledge\.json/).length).toBe(1);
  await expect.poll(() => early(/engine\./).length).toBe(1);
  const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
  expect(focused).toBe('user-role');
  expect(await page.locator('main').innerHTML()).toBe(before);
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect.poll(() => currentQuestion(page)).toBe('party-name');
});

test('a Continue pressed while the engine is still loading is taken once it arrives, and a failed load says so and is tried again', async ({ page }) => {
  let fail = true;
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/questionnaire/knowledge.json*', async (route) => {
    await held;
    if (fail) return route.fulfill({ status: 503, body: '' });
    await route.continue();
  });
  await page.goto('/questionnaire/');
  await waitForHydration(page);
  await page.getByLabel('Donor or funder').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  // Waiting for the engine, the form says it is busy (assistive technology announces it).
  await expect(page.locator('main form')).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.getByRole('alert')).toContainText('The rest of the questionnaire did not load');
  await expect(page.getByLabel('Donor or funder')).toBeChecked();
  expect(await currentQuestion(page)).toBe('user-role');

  fail = false;
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(() => currentQuestion(page)).toBe('party-name');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('psmd.answers') ?? '{}'));
  expect(saved.answers['user-role']).toBe('donor');
});

test('opened on saved answers, check-answers is drawn afresh from them without the engine, which loads at the first sign of use; a Change taken then works, and nothing is written back', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/questionnaire/');
  const saved = JSON.stringify({ ...readFixture('state-preparing-talks'), at: 'check' });
  await page.evaluate((f) => localStorage.setItem('psmd.answers', f), saved);
  asked.length = 0;
  await page.goto('/questionnaire/?continue');
  await expect(page.locator('main h1')).toHaveText('Check your answers');
  await expect(page.locator('main')).toContainText('Government of the Republic');
  // The server's first question is gone, not left under the summary.
  await expect(page.locator('main [name="user-role"]')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(asked.filter((p) => /engine\./.test(p))).toEqual([]);
  expect(asked.filter((p) => /knowledge\.json/.test(p))).toHaveLength(1);
  // Showing the answers saved is no reason to save them again.
  expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).toBe(saved);

  // The engine held back: the Change waits, and the page says it is busy meanwhile.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/engine.*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('link', { name: 'Change party', exact: true }).click();
  await expect(page.locator('main .wizard-single')).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('main h1')).toHaveText('Check your answers');
  release();
  await expect.poll(() => currentQuestion(page)).toBe('party-name');
  expect(asked.filter((p) => /engine\./.test(p))).toHaveLength(1);
  await expect(page.locator('main h1')).toBeFocused();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('main h1')).toHaveText('Check your answers');
});

test('opened on saved answers when the rest of the questionnaire cannot load, the page says so, and shows the answers once it can', async ({ page }) => {
  let fail = true;
  await page.route('**/questionnaire/knowledge.json*', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
  await page.goto('/questionnaire/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', f), JSON.stringify({ ...readFixture('state-preparing-talks'), at: 'check' }));
  await page.goto('/questionnaire/?continue');
  await expect(page.getByRole('alert')).toContainText('Your saved answers cannot be shown');
  fail = false;
  // Reloaded as it says: the answers are offered, as on any return, and continue where they were.
  await page.reload();
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(page.locator('main h1')).toHaveText('Check your answers');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
