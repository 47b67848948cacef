#!/usr/bin/env node
// Runs `npm ci` when dependencies are missing or older than the lock file, so that the README's two
// commands (`npm start`, `npm test`) work on a fresh clone. Plain JavaScript: it runs on the machine's
// own Node (20) before the project's Node 24 is installed.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || !existsSync('node_modules/.bin/node') || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing dependencies (npm ci)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 1);
}
