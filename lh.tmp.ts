import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const { default: lighthouse } = await import('lighthouse' as string);
const { launch } = await import('chrome-launcher' as string);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
const p = await cdp.contexts()[0]!.newPage();
await p.goto('http://127.0.0.1:4399/questionnaire/');
const f = { ...JSON.parse(readFileSync('tests/fixtures/answers/state-preparing-talks.json', 'utf8')), at: 'check' };
await p.evaluate((f) => localStorage.setItem('psmd.answers', f), JSON.stringify(f));
await p.close();
for (const path of ['/questionnaire/?continue', '/draft/']) {
  const r = await lighthouse(`http://127.0.0.1:4399${path}`, { port: chrome.port, output: 'json', logLevel: 'error', disableStorageReset: true, onlyCategories: ['performance', 'best-practices'] });
  const audits = Object.values(r.lhr.audits as Record<string, any>).filter((a) => a.score !== null && a.score < 0.9 && ['numeric', 'binary'].includes(a.scoreDisplayMode));
  console.log(path, JSON.stringify(Object.fromEntries(Object.entries(r.lhr.categories).map(([k, v]: any) => [k, v.score]))), audits.map((a) => `${a.id} ${a.displayValue ?? ''}`).join(' | '));
}
await chrome.kill();
process.exit(0);
