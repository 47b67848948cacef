import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built site (astro preview) in Debian's Chromium: Playwright's own
 * browser download cannot work on these machines, and nothing needs it.
 */
const port = Number(process.env.PORT ?? 4322);
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    acceptDownloads: true,
    // The service worker is tested on its own (offline.spec.ts); elsewhere it would answer requests
    // that tests intercept.
    serviceWorkers: 'block',
    trace: 'off',
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
