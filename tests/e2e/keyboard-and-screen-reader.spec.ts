/**
 * What a keyboard or screen-reader user meets beyond what axe sees (issue 14): Quick exit's shortcut,
 * focus after each action, live regions, heading levels, focus that shows, print and text spacing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, completeWithKeyboard, currentQuestion, expectNoAxeViolations, readFixture } from './helpers.ts';

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

test('"Start now" is a link (Enter follows it), named without its arrow', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('link', { name: 'Start now' });
  await expect(start).toHaveAccessibleName('Start now');
  await expect(page.getByRole('button', { name: 'Start now' })).toHaveCount(0);
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/questionnaire\/$/);
});

test('decorative glyphs (‹ → !) are not read as part of names or messages', async ({ page }) => {
  await page.goto('/cases/nepal/');
  await expect(page.locator('main a.back-link')).toHaveAccessibleName('All cases');
  await openTextQuestion(page);
  await expect(page.locator('main a.back-link')).toHaveAccessibleName('Back');
  await page.goto('/workshops/nepal-2004/');
  await expect(page.getByRole('button', { name: 'Start this scenario' })).toHaveAccessibleName('Start this scenario');
  // A warning's "!" is drawn, not read.
  await page.goto('/draft/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), readFixture('state-preparing-talks'));
  await page.addInitScript(() => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } }));
  await page.reload();
  const warning = page.locator('main .warning').first();
  await expect(warning).toBeVisible();
  expect(await warning.ariaSnapshot()).not.toContain('!');
});

test('"Start again" asks before setting the saved answers aside; Cancel keeps them and returns focus to the button', async ({ page }) => {
  await page.goto('/questionnaire/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), readFixture('state-preparing-talks'));
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Continue where you left off?');
  const saved = await page.evaluate(() => localStorage.getItem('psmd.answers'));
  const startAgain = page.getByRole('button', { name: 'Start again', exact: true });
  await startAgain.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toContainText('Starting again sets the saved answers aside as an earlier version');
  expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).toBe(saved);
  await expectNoAxeViolations(page, 'the Start again confirmation');
  await page.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(startAgain).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).toBe(saved);
  await startAgain.press('Enter');
  await page.getByRole('button', { name: 'Yes, start again' }).press('Enter');
  await expect.poll(() => currentQuestion(page)).toBe('user-role');
  await expect(page.locator('main h1')).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).toBeNull();
});

test('"Keep my answers" on a scenario page says the answers are kept, and that message takes focus', async ({ page }) => {
  await page.goto('/workshops/nepal-2004/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), readFixture('state-preparing-talks'));
  await page.getByRole('button', { name: 'Start this scenario' }).press('Enter');
  await page.getByRole('button', { name: 'Keep my answers' }).press('Enter');
  await expect(page.locator(':focus')).toHaveText('Your answers are kept as they were. The scenario has not started.');
  await expectNoAxeViolations(page, 'a scenario page after Keep my answers');
});

/** Opens one question with a fixture's answers saved, through "Continue where you left off". */
async function openQuestion(page: Page, at: string, fixture = 'state-preparing-talks') {
  await page.goto('/questionnaire/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { ...readFixture(fixture), at });
  await page.reload();
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect.poll(() => currentQuestion(page)).toBe(at);
}

test("the character count tells screen readers what is left in a polite live region, once typing pauses", async ({ page }) => {
  await openQuestion(page, 'purpose');
  const field = page.locator('[name="purpose"]');
  await expect(field).toHaveAccessibleDescription(/You can enter up to 5,000 characters/);
  const live = page.locator('#purpose-count');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await field.fill('');
  await field.focus();
  await page.keyboard.type('Support the talks');
  await expect(page.locator('.count')).toHaveText('You have 4,983 characters remaining');
  await expect(live).toHaveText('You have 4,983 characters remaining');
  await field.fill('x'.repeat(5002));
  await expect(live).toHaveText('You have 2 characters too many');
  await expectNoAxeViolations(page, 'a long answer with its character count');
});

/** Headings in main that go down more than one level from the one before (h1 then h3), as "h1 → h3: title". */
const headingJumps = (page: Page) =>
  page.locator('main').evaluate((main) => {
    const hs = [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({ level: Number(h.tagName[1]), text: h.textContent?.trim() ?? '' }));
    return hs.flatMap((h, i) => (i > 0 && h.level > hs[i - 1]!.level + 1 ? [`h${hs[i - 1]!.level} → h${h.level}: ${h.text}`] : []));
  });

test('headings do not jump levels on any question page of a full journey, and the progress is no navigation landmark', async ({ page }) => {
  test.slow();
  const { answers } = readFixture('armed-group-pre-formal');
  await page.goto('/questionnaire/');
  const jumps: string[] = [];
  await completeWithKeyboard(page, answers, async (id) => {
    jumps.push(...(await headingJumps(page)).map((j) => `${id}: ${j}`));
    // The site's navigation and the language switcher: the progress beside the question is neither.
    expect(await page.getByRole('navigation').evaluateAll((ns) => ns.map((n) => n.getAttribute('aria-label')))).toEqual(['Main', 'Languages']);
  });
  jumps.push(...(await headingJumps(page)).map((j) => `check: ${j}`));
  expect(jumps).toEqual([]);
});

test('headings do not jump levels on the other pages', async ({ page }) => {
  const jumps: string[] = [];
  for (const path of ['/', '/cases/', '/cases/colombia/', '/map/', '/workshops/', '/workshops/nepal-2004/', '/workshops/nepal-2004/card/', '/draft/']) {
    await page.goto(path);
    jumps.push(...(await headingJumps(page)).map((j) => `${path}: ${j}`));
  }
  expect(jumps).toEqual([]);
});

test('a refused answers file puts "Error: " in the title and the error summary links to the file field', async ({ page }) => {
  const bad = { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') };
  // On a question page the field is folded in "Your answers on this device".
  await page.goto('/questionnaire/');
  await page.locator('summary', { hasText: 'Your answers on this device' }).click();
  await page.getByLabel('Load answers from a file').setInputFiles(bad);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: What is your role/);
  await expectNoAxeViolations(page, 'a refused file on the first question');
  await page.locator('summary', { hasText: 'Your answers on this device' }).click();
  await summary.getByRole('link', { name: /not an answers file/ }).press('Enter');
  await expect(page.getByLabel('Load answers from a file')).toBeFocused();
  await expect(page.getByLabel('Load answers from a file')).toHaveAccessibleDescription(/Error: notes.json is JSON but not an answers file/);

  await page.goto('/draft/');
  await page.getByLabel('Load answers from a file').setInputFiles(bad);
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Your draft mandate/);
  await page.locator('.error-summary').getByRole('link').press('Enter');
  await expect(page.getByLabel('Load answers from a file')).toBeFocused();
  await expectNoAxeViolations(page, 'a refused file on the draft page');
});

test('Back keeps the text typed on the page: returning to it, by Continue or by Forward, shows it again', async ({ page }) => {
  const field = await openTextQuestion(page);
  await page.keyboard.type('Frente Amplio – سلام');
  await page.getByRole('link', { name: 'Back' }).press('Enter');
  await expect.poll(() => currentQuestion(page)).toBe('user-role');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(() => currentQuestion(page)).toBe('party-name');
  await expect(field).toHaveValue('Frente Amplio – سلام');
  await field.fill('Frente Amplio');
  await page.goBack();
  await expect.poll(() => currentQuestion(page)).toBe('user-role');
  await page.goForward();
  await expect.poll(() => currentQuestion(page)).toBe('party-name');
  await expect(field).toHaveValue('Frente Amplio');
});

test('the Spanish name of a Colombian body carries lang="es" on the case page, in the timeline table and on the comparison', async ({ page }) => {
  const spanish = 'Oficina del Alto Comisionado para la Paz';
  await page.goto('/cases/colombia/');
  await expect(page.locator('main [lang="es"]')).toHaveText(spanish);
  await page.goto('/cases/');
  await expect(page.locator('.timeline + details table [lang="es"]')).toHaveText(spanish);
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { ...readFixture('state-preparing-talks'), scenario: 'colombia-stall' });
  await page.goto('/workshops/colombia-stall/compare/');
  await expect(page.locator('main [lang="es"]').first()).toHaveText(spanish);
});

test('text the user typed or named is isolated for right-to-left scripts: answers on the comparison, file names in messages', async ({ page }) => {
  const purpose = 'دعم المفاوضات';
  const file = readFixture('state-preparing-talks');
  await page.goto('/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { ...file, scenario: 'nepal-2004', answers: { ...file.answers, purpose } });
  await page.goto('/workshops/nepal-2004/compare/');
  await expect(page.locator('main bdi', { hasText: purpose })).toHaveCount(1);
  await page.goto('/questionnaire/?continue');
  await expect(page.locator('.summary-row', { hasText: 'Purpose' }).locator('[dir="auto"], bdi')).toHaveText(purpose);
  await page.getByLabel('Load answers from a file').setInputFiles({ name: 'مسودة.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('.notification bdi')).toHaveText('مسودة.json');
});

test('printed, a question page leaves out the progress panel and the file input, and the cases page keeps the timeline table', async ({ page }) => {
  await openTextQuestion(page);
  await page.locator('summary', { hasText: 'Your answers on this device' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('.progress')).toBeHidden();
  await expect(page.locator('input[type="file"]')).toBeHidden();
  await page.goto('/draft/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('input[type="file"]')).toBeHidden();
  await page.goto('/cases/');
  const table = page.locator('.timeline-table table');
  await expect(table).toBeVisible();
  expect((await table.boundingBox())!.height).toBeGreaterThan(100);
});

/** WCAG 1.4.12's text spacing, applied as a user's style sheet would (a constructed sheet: the CSP refuses inline style). */
async function applyTextSpacing(page: Page) {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

/** SVG text that runs out of the drawing, out of its box on the map, or into its bar on the timeline. */
const clippedSvgText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll('main svg')) {
      const s = svg.getBoundingClientRect();
      if (!s.width) continue;
      for (const t of svg.querySelectorAll('text')) {
        const b = t.getBoundingClientRect();
        const name = `"${t.textContent}"`;
        if (b.right > s.right + 0.5 || b.left < s.left - 0.5) out.push(`${name} runs out of the drawing`);
        const box = t.parentElement?.querySelector(':scope > rect')?.getBoundingClientRect();
        if (!box) continue;
        if (/map-/.test(t.getAttribute('class') ?? '') && b.right > box.right + 0.5) out.push(`${name} runs out of its box by ${Math.round(b.right - box.right)} px`);
        if (t.classList.contains('tl-label') && b.right > box.left) out.push(`${name} runs into its bar by ${Math.round(b.right - box.left)} px`);
      }
    }
    return out;
  });

test('SVG text in the timeline and the map stays in place under WCAG text-spacing overrides, on screen and on paper', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const problems: string[] = [];
  for (const path of ['/cases/', '/map/']) {
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      await page.goto(path);
      await applyTextSpacing(page);
      problems.push(...(await clippedSvgText(page)).map((p) => `${path} (${media}): ${p}`));
    }
  }
  expect(problems).toEqual([]);
});
