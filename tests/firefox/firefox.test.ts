/**
 * The second engine: the questionnaire to check-answers, the draft and a PDF download in Firefox ESR
 * (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi, against an `astro preview` of the
 * built site that this file starts on its own port and stops. Many of the people this serves use
 * Firefox: it works there today, and this keeps it so.
 *
 *   npm run test:firefox     (after npm run build; FIREFOX_PORT, FIREFOX_PATH to override)
 *
 * The site's Content-Security-Policy forbids evaluated code, so nothing here waits with
 * page.waitForFunction: `until` polls from Node with element queries, each wait bounded.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFixture } from '../fixtures/read.ts';
import { loadSiteContent } from '../../src/content-io/site.ts';
import { pageOf } from '../../src/domain/questionnaire/pages.ts';

/** The questionnaire, for the questions each page asks. */
const { questionnaire } = loadSiteContent();

const port = Number(process.env.FIREFOX_PORT ?? 4342);
const base = `http://127.0.0.1:${port}`;
const downloads = mkdtempSync(join(tmpdir(), 'psmd-firefox-'));
const fixture = readFixture('armed-group-pre-formal');
const answers = fixture.answers as Record<string, string | string[] | undefined>;

let server: ChildProcess;
let browser: Browser;
let page: Page;
/** Requests that left this machine, and Content-Security-Policy reports: both must stay empty. */
const outside: string[] = [];
const cspViolations: string[] = [];

/** Polls `check` from Node until it gives a truthy value, or fails saying what it waited for. */
async function until<T>(what: string, check: () => Promise<T>, ms = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox: gave up after ${ms / 1000} s waiting for ${what}${last ? ` (${(last as Error).message})` : ''}`);
}

const text = (selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
const hydrated = () => until('the page’s islands to hydrate', async () => (await page.$('[data-island]')) !== null && (await page.$('[data-island]:not([data-hydrated])')) === null);
/** The question on screen, from its form's field names (null on another page). */
const question = () => page.$eval('main form [name]', (el) => el.getAttribute('name')).catch(() => null);

before(async () => {
  // This Node (24, from node_modules/.bin under npm), not whichever `node` the astro script's #! finds.
  server = spawn(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  let exited = false;
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  server.on('exit', () => (exited = true));
  for (let waited = 0; !(await fetch(`${base}/`).then((r) => r.ok, () => false)); waited += 200) {
    if (exited || waited > 60_000) throw new Error(`astro preview did not serve on port ${port}${exited ? ' (it stopped)' : ''}:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    downloadBehavior: { policy: 'allow', downloadPath: downloads },
    // The same, as Firefox preferences, for a Firefox whose WebDriver BiDi lacks download behaviour.
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/pdf,application/json',
      'pdfjs.disabled': true,
    },
  });
  page = await browser.newPage();
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(base) && !url.startsWith('blob:') && !url.startsWith('data:') && !url.startsWith('about:')) outside.push(url);
  });
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) cspViolations.push(m.text());
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(downloads, { recursive: true, force: true });
});

describe('Firefox ESR', () => {
  it('answers the questionnaire to check-answers, one page at a time', async () => {
    await page.goto(`${base}/questionnaire/`);
    await hydrated();
    const asked: string[] = [];
    for (let i = 0; i < 100; i++) {
      const id = await until('a question or check-answers', async () => (await question()) ?? ((await text('main h1')) === 'Check your answers' ? 'check' : null));
      if (id === 'check') break;
      asked.push(id);
      // A page may ask a few questions (content's `pages`): answer each one it shows.
      for (const q of pageOf(questionnaire, id)!.questions) {
        if (!(await page.$(`[name="${q.id}"]`))) continue;
        const value = answers[q.id];
        if (typeof value === 'string' && (await page.$(`[name="${q.id}"][value="${value}"]`))) await page.click(`[name="${q.id}"][value="${value}"]`);
        else if (Array.isArray(value)) for (const v of value) await page.click(`[name="${q.id}"][value="${v}"]`);
        else if (typeof value === 'string') await page.type(`[name="${q.id}"]`, value);
      }
      await page.click('main form button[type="submit"]');
      await until(`leaving the question ${id}`, async () => (await question()) !== id);
    }
    assert.equal(await text('main h1'), 'Check your answers');
    assert.ok(asked.length >= 20, `asked ${asked.length} questions`);
    assert.ok((await text('main')).includes(answers['party-name'] as string), 'the summary shows the party’s name');
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('psmd.answers'))) ?? '{}');
    for (const id of asked) assert.deepEqual(saved.answers?.[id], answers[id], `the saved answer to ${id}`);
  });

  it('opens the draft from check-answers, with the user’s names in it', async () => {
    await page.click('a.button[href$="draft/"]');
    await until('the draft page, drawn whole', async () => (await page.$('.mandate:not([aria-busy])')) !== null, 20_000);
    await hydrated();
    const draft = await text('.mandate');
    assert.ok(draft.includes(answers['secretariat-name'] as string), 'the draft names the secretariat');
    assert.ok(/Article 1\b/.test(draft), 'the draft has its first article');
  });

  it('downloads the PDF: the file arrives and is a PDF', async () => {
    const buttons = await page.$$('button');
    let clicked = false;
    for (const b of buttons) {
      if ((await b.evaluate((el) => el.textContent?.trim())) === 'Download PDF') {
        await b.click();
        clicked = true;
        break;
      }
    }
    assert.ok(clicked, 'a Download PDF button');
    const status = await until('“is ready” in the status line', async () => ((await text('[role="status"].hint')).includes('is ready') ? text('[role="status"].hint') : null), 30_000);
    const name = await until('the PDF in the download folder', async () => readdirSync(downloads).find((f) => f.endsWith('.pdf') && !f.endsWith('.part')), 30_000);
    assert.ok(status.includes(name), `the status names ${name}`);
    const bytes = await until('the whole PDF on disk', async () => {
      const b = readFileSync(join(downloads, name));
      return b.subarray(-6).toString('latin1').includes('%%EOF') ? b : null;
    });
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(bytes.length > 10_000, `${bytes.length} bytes`);
  });

  it('sent no request off this machine and broke no Content-Security-Policy rule', () => {
    assert.deepEqual(outside, []);
    assert.deepEqual(cspViolations, []);
  });
});
