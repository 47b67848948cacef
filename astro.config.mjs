// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { contentCheck } from './src/integrations/content-check.ts';

// Static output only: the site must work from any static host or a USB stick.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [preact(), contentCheck()],
  // Answers never leave the device: nothing here adds a third-party request.
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
