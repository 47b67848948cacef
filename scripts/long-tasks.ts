/**
 * npm run bench:tasks -- <path> [--returning]: where a page's load spends the main thread. It serves the
 * built site (run `npm run build` first), seeds the answers of state-preparing-talks (FIXTURE=name for
 * another), loads <path> (e.g. /es/draft/ or /fr/questionnaire/?continue) in Chromium with the CPU slowed
 * four times, as Lighthouse's mobile run counts it, and prints each task over 50 ms with the functions its
 * time went to (self and inclusive, from V8's sampler): the tasks Lighthouse's Total Blocking Time adds up.
 * --returning: as a visitor who comes back (the offline copy of the path's language installed, the
 * browser's cache warm); without it, nothing is cached. Chunk and function names are the built ones.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { readFixture } from '../tests/fixtures/read.ts';
const PORT = 4350, BASE = `http://127.0.0.1:${PORT}`;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', detached: true });
process.on('exit', () => { try { process.kill(-server.pid!); } catch {} });
for (let i = 0; i < 100; i++) { try { if ((await fetch(BASE)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 200)); }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
const path = process.argv.slice(2).find((a) => a.startsWith('/')) ?? '/es/questionnaire/?continue';
const returning = process.argv.includes('--returning') ? (path.match(/^\/(es|fr)\//)?.[0].slice(0, -1) ?? '') : null;
const ctx = await browser.newContext({ serviceWorkers: returning !== null ? 'allow' : 'block' });
const page = await ctx.newPage();
if (returning !== null) {
  await page.goto(`${BASE}${returning}/questionnaire/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
}
await page.goto(`${BASE}/favicon.svg`);
// FIXTURE=none: a first visit, no answers saved.
if (process.env.FIXTURE !== 'none') await page.evaluate((f) => localStorage.setItem('psmd.answers', f), JSON.stringify({ ...readFixture(process.env.FIXTURE ?? 'state-preparing-talks'), at: 'check' }));
if (returning !== null) { await page.goto(`${BASE}${path}`); await page.waitForTimeout(1500); await page.goto(`${BASE}/favicon.svg`); }
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'v8.execute'] });
await page.goto(`${BASE}${path}`);
await page.waitForTimeout(3000);
const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents as any[];
const main = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && ev.some((x) => x.pid === e.pid && x.name === 'RunTask' && x.dur > 50_000));
const { pid, tid } = main;
// Samples: ProfileChunk events carry nodes and (timeDelta, sample) pairs.
const nodes = new Map<number, any>();
const samples: { ts: number; node: number }[] = [];
let ts = 0;
const profIds = new Set(ev.filter((e) => e.pid === pid && e.tid === tid && e.name === 'Profile').map((e) => e.id));
for (const e of ev.filter((e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk') && profIds.has(e.id)).sort((a, b) => a.ts - b.ts)) {
  if (e.name === 'Profile') { ts = e.args.data.startTime; continue; }
  const d = e.args.data;
  for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
  const s = d.cpuProfile?.samples ?? [], dt = d.timeDeltas ?? [];
  for (let i = 0; i < s.length; i++) { ts += dt[i]; samples.push({ ts, node: s[i] }); }
}
const parentOf = new Map<number, number>();
for (const n of nodes.values()) if (n.parent) parentOf.set(n.id, n.parent);
const name = (n: any) => `${n.callFrame.functionName || '(anon)'} ${String(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber ?? ''}:${n.callFrame.columnNumber ?? ''}`;
const start = Math.min(...ev.filter((e) => e.ts > 0 && e.name === 'navigationStart').map((e) => e.ts));
const tasks = ev.filter((e) => e.pid === pid && e.tid === tid && e.name === 'RunTask' && e.dur > Number(process.env.OVER ?? 50) * 1000).sort((a, b) => a.ts - b.ts);
for (const t of tasks) {
  const inTask = samples.filter((s) => s.ts >= t.ts && s.ts <= t.ts + t.dur);
  const self = new Map<string, number>(); const incl = new Map<string, number>();
  for (let i = 0; i < inTask.length; i++) {
    const w = (inTask[i + 1]?.ts ?? inTask[i]!.ts) - inTask[i]!.ts;
    const n = nodes.get(inTask[i]!.node); if (!n) continue;
    self.set(name(n), (self.get(name(n)) ?? 0) + w);
    const seen = new Set<string>();
    for (let c: any = n; c; c = nodes.get(parentOf.get(c.id)!)) { const k = name(c); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + w); } }
  }
  const top = (m: Map<string, number>, k: number) => [...m].filter(([x]) => !/^\((root|program|idle)\)/.test(x)).sort((a, b) => b[1] - a[1]).slice(0, k).map(([x, v]) => `${(v / 1000).toFixed(0)} ${x}`).join(' | ');
  // What the browser did in the task besides script (style, layout, paint, parsing), by trace event.
  const kinds = new Map<string, number>();
  for (const e of ev) if (e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts > t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > Number(process.env.MIN ?? 2) * 1000 && e.name !== 'RunTask') kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur);
  const work = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${(v / 1000).toFixed(0)} ${k}`).join(' | ');
  console.log(`task of ${(t.dur / 1000).toFixed(0)} ms at ${((t.ts - start) / 1000).toFixed(0)} ms\n   work: ${work}\n   self: ${top(self, 6)}\n   incl: ${top(incl, 8)}`);
}
await browser.close();
process.exit(0);
