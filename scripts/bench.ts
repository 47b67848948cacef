/**
 * npm run bench: builds and serves the site, then measures what users feel and prints a table
 * (and writes bench-results/latest.json, comparing with the previous run). It never fails on a
 * budget: it measures and compares; the README records the budgets and the last figures.
 *
 *   - script and style bytes (gzip) each page type loads before interaction
 *   - time from pressing Continue to the next question painted (median and p95, Chromium)
 *   - PDF time (warm, median of 10) and size per fixture, instrument and brief; Word time and size; font bytes on export
 *   - build time; Lighthouse (mobile) scores, when the `lighthouse` package is installed
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { loadSiteContent } from '../src/content-io/site.ts';
import { compose } from '../src/domain/mandate/compose.ts';
import { t } from '../src/domain/ui/strings.ts';
import { subsetNotoSans } from '../src/renderers/pdf/font-node.ts';
import { renderPdf } from '../src/renderers/pdf/jspdf.ts';
import { renderDocx } from '../src/renderers/docx/docx.ts';
import { readFixture } from '../tests/fixtures/read.ts';
import { siteHelper } from './lighthouse-browser.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4340);
const BASE = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;

const results: Record<string, unknown> = { date: new Date().toISOString() };

// Build time
const t0 = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
if (build.status !== 0) throw new Error('the build failed; run `npm run build` to see why');
results.buildSeconds = Number(((performance.now() - t0) / 1000).toFixed(1));

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', detached: true });
const stop = () => { try { process.kill(-server.pid!); } catch { /* already gone */ } };
process.on('exit', stop);
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(BASE)).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
const fixture = (name: string, at: string) => JSON.stringify({ ...readFixture(name), at });

async function seed(page: Page, name: string, at: string) {
  await page.goto(`${BASE}/questionnaire/`);
  await page.evaluate((f) => localStorage.setItem('psmd.answers', f), fixture(name, at));
}

/** Script and style bytes (gzip, as a server would send them) loaded before any interaction. */
async function pageWeight(path: string, prepare?: (p: Page) => Promise<void>) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  if (prepare) await prepare(page);
  const urls = new Set<string>();
  /** The content a page fetches as it opens (the draft's content file, the questionnaire's knowledge): counted with the document. */
  const data = new Set<string>();
  page.on('request', (r) => {
    if (['script', 'stylesheet'].includes(r.resourceType())) urls.add(r.url());
    // Fetched, or preloaded by the page's head for a fetch (the draft's content file).
    if (r.resourceType() !== 'document' && new URL(r.url()).pathname.endsWith('.json')) data.add(r.url());
  });
  await page.goto(`${BASE}${path}`, { waitUntil: 'networkidle' });
  const html = await page.content();
  // Inline scripts and styles count too: they are part of what the page ships. A JSON data block (an
  // island's props) is not script: it is counted with the document, below.
  const inline = [...html.matchAll(/<(script|style)([^>]*)>([\s\S]*?)<\/\1>/g)]
    .filter((m) => !m[2]!.includes('application/json'))
    .map((m) => m[3]!)
    .join('');
  // The document as served (its markup, and the content an island is given as props).
  const served = Buffer.from(await (await fetch(`${BASE}${path}`)).arrayBuffer());
  let document = gzipSync(served, { level: 9 }).length;
  for (const u of data) document += gzipSync(Buffer.from(await (await fetch(u)).arrayBuffer()), { level: 9 }).length;
  let script = 0;
  let style = 0;
  for (const u of urls) {
    const body = Buffer.from(await (await fetch(u)).arrayBuffer());
    if (u.endsWith('.css')) style += gzipSync(body, { level: 9 }).length;
    else script += gzipSync(body, { level: 9 }).length;
  }
  const inlineGz = inline ? gzipSync(inline, { level: 9 }).length : 0;
  await ctx.close();
  return { script, style, inline: inlineGz, total: script + style + inlineGz, document, files: urls.size };
}

const weights: Record<string, Awaited<ReturnType<typeof pageWeight>>> = {
  start: await pageWeight('/'),
  questionnaire: await pageWeight('/questionnaire/'),
  // One language's words only: the Spanish and French questionnaires carry their own, not English too.
  'questionnaire (es)': await pageWeight('/es/questionnaire/'),
  'questionnaire (fr)': await pageWeight('/fr/questionnaire/'),
  // ?continue opens the saved answers directly (as after "Start this scenario"), so this is check-answers itself.
  'check-answers': await pageWeight('/questionnaire/?continue', (p) => seed(p, 'state-preparing-talks', 'check')),
  workshops: await pageWeight('/workshops/'),
  'scenario page': await pageWeight('/workshops/nepal-2004/'),
  comparison: await pageWeight('/workshops/taliban-doha-2013/compare/', (p) => seed(p, 'scenario-taliban-doha-2013', 'check')),
  draft: await pageWeight('/draft/', (p) => seed(p, 'state-preparing-talks', 'check')),
  'case page': await pageWeight('/cases/sri-lanka/'),
  map: await pageWeight('/map/'),
};
results.weights = weights;

// Answer → next question painted, over full journeys.
async function journeyTimes(name: string): Promise<{ work: number; painted: number }[]> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${BASE}/questionnaire/`);
  // The first question is server-rendered; Continue submits only once the script has taken over.
  await page.locator('main form button[type="submit"]').waitFor();
  const answers = readFixture(name).answers as Record<string, unknown>;
  const times: { work: number; painted: number }[] = [];
  for (let i = 0; i < 80; i++) {
    const id = await page.locator('main form [name]').first().getAttribute('name').catch(() => null);
    if (!id) break;
    const ms = await page.evaluate(async ({ answers }) => {
      // A page may ask a few questions: answer every field it shows.
      const inputs = [...document.querySelectorAll<HTMLInputElement>('main form [name]')];
      for (const el of inputs) {
        const value = answers[el.name];
        if (el.type === 'radio') { if (el.value === value) el.click(); }
        else if (el.type === 'checkbox') { if (Array.isArray(value) && value.includes(el.value) !== el.checked) el.click(); }
        else if (typeof value === 'string') { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); }
      }
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const heading = document.querySelector('main h1')!.textContent;
      const start = performance.now();
      // "work": Continue pressed → the next question is in the DOM (our code: statechart, render).
      // "painted": → the frame that shows it has been produced (rAF, then the task after the paint),
      // which also includes waiting for the display's next frame (up to 16.7 ms at 60 Hz).
      const result = new Promise<{ work: number; painted: number }>((resolve) => {
        const mo = new MutationObserver(() => {
          if (document.querySelector('main h1')?.textContent !== heading) {
            mo.disconnect();
            const work = performance.now() - start;
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => resolve({ work, painted: performance.now() - start });
              ch.port2.postMessage(null);
            });
          }
        });
        mo.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
      });
      document.querySelector<HTMLButtonElement>('main form button[type="submit"]')!.click();
      return result;
    }, { answers });
    times.push(ms);
  }
  await ctx.close();
  return times;
}
const journeys = [await journeyTimes('state-preparing-talks'), await journeyTimes('armed-group-pre-formal')];
// The first answer of a visit also waits for the engine, which starts loading as the first field is
// answered (the bench presses Continue in the next frame; a person takes seconds): reported on its own.
const firsts = journeys.map((j) => j[0]!);
const steps = journeys.flatMap((j) => j.slice(1));
const work = steps.map((x) => x.work);
const painted = steps.map((x) => x.painted);
results.nextQuestion = {
  steps: steps.length,
  firstWorkMs: firsts.map((x) => Number(x.work.toFixed(1))),
  workMedianMs: Number(median(work).toFixed(1)),
  workP95Ms: Number(p95(work).toFixed(1)),
  paintedMedianMs: Number(median(painted).toFixed(1)),
  paintedP95Ms: Number(p95(painted).toFixed(1)),
};
await browser.close();

// PDF: warm timings in Node with the same composer, renderer and font as the browser.
const content = loadSiteContent();
const font = await subsetNotoSans();
/** Composes and renders each fixture's instrument and brief, warm: the median of 10 runs and the file's size. */
async function timeDocuments(render: (doc: ReturnType<typeof compose>) => Promise<Uint8Array>) {
  const out: Record<string, { medianMs: number; kb: number }> = {};
  for (const name of ['state-preparing-talks', 'armed-group-pre-formal']) {
    for (const kind of ['instrument', 'brief'] as const) {
      const run = async () => {
        const s = performance.now();
        const bytes = await render(compose(content.questionnaire, readFixture(name).answers, content.knowledge, content.mandate, { kind, date: new Date(), lang: 'en', ui: content.ui }));
        return { ms: performance.now() - s, size: bytes.length };
      };
      await run();
      const runs = [];
      for (let i = 0; i < 10; i++) runs.push(await run());
      out[`${name} ${kind}`] = { medianMs: Number(median(runs.map((r) => r.ms)).toFixed(0)), kb: Number((runs[0]!.size / 1024).toFixed(1)) };
    }
  }
  return out;
}
const pdf = await timeDocuments((doc) => renderPdf(doc, 'a4', font, { page: (n, total) => t(content.ui, 'draft.page', { n, total }) }));
results.pdf = pdf;
// Word: the same documents through the docx renderer (loaded on click in the browser, as jsPDF is).
const word = await timeDocuments((doc) => renderDocx(doc, 'a4'));
results.word = word;

// What a download fetches on click (gzip): the renderer's chunk, the library it imports, and their
// static imports that the draft page has not already loaded (a library's own optional imports, such as
// jsPDF's html2canvas, load only when used and are not counted).
const chunkImports = (f: string) => [...readFileSync(`dist/_astro/${f}`, 'utf8').matchAll(/(?:from|import)\s*\(?\s*["`]\.\/([^"`]+\.js)["`]/g)].map((m) => m[1]!);
const closure = (start: string[], follow: (f: string) => string[]) => {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f) || !existsSync(`dist/_astro/${f}`)) continue;
    seen.add(f);
    todo.push(...follow(f));
  }
  return seen;
};
const staticImports = (f: string) => [...readFileSync(`dist/_astro/${f}`, 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
const chunks = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
const draftPage = closure(chunks.filter((f) => f.startsWith('draft.astro')), staticImports);
const lazy: Record<string, number> = {};
for (const [label, prefix] of [['PDF (jsPDF and the renderer)', 'jspdf.'], ['Word (docx and the renderer)', 'docx.']] as const) {
  const entry = chunks.filter((f) => f.startsWith(prefix));
  lazy[label] = [...closure(entry, (f) => (entry.includes(f) ? chunkImports(f) : staticImports(f)))].filter((f) => !draftPage.has(f)).reduce((sum, f) => sum + gzipSync(readFileSync(`dist/_astro/${f}`), { level: 9 }).length, 0);
}
results.lazyChunks = lazy;
const fontFile = readFileSync('public/fonts/noto-sans-subset.ttf');
results.fontOnExport = { bytes: fontFile.length, gzip: gzipSync(fontFile, { level: 9 }).length };

const lighthouseMisses: Record<string, string[]> = {};
// Lighthouse, when installed (npm i -D lighthouse); it needs Node 22.19 or later, which npm scripts have.
try {
  const { default: lighthouse } = await import('lighthouse' as string);
  const { launch } = await import('chrome-launcher' as string);
  const chrome = await launch({ chromePath: CHROME, chromeFlags: FLAGS });
  const scores: Record<string, Record<string, number>> = {};
  const audit = async (label: string, path: string, keepStorage: boolean) => {
    const r = await lighthouse(`${BASE}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', disableStorageReset: keepStorage, onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    scores[label] = Object.fromEntries(Object.entries(r.lhr.categories as Record<string, { score: number }>).map(([k, v]) => [k, Math.round(v.score * 100)]));
    // What to look at when a score is below 100: the scored audits that did not pass.
    const audits = Object.values(r.lhr.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>);
    lighthouseMisses[label] = audits
      .filter((a) => a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'binary')
      .filter((a) => a.score !== null && a.score < 0.9)
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  };
  // A first visit: Lighthouse clears the site's storage before each of these.
  for (const [label, path] of [['start', '/'], ['questionnaire', '/questionnaire/'], ['case page', '/cases/nepal/'], ['workshops', '/workshops/'], ['map', '/map/'], ['start (es)', '/es/'], ['questionnaire (es)', '/es/questionnaire/'], ['questionnaire (fr)', '/fr/questionnaire/'], ['case page (fr)', '/fr/cases/nepal/']] as const) await audit(label, path, false);
  // With answers saved, for the pages that show them, in every language alike, in Lighthouse's own browser.
  // "returning": as a visitor who answered in that language comes back (its offline copy installed, the
  // browser's cache as that visit left it). "cold": the same answers, but no offline copy and an empty
  // cache, so every file comes over the (simulated) network.
  const { helper, forget } = await siteHelper(chrome.port, BASE);
  for (const l of ['', 'es', 'fr']) {
    const at = l ? `/${l}` : '';
    const suffix = l ? ` (${l})` : '';
    await forget();
    await helper.goto(`${BASE}${at}/questionnaire/`);
    await helper.evaluate((f) => localStorage.setItem('psmd.answers', f), fixture('state-preparing-talks', 'check'));
    // The offline copy is installed once its worker is active (it caches every file first).
    await helper.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 15_000))]));
    // Off the site's pages, so that no open page of it shares the audited page's work.
    await helper.goto(`${BASE}/favicon.svg`);
    await audit(`check-answers${suffix}`, `${at}/questionnaire/?continue`, true);
    await audit(`draft${suffix}`, `${at}/draft/`, true);
    await forget();
    await audit(`check-answers${suffix} cold`, `${at}/questionnaire/?continue`, true);
    await forget();
    await audit(`draft${suffix} cold`, `${at}/draft/`, true);
  }
  await helper.close();
  await chrome.kill();
  results.lighthouse = scores;
  results.lighthouseMisses = lighthouseMisses;
} catch (e) {
  results.lighthouse = `n/a (${(e as Error).message.split('\n')[0]})`;
}
stop();

// Print, compare, save.
mkdirSync('bench-results', { recursive: true });
const previous = existsSync('bench-results/latest.json') ? JSON.parse(readFileSync('bench-results/latest.json', 'utf8')) : null;
const delta = (now: number, before: number | undefined) => (before === undefined ? '' : ` (${now - before >= 0 ? '+' : ''}${(now - before).toFixed(1)})`);
console.log('\nPage weight before interaction (gzip)      script     style    inline     total    (change)    document');
for (const [k, w] of Object.entries(weights)) {
  const change = delta(w.total / 1024, previous?.weights?.[k] ? previous.weights[k].total / 1024 : undefined);
  const doc = `${kb(w.document)}${delta(w.document / 1024, previous?.weights?.[k]?.document ? previous.weights[k].document / 1024 : undefined)}`;
  console.log(`  ${k.padEnd(40)} ${kb(w.script).padStart(9)} ${kb(w.style).padStart(9)} ${kb(w.inline).padStart(9)} ${kb(w.total).padStart(9)} ${change.padEnd(11)} ${doc.padStart(11)}`);
}
console.log('  (script, style and inline: what runs or applies before interaction; document: the HTML as served,');
console.log('   including the content an island is given as JSON props, and the JSON content it fetches as it opens)');
const nq = results.nextQuestion as { steps: number; firstWorkMs: number[]; workMedianMs: number; workP95Ms: number; paintedMedianMs: number; paintedP95Ms: number };
console.log(`\nContinue → next question, over ${nq.steps} steps after each journey's first (Chromium, headless)`);
console.log(`  first answer of a visit    ${nq.firstWorkMs.join(' ms, ')} ms (in the DOM; it waits for the engine, loading since the answer)`);
console.log(`  in the DOM (our work)      median ${nq.workMedianMs} ms, p95 ${nq.workP95Ms} ms${delta(nq.workP95Ms, previous?.nextQuestion?.workP95Ms)}`);
console.log(`  painted (next frame)       median ${nq.paintedMedianMs} ms, p95 ${nq.paintedP95Ms} ms${delta(nq.paintedP95Ms, previous?.nextQuestion?.paintedP95Ms ?? previous?.nextQuestion?.p95Ms)}`);
console.log('\nPDF (warm, median of 10, Node)');
for (const [k, v] of Object.entries(pdf)) console.log(`  ${k.padEnd(40)} ${String(v.medianMs).padStart(5)} ms ${String(v.kb).padStart(7)} KB${delta(v.medianMs, previous?.pdf?.[k]?.medianMs)}`);
console.log('\nWord (warm, median of 10, Node)');
for (const [k, v] of Object.entries(word)) console.log(`  ${k.padEnd(40)} ${String(v.medianMs).padStart(5)} ms ${String(v.kb).padStart(7)} KB${delta(v.medianMs, previous?.word?.[k]?.medianMs)}`);
console.log('\nLoaded on click (gzip)');
for (const [k, v] of Object.entries(lazy)) console.log(`  ${k.padEnd(40)} ${kb(v).padStart(9)}`);
const f = results.fontOnExport as { bytes: number; gzip: number };
console.log(`\nFont fetched on export: ${kb(f.bytes)} (${kb(f.gzip)} gzip)\nBuild: ${results.buildSeconds} s${delta(results.buildSeconds as number, previous?.buildSeconds)}`);
console.log('\nLighthouse (mobile):', typeof results.lighthouse === 'string' ? results.lighthouse : '');
if (typeof results.lighthouse !== 'string') {
  for (const [k, v] of Object.entries(results.lighthouse as Record<string, Record<string, number>>)) {
    console.log(`  ${k.padEnd(24)} ${Object.entries(v).map(([c, s]) => `${c} ${s}`).join(', ')}`);
    if (lighthouseMisses[k]?.length) console.log(`  ${''.padEnd(24)} below 0.9: ${lighthouseMisses[k]!.join(', ')}`);
  }
}
if (previous) writeFileSync('bench-results/previous.json', JSON.stringify(previous, null, 2));
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2));
console.log('\nWritten to bench-results/latest.json');
process.exit(0);
