import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Browser tests run in their own runners: Playwright (e2e) and node:test with Firefox (firefox).
    exclude: ['tests/e2e/**', 'tests/firefox/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
