/**
 * Offline use: after the build, writes dist/sw.js with the list of every file the site needs (pages,
 * scripts, styles, the PDF library and its font), versioned by a hash of their contents, so a new
 * build replaces the old cache.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../domain/i18n/lang.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const base = '/';
        const all = files(root).filter((f) => !f.endsWith('sw.js')).sort();
        const hash = createHash('sha256');
        for (const f of all) hash.update(relative(root, f)).update(readFileSync(f));
        const version = hash.digest('hex').slice(0, 12);
        // Pages are cached under their directory URL (/draft/), which is how they are linked.
        const urls = all.map((f) => base + relative(root, f).split('\\').join('/').replace(/(^|\/)index\.html$/, '$1'));
        const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
        // The languages other than English, each a folder of pages (src/pages/[...lang]/).
        const langs: string[] = [...LANGS.filter((l) => l !== 'en'), 'qps'];
        writeFileSync(join(root, 'sw.js'), template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(urls)).replace('__LANGS__', JSON.stringify(langs)));
      },
    },
  };
}
