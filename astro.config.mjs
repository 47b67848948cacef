// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { contentCheck } from './src/integrations/content-check.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { chunkOf } from './src/integrations/chunks.ts';

// Static output only: the site must work from any static host or a USB stick.
export default defineConfig({
  // The address the site is served at, when known (PSMD_SITE=https://…): pages then list their other
  // languages as full addresses (hreflang), which search engines require. Nothing is fetched from it.
  ...(process.env.PSMD_SITE ? { site: process.env.PSMD_SITE } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [preact(), contentCheck(), serviceWorker()],
  // Answers never leave the device: the Content-Security-Policy allows only this site's own files
  // (Astro adds hashes for its inline scripts and styles), so no third-party request can happen.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
      ],
    },
  },
  // Fewer, larger script files for the pages' first load (src/integrations/chunks.ts says why).
  vite: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: chunkOf((id) => /questionnaire\.astro\?astro&type=script/.test(id)) }] } } } } },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
