/**
 * npm run bench:lighthouse -- <path>… [--cold | --fresh] [--runs N] [--detail]: Lighthouse (mobile) on
 * some pages, N times each (3 unless told), printing each run's performance score with the metrics it is
 * made of, and the median run (Lighthouse's own advice for scores that vary between runs). Serves the
 * built site (run `npm run build` first).
 *   - by default "returning", as `npm run bench` audits check-answers and the draft: the answers of
 *     state-preparing-talks saved (FIXTURE=name for another) and the offline copy of the path's language
 *     installed, as a visitor who comes back;
 *   - --cold: the same answers, but no offline copy and an empty cache;
 *   - --fresh: a first visit, as Lighthouse audits by default (it clears storage and cache): no answers.
 * --detail adds the element Lighthouse took as the largest paint, the long tasks (simulated) and what
 * shifted. Scores move by a few points between runs on a 2-core machine, more when the host is busy: the
 * host's benchmark index is printed with each run (lower is slower).
 */
import { spawn } from 'node:child_process';
import { readFixture } from '../tests/fixtures/read.ts';
import { siteHelper } from './lighthouse-browser.ts';

const PORT = 4351;
const BASE = `http://127.0.0.1:${PORT}`;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const args = process.argv.slice(2);
const paths = args.filter((a) => a.startsWith('/'));
if (!paths.length) paths.push('/es/draft/');
const cold = args.includes('--cold');
const fresh = args.includes('--fresh');
const detail = args.includes('--detail');
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', detached: true });
process.on('exit', () => {
  try {
    process.kill(-server.pid!);
  } catch {
    /* already gone */
  }
});
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(BASE)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 200));
}

const { default: lighthouse } = await import('lighthouse' as string);
const { launch } = await import('chrome-launcher' as string);
const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
const { helper, forget } = await siteHelper(chrome.port, BASE);
const ms = (n: number | undefined) => (n === undefined ? '–' : `${Math.round(n)}`);
const pad = ''.padEnd(8);
type Audits = Record<string, { numericValue?: number; details?: any }>;

for (const path of paths) {
  const lang = path.match(/^\/(es|fr|qps)\//)?.[0].slice(0, -1) ?? '';
  console.log(`\n${path}, ${fresh ? 'first visit' : cold ? 'cold' : 'returning'}, ${runs} runs\nscore   FCP   LCP   TBT    SI    CLS  index`);
  const scores: number[] = [];
  for (let i = 0; i < runs; i++) {
    await forget();
    if (!fresh) {
      await helper.goto(`${BASE}${lang ? `/${lang}` : ''}/questionnaire/`);
      await helper.evaluate((f) => localStorage.setItem('psmd.answers', f), JSON.stringify({ ...readFixture(process.env.FIXTURE ?? 'state-preparing-talks'), at: 'check' }));
      // The offline copy is installed once its worker is active; a cold visit has none.
      if (cold) await forget();
      else await helper.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 15_000))]));
    }
    // Off the site's pages, so that no open page of it shares the audited page's work.
    await helper.goto(`${BASE}/favicon.svg`);
    const r = await lighthouse(`${BASE}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', disableStorageReset: !fresh, onlyCategories: ['performance'] });
    const a = r.lhr.audits as Audits;
    const score = Math.round(r.lhr.categories.performance.score * 100);
    scores.push(score);
    const metric = (id: string) => ms(a[id]!.numericValue).padStart(5);
    const index = Math.round(r.lhr.environment?.benchmarkIndex ?? 0);
    console.log(`${String(score).padStart(5)} ${metric('first-contentful-paint')} ${metric('largest-contentful-paint')} ${metric('total-blocking-time')} ${metric('speed-index')} ${(a['cumulative-layout-shift']!.numericValue ?? 0).toFixed(3).padStart(6)}  ${index}`);
    if (!detail) continue;
    // Lighthouse 13 names the largest paint's element, and its phases, in its LCP breakdown insight.
    const lcp = (a['lcp-breakdown-insight']?.details?.items ?? []) as any[];
    const node = lcp.find((x) => x.type === 'node');
    const phases = (lcp.find((x) => x.type === 'table')?.items ?? []).map((p: any) => `${p.label} ${ms(p.duration)}`).join(', ');
    console.log(`${pad}largest paint: ${node?.selector ?? '?'} "${String(node?.nodeLabel ?? '').slice(0, 50)}" (${phases})`);
    const dbg = a['long-tasks']?.details?.debugData as { urls: string[]; tasks: Record<string, number | string>[] } | undefined;
    const long = (dbg?.tasks ?? []).sort((x, y) => Number(x.startTime) - Number(y.startTime));
    console.log(`${pad}long tasks (simulated ms @ start): ${long.map((x) => `${Math.round(Number(x.duration))}@${Math.round(Number(x.startTime))} ${String(dbg!.urls[Number(x.urlIndex)]).split('/').pop()}`).join(', ')}`);
    // Where the main thread's time went (simulated), by kind: script, style and layout, parsing, rendering.
    const work = ((a['mainthread-work-breakdown']?.details?.items ?? []) as any[]).map((x) => `${x.groupLabel} ${ms(x.duration)}`).join(', ');
    console.log(`${pad}main thread: ${work}`);
    const shifted = ((a['cls-culprits-insight']?.details?.items?.[0]?.items ?? []) as any[]).filter((x) => x.node?.type === 'node').map((x) => x.node.selector);
    if (shifted.length) console.log(`${pad}shifted: ${shifted.join(', ')}`);
  }
  const sorted = [...scores].sort((x, y) => x - y);
  console.log(`median ${sorted[Math.floor(sorted.length / 2)]} (${sorted.join(', ')})`);
}
await helper.close();
await chrome.kill();
process.exit(0);
