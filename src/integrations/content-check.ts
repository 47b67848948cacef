/**
 * Validates content/ when Astro starts (dev and build), so a broken reference fails fast with the file
 * and field, before any page is rendered. Translations are checked too: a language declared complete
 * fails on any missing, extra or stale translation; an in-progress one is counted in the log.
 * In `astro dev`, a change to a YAML file under content/ forgets the loaded content, checks it again
 * (a mistake is logged, the server keeps running) and reloads the page.
 */
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { forgetContent, loadSiteContent } from '../content-io/site.ts';
import { checkTranslations } from '../content-io/i18n.ts';
import { formatIssues } from '../domain/content/raw.ts';

function check(root: string, logger: AstroIntegrationLogger, quiet = false) {
  loadSiteContent(root);
  const t = checkTranslations(root);
  if (t.errors.length) throw new Error(`Translations of a language declared complete have ${t.errors.length} problem${t.errors.length === 1 ? '' : 's'}:\n${formatIssues(t.errors)}`);
  if (!quiet) for (const l of t.inProgress) logger.info(`${l.lang} (in progress, not published): ${l.missing} missing, ${l.stale} stale, ${l.extra} extra or invalid; see npm run i18n -- status`);
}

export function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = new URL(config.root).pathname.replace(/\/$/, '');
        check(root, logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        const content = join(root, 'content');
        server.watcher.add(content);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(content) || !/\.ya?ml$/.test(path)) return;
          forgetContent();
          try {
            check(root, logger, true);
          } catch (e) {
            logger.error((e as Error).message);
          }
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
