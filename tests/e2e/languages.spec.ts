/**
 * Languages: English at /, Spanish at /es/, French at /fr/. `npm run build:languages` builds the site
 * with the pseudo-locale `qps` too (accented, longer, every string in ⟦ ⟧, right to left) into
 * dist-languages/, which these tests serve themselves: it shows English written into code.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, completeWithKeyboard, expectNoAxeViolations, readFixture } from './helpers.ts';
import { loadSiteContent } from '../../src/content-io/site.ts';
import { t } from '../../src/domain/ui/strings.ts';
import { fold, readPdf } from '../pdf/read.ts';
import { paragraphs, unzipDocx } from '../docx/read.ts';

const ROOT = 'dist-languages';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.ttf': 'font/ttf' };
let server: Server;
let at = '';

test.beforeAll(async () => {
  if (!existsSync(join(ROOT, 'qps', 'index.html'))) throw new Error(`${ROOT}/ is missing or old: run npm run build:languages first (npm test does).`);
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    let file = join(ROOT, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(ROOT) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  at = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Every page of a language folder, as paths. */
function pagesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push(`/${p.slice(ROOT.length + 1, -'index.html'.length)}`);
    }
  };
  walk(join(ROOT, dir));
  return out.sort();
}

/**
 * Text a visitor reads that did not come through the translation: outside ⟦ ⟧, with three letters in a row.
 * Left out: cited works' names (<cite>, kept as published), text marked as another language (lang="es"
 * around an official name), the language switcher and the draft's language choices (each language named
 * in itself).
 */
function untranslated(html: string, userWords: readonly string[] = []): string[] {
  const body = html
    .slice(html.indexOf('<body'))
    .replace(/<(script|style|cite|title)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<nav class="languages"[\s\S]*?<\/nav>/g, '')
    // The draft's language choices name each language in itself, as the switcher does.
    .replace(/<label for="draft-lang-[^"]*"[^>]*>[^<]*<\/label>/g, '')
    .replace(/<(span|p|dd|dt|li|a) [^>]*\blang="(?!qps)[^"]*"[^>]*>[^<]*<\/\1>/g, '');
  return [...body.matchAll(/>([^<]+)</g)]
    .map((m) => userWords.reduce((t, w) => t.split(w).join(' '), m[1]!.replace(/&[a-z#0-9]+;/g, ' ')).trim())
    // The pseudo-locale formats dates as British English does ("30 Nov 2026"): that is the page's locale, not the browser's.
    .map((t) => t.replace(/\b\d{1,2} [A-Z][a-z]{2,8} \d{4}\b/g, ' ').trim())
    .filter((t) => /[A-Za-z]{3}/.test(t) && !/[⟦⟧]/.test(t));
}

test('the site is published in English, Spanish and French, each page offering the same page in the others', async ({ page }) => {
  await page.goto('/cases/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  // Built without the address it is served at, the page lists no alternates (search engines take full addresses only).
  await expect(page.locator('link[rel="alternate"]')).toHaveCount(0);
  await expect(page.locator('nav.languages a')).toHaveText(['English', 'Español', 'Français']);
  // The pseudo-locale is for tests only: never in the release build.
  expect((await page.request.get('/qps/')).status()).toBe(404);
  expect((await page.request.get('/es/')).status()).toBe(200);
});

test('every page in the pseudo-locale shows only translated words, so no English is written into the code', () => {
  const pages = pagesOf('qps');
  expect(pages.length).toBeGreaterThan(50);
  const found = pages.flatMap((p) => untranslated(readFileSync(join(ROOT, p, 'index.html'), 'utf8')).map((t) => `${p}: ${t.slice(0, 80)}`));
  expect(found).toEqual([]);
});

test('a Spanish page declares its language, lists the same page in every language, and the switcher keeps the page', async ({ page }) => {
  await page.goto(`${at}/es/cases/nepal/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const alternates = await page.locator('link[rel="alternate"]').evaluateAll((ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
  // Built with PSMD_SITE (npm run build:languages): the alternates are full addresses.
  const o = 'https://psmd.example';
  expect(alternates).toEqual([`en-GB ${o}/cases/nepal/`, `es ${o}/es/cases/nepal/`, `fr ${o}/fr/cases/nepal/`, `qps-plocm ${o}/qps/cases/nepal/`]);
  const switcher = page.getByRole('navigation', { name: /./ }).filter({ has: page.locator('a[hreflang]') });
  await expect(switcher.locator('a[aria-current]')).toHaveText('Español');
  await switcher.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(`${at}/fr/cases/nepal/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // Links inside the page stay in the language.
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => !h.startsWith('/fr/'))).toEqual([]);
  await expectNoAxeViolations(page, 'a French case page');
});

test('answers given in one language are there in another: they hold ids only', async ({ page }) => {
  await page.goto(`${at}/questionnaire/`);
  await page.locator('[name="user-role"][value="donor"]').check();
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator('main form [name="party-name"]')).toBeVisible();
  await page.goto(`${at}/fr/questionnaire/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // "Continue where you left off?" offers the English session's answers, instead of the first question.
  await expect(page.locator('main h1')).toBeVisible();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('psmd.answers') ?? '{}'));
  expect(saved.answers['user-role']).toBe('donor');
  await expect(page.locator('main form [name="user-role"]')).toHaveCount(0);
});

test('the pseudo-locale questionnaire runs right to left, hydrated, with its words from the translation', async ({ page }) => {
  await page.goto(`${at}/qps/questionnaire/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main h1')).toContainText('⟦');
  await page.locator('[name="user-role"]').first().check();
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator('main form [name="party-name"]')).toBeVisible();
  expect(untranslated(await page.content())).toEqual([]);
});

test('the pseudo-locale\'s pages that draw themselves in the browser show only translated words too', async ({ page }) => {
  test.slow();
  await page.goto(`${at}/qps/questionnaire/`);
  const file = readFixture('coalition-formal-talks');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', f), JSON.stringify({ ...file, at: 'check' }));
  // The user's own words (the party's name, a typed answer) are theirs, in whatever language they wrote.
  const typed = Object.values(file.answers).filter((v): v is string => typeof v === 'string' && /\s|[A-Z]/.test(v));
  for (const path of ['/qps/questionnaire/?continue', '/qps/draft/', '/qps/drafts/', '/qps/compare/designs/', '/qps/compare/case/nepal-2004/', '/qps/workshops/nepal-2004/compare/']) {
    await page.goto(`${at}${path}`);
    // Check-answers and the draft load their parts after hydration: wait for the page to settle.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('main')).not.toContainText(/^\s*⟦?Ļöáðíñĝ/);
    expect(untranslated(await page.content(), typed), path).toEqual([]);
  }
});

async function downloadAs(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await download.path())!);
}

for (const [lang, name, article, date] of [
  ['es', 'a Colombian party\'s adviser in Spanish', 'Artículo 2', /\d{1,2} de [a-z]+ de \d{4}/],
  ['fr', 'a francophone mediator in French', 'Article 2', /\d{1,2} [a-zéû]+ \d{4}/],
] as const) {
  test(`${name} answers by keyboard, checks the answers and downloads the draft as PDF and Word, all in that language`, async ({ page }) => {
    test.slow();
    const { ui, questionnaire } = loadSiteContent(process.cwd(), lang);
    const en = loadSiteContent(process.cwd());
    const { answers } = readFixture('coalition-formal-talks');
    await page.goto(`/${lang}/questionnaire/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const first = questionnaire.sections[0]!.questions[0]!;
    await expect(page.locator('main h1')).toHaveText(first.label);
    expect(first.label).not.toBe(en.questionnaire.sections[0]!.questions[0]!.label);
    await expectNoAxeViolations(page, `the first question in ${lang}`);
    await completeWithKeyboard(page, answers, undefined, t(ui, 'check.title'));
    await expectNoAxeViolations(page, `check your answers in ${lang}`);
    // Check-answers lists the questions in the language, none of them in English.
    const main = (await page.locator('main').textContent())!;
    expect(en.questionnaire.sections.flatMap((s) => s.questions.map((q) => q.shortLabel)).filter((l) => main.includes(l) && !questionnaire.sections.some((s) => s.questions.some((q) => q.shortLabel === l)))).toEqual([]);

    await page.goto(`/${lang}/draft/`);
    await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
    await expect(page.locator('.mandate')).toContainText(article);
    await expectNoAxeViolations(page, `the draft in ${lang}`);
    const pdf = await readPdf(await downloadAs(page, t(ui, 'draft.download-pdf')));
    expect(fold(pdf.all)).toContain(article);
    expect(pdf.pages[0]).toMatch(date);
    const word = unzipDocx(new Uint8Array(await downloadAs(page, t(ui, 'draft.download-docx'))));
    // Word numbers the articles itself ("Artículo %1."); a reference inside a sentence has the small letter.
    expect(word['word/numbering.xml']).toContain(`${article.split(' ')[0]} %1`);
    expect(paragraphs(word['word/document.xml']!).map((p) => p.text).join('\n')).toMatch(new RegExp(`\\b${article.split(' ')[0]!.toLowerCase()} \\d`));
    expect(word['word/styles.xml']).toContain(`<w:lang w:val="${lang}"/>`);
  });
}

test('an adviser reading the English pages makes the draft in Spanish: the text, its PDF and its Word file are Spanish, and the page stays English', async ({ page }) => {
  test.slow();
  const en = loadSiteContent(process.cwd());
  const es = loadSiteContent(process.cwd(), 'es');
  await page.goto('/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { ...readFixture('state-preparing-talks'), at: 'check' });
  await page.goto('/draft/');
  await page.getByLabel(t(en.ui, 'draft.version-instrument')).check();
  await expect(page.locator('.mandate')).toContainText('Article 2');
  // The instrument's article on languages names the text it is drafted in as authentic.
  await expect(page.locator('.mandate')).toContainText('The English text of');
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(page.locator('.mandate')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.mandate')).toContainText('Artículo 2');
  await expect(page.locator('.mandate')).toContainText('El texto en español de');
  // Cross-references inside a sentence take the small letter Spanish drafting uses.
  await expect(page.locator('.mandate')).toContainText(/con arreglo al artículo \d/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('main h1')).toHaveText(t(en.ui, 'draft.title'));
  await expectNoAxeViolations(page, 'the English draft page with a Spanish draft');
  const pdf = await readPdf(await downloadAs(page, t(en.ui, 'draft.download-pdf')));
  expect(fold(pdf.all)).toContain('Artículo 2');
  expect(pdf.pages[0]).toMatch(/\d{1,2} de [a-z]+ de \d{4}/);
  expect(fold(pdf.all)).toContain(fold(t(es.ui, 'draft.page', { n: 1, total: pdf.pages.length })));
  const word = unzipDocx(new Uint8Array(await downloadAs(page, t(en.ui, 'draft.download-docx'))));
  expect(word['word/numbering.xml']).toContain('Artículo %1');
  expect(paragraphs(word['word/document.xml']!).map((p) => p.text).join('\n')).toContain('El texto en español de');
  expect(word['word/styles.xml']).toContain('<w:lang w:val="es"/>');
  // Back to English: the page's own content, nothing fetched.
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.locator('.mandate')).toContainText('Article 2');
});

test('the language a draft was made in is remembered on this device for the next visit, and "Delete my answers" forgets it', async ({ page }) => {
  const en = loadSiteContent(process.cwd());
  await page.goto('/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { ...readFixture('state-preparing-talks'), at: 'check' });
  await page.goto('/draft/');
  await expect(page.locator('.mandate:not([aria-busy])')).toHaveAttribute('lang', 'en-GB');
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(page.locator('.mandate')).toHaveAttribute('lang', 'es');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();
  await expect(page.locator('.mandate:not([aria-busy])')).toHaveAttribute('lang', 'es');
  await expect(page.locator('main h1')).toHaveText(t(en.ui, 'draft.title'));
  // The Spanish page makes it in Spanish too; choosing English there is remembered in turn.
  await page.goto('/es/draft/');
  await expect(page.locator('.mandate:not([aria-busy])')).toHaveAttribute('lang', 'es');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.locator('.mandate')).toHaveAttribute('lang', 'en-GB');
  await page.goto('/draft/');
  await expect(page.locator('.mandate:not([aria-busy])')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await page.getByRole('radio', { name: 'Français' }).check();
  await expect(page.locator('.mandate')).toHaveAttribute('lang', 'fr');
  await page.getByRole('button', { name: t(en.ui, 'files.delete') }).click();
  await page.getByRole('button', { name: t(en.ui, 'files.delete-yes') }).click();
  await expect(page.locator(':focus')).toContainText(t(en.ui, 'files.deleted'));
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('a draft language that cannot be fetched says so, and the draft stays in the language it was in', async ({ page }) => {
  const en = loadSiteContent(process.cwd());
  await page.goto('/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { ...readFixture('state-preparing-talks'), at: 'check' });
  await page.route('**/fr/draft/content.json*', (r) => r.abort());
  await page.goto('/draft/');
  await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
  await page.getByRole('radio', { name: 'Français' }).click();
  await expect(page.getByRole('status').filter({ hasText: t(en.ui, 'draft.language-failed', { language: 'French', current: 'English' }) })).toBeVisible();
  await expect(page.locator('.mandate')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
});
