import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, readFixture } from './helpers.ts';
import { fixturePath } from '../fixtures/read.ts';
import { fold, readPdf } from '../pdf/read.ts';
import { comments, paragraphs, unzipDocx } from '../docx/read.ts';

async function withAnswers(page: Page, name: string, edit: (a: Record<string, unknown>) => void = () => {}) {
  const file = readFixture(name);
  edit(file.answers as Record<string, unknown>);
  await page.goto('/draft/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), file);
  await page.reload();
  await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
  return file;
}

async function downloadAs(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}
const downloadPdf = (page: Page) => downloadAs(page, 'Download PDF');
const downloadWord = (page: Page) => downloadAs(page, 'Download Word (.docx)');

test.describe('the draft', () => {
  test('the page shows its heading before any script runs, and a PDF asked for before the draft is composed is made once it is', async ({ browser }) => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto('/draft/');
    await expect(still.locator('main h1')).toHaveText('Your draft mandate');
    await off.close();
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto('/draft/');
    await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), readFixture('state-preparing-talks'));
    // The worker that composes the draft is held back, as a slow connection would: the controls are
    // drawn as soon as the answers are read, the draft only once the worker has composed it.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await ctx.route('**/compose.worker*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    const button = page.getByRole('button', { name: 'Download PDF' });
    await button.waitFor();
    expect(await page.locator('.mandate').count(), 'the draft is not composed yet').toBe(0);
    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await button.click();
    await expect(page.getByText('Making the PDF…')).toBeVisible();
    release();
    expect((await downloading).suggestedFilename()).toMatch(/\.pdf$/);
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
    await ctx.close();
  });
  test('a user who finishes on the draft page deletes the answers there, and is told so', async ({ page }) => {
    await withAnswers(page, 'state-preparing-talks');
    await page.getByRole('button', { name: 'Delete my answers from this device' }).click();
    await expect(page.locator(':focus')).toContainText('This deletes every answer saved in this browser');
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    await expect(page.locator(':focus')).toContainText('Your answers have been deleted from this device.');
    await expect(page.locator('.mandate')).toHaveCount(0);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });
  test("printed, the draft starts with the mandate and prints each source address once, as Annex D's text", async ({ page }) => {
    await withAnswers(page, 'state-preparing-talks');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Your draft mandate', level: 1 })).toBeHidden();
    const added = await page.locator('a[href^="http"]').evaluateAll((els) => els.filter((el) => getComputedStyle(el, '::after').content !== 'none').length);
    expect(added).toBe(0);
    await expect(page.locator('.annex--sources')).toContainText('https://www.c-r.org/');
  });
  test('"Check or change your answers" opens the summary itself, without asking whether to continue', async ({ page }) => {
    const file = readFixture('state-preparing-talks');
    await page.goto('/draft/');
    await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify({ ...f, at: 'check' })), file);
    await page.reload();
    await page.getByRole('link', { name: 'Check or change your answers' }).click();
    await expect(page.locator('main h1')).toHaveText('Check your answers');
  });
  for (const name of ['state-preparing-talks', 'armed-group-pre-formal'] as const) {
    test(`downloads the brief and the instrument for ${name} as PDF and Word, which read back as the page shows them`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const { answers } = await withAnswers(page, name);
      await expectNoAxeViolations(page, `the draft page for ${name}`);
      const lessonsOnPage = await page.locator('.note strong').allTextContents();
      expect(lessonsOnPage.length).toBeGreaterThan(0);
      const brief = await downloadPdf(page);
      expect(brief.name).toMatch(/-brief-a4\.pdf$/);
      // Focus stays on the button pressed, so a keyboard user can go on from there.
      await expect(page.getByRole('button', { name: 'Download PDF' })).toBeFocused();
      const a = await readPdf(brief.bytes);
      expect(fold(a.all)).toContain('Article 1. Definitions');
      expect(fold(a.all)).toContain('Lesson:');
      expect(a.all).toContain(answers['secretariat-name'] as string);
      const briefWord = await downloadWord(page);
      expect(briefWord.name).toMatch(/-brief-a4\.docx$/);
      const word = unzipDocx(new Uint8Array(briefWord.bytes));
      // In Word, each lesson beside a clause is a comment on that clause, as on the page.
      expect(comments(word['word/comments.xml']).map((x) => x.paragraphs[0]!.replace(/ \(outside the article\)$/, ''))).toEqual(lessonsOnPage);
      expect(paragraphs(word['word/document.xml']!).map((p) => p.text).join('\n')).toContain(answers['secretariat-name'] as string);

      await page.getByLabel('The instrument: only the text a party would adopt').check();
      await page.getByLabel('US Letter').check();
      await expect(page.locator('.note')).toHaveCount(0);
      const instrument = await downloadPdf(page);
      expect(instrument.name).toMatch(/-instrument-letter\.pdf$/);
      const c = await readPdf(instrument.bytes);
      expect(fold(c.all)).not.toMatch(/Lesson:|Annex [A-D]\./);
      expect(c.totalPages).toBeLessThan(a.totalPages);
      const instrumentWord = await downloadWord(page);
      expect(instrumentWord.name).toMatch(/-instrument-letter\.docx$/);
      expect(comments(unzipDocx(new Uint8Array(instrumentWord.bytes))['word/comments.xml'])).toEqual([]);
      await expect(page.locator('main').getByRole('status')).toContainText('is ready');
      // The PDF library and the font come from this site only.
      const origin = new URL(page.url()).origin;
      expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
      expect(requests.some((u) => u.includes('/fonts/noto-sans-subset.ttf'))).toBe(true);
    });
  }

  test('the draft page loads neither the PDF nor the Word library until a file is asked for', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await withAnswers(page, 'state-preparing-talks');
    expect(scripts.some((u) => /jspdf|docx/.test(u))).toBe(false);
    await downloadWord(page);
    expect(scripts.some((u) => /docx/.test(u))).toBe(true);
    expect(scripts.some((u) => /jspdf/.test(u))).toBe(false);
  });

  test('the instrument on the page marks each blank and choice, and isolates right-to-left words so their full stop stays at their end', async ({ page }) => {
    await withAnswers(page, 'state-preparing-talks', (a) => (a.remarks = 'يجب أن تبقى المحادثات سرية'));
    await expect(page.locator('.mandate mark.blank').first()).toBeVisible();
    const own = page.locator('.mandate-article', { hasText: 'Further provisions' }).locator('.clause bdi', { hasText: 'يجب' });
    await expect(own).toHaveText('يجب أن تبقى المحادثات سرية.');
    expect(await own.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
  });

  test('answers in a script the PDF font lacks send the user to the print route, and the page keeps them exactly', async ({ page }) => {
    const text = 'सचिवालय शांति वार्ता का समर्थन करेगा';
    await withAnswers(page, 'state-preparing-talks', (a) => (a.remarks = text));
    await expect(page.locator('.warning')).toContainText('Use Print');
    await expect(page.locator('.mandate')).toContainText(text);
  });

  test('the print stylesheet hides the controls and keeps the mandate', async ({ page }) => {
    await withAnswers(page, 'armed-group-pre-formal');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.draft-controls')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
  });

  test('a long draft is drawn a few parts at a time and ends whole, with every part the composer made', async ({ page }) => {
    const { loadSiteContent } = await import('../../src/content-io/site.ts');
    const { compose } = await import('../../src/domain/mandate/compose.ts');
    const c = loadSiteContent();
    const doc = compose(c.questionnaire, readFixture('state-preparing-talks').answers, c.knowledge, c.mandate, { kind: 'brief', date: new Date(), lang: 'en', ui: c.ui });
    await withAnswers(page, 'state-preparing-talks');
    const parts = page.locator('.mandate .front-part, .mandate .mandate-article, .mandate .annex');
    await expect(parts).toHaveCount(doc.front.length + doc.articles.length + doc.annexes.length);
    await expect(page.locator('.mandate .annex').last()).toContainText(doc.annexes.at(-1)!.title);
    await expect(page.locator('.mandate')).not.toHaveAttribute('aria-busy', /.*/);
  });

  test("the page carries no content of its own: its head preloads its language's content file, from which the draft is drawn", async ({ page, request }) => {
    const html = await (await request.get('/es/draft/')).text();
    const preload = html.match(/<link rel="preload" as="fetch" href="([^"]+)" crossorigin="anonymous"/)?.[1];
    expect(preload).toMatch(/^\/es\/draft\/content\.json\?v=[0-9a-f]{12}$/);
    // Only the words shown until the content is here: no clause, lesson or question.
    const props = JSON.parse(html.match(/<script type="application\/json" id="draft-props">([\s\S]*?)<\/script>/)![1]!);
    expect(Object.keys(props).sort()).toEqual(['base', 'lang', 'languages', 'ui']);
    expect(Object.keys(props.ui).length).toBeLessThan(6);
    expect(html.length).toBeLessThan(30_000);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname + new URL(r.url()).search));
    await page.goto('/es/draft/');
    await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), readFixture('state-preparing-talks'));
    await page.reload();
    await expect(page.locator('.mandate:not([aria-busy])')).toHaveAttribute('lang', 'es');
    expect(fetched).toContain(preload);
  });

  test('a content file that does not arrive is said in plain words, and the answers stay', async ({ page }) => {
    await page.goto('/draft/');
    await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), readFixture('state-preparing-talks'));
    await page.route('**/draft/content.json*', (r) => r.abort());
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('The draft could not be loaded');
    await expect(page.getByRole('alert')).toContainText('reload the page');
    expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).not.toBeNull();
    await page.unroute('**/draft/content.json*');
    await page.reload();
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
  });

  test('without answers the page says what to do', async ({ page }) => {
    await page.goto('/draft/');
    await expect(page.locator('main')).toContainText('There are no answers on this device yet');
    await expect(page.getByRole('link', { name: 'Start now' })).toBeVisible();
  });

  test('with browser storage switched off, check-answers says to take the file along, and the draft page makes the PDF from it', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    // Loaded into the questionnaire, the answers live only in the page: check-answers says what to do.
    await page.goto('/questionnaire/');
    await page.getByLabel('Load answers from a file').setInputFiles(fixturePath('armed-group-pre-formal'));
    await page.getByRole('link', { name: 'Change your role' }).waitFor();
    await expect(page.locator('main')).toContainText('the draft page cannot read them from this device');

    await page.getByRole('link', { name: 'Continue to your draft' }).click();
    await expect(page.locator('main')).toContainText('This browser is not letting the site keep answers');
    await expectNoAxeViolations(page, 'the draft page without storage');
    await page.getByLabel('Load answers from a file').setInputFiles(fixturePath('armed-group-pre-formal'));
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
    await expect(page.locator('main')).toContainText('This browser is not keeping it, so keep the file');
    const pdf = await downloadPdf(page);
    expect(fold((await readPdf(pdf.bytes)).all)).toContain('Article 2. Establishment and status');
  });

  test('a file that is not an answers file is refused on the draft page in plain words, and a good one then opens', async ({ page }) => {
    await page.goto('/draft/');
    await page.getByLabel('Load answers from a file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page.locator('.error-summary')).toContainText('notes.json is JSON but not an answers file from this tool');
    await page.getByLabel('Load answers from a file').setInputFiles(fixturePath('state-preparing-talks'));
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
    await expect(page.locator(':focus')).toContainText('Answers loaded from state-preparing-talks.json.');
    // Where the browser keeps answers, the file's answers are kept, as in the questionnaire.
    expect(await page.evaluate(() => localStorage.getItem('psmd.answers'))).toContain('Secretaría de Paz');
    await expect(page.locator('main')).not.toContainText('This browser is not keeping it');
  });

  test('a PDF library that fails to load is reported in plain words and the page keeps working', async ({ page }) => {
    await page.route(/jspdf/, (route) => route.abort());
    await withAnswers(page, 'state-preparing-talks');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    await expect(page.locator('main').getByRole('status')).toContainText('could not be made');
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
  });
});
