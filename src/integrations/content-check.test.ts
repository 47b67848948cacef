import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentCheck } from './content-check.ts';
import { loadSiteContent } from '../content-io/site.ts';

const dir = mkdtempSync(join(tmpdir(), 'psmd-dev-'));
cpSync(join(process.cwd(), 'content'), join(dir, 'content'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Just enough of Astro's dev server and logger for the integration's hooks. */
function devServer() {
  const listeners: ((event: string, path: string) => void)[] = [];
  const sent: unknown[] = [];
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(`info ${m}`), error: (m: string) => logged.push(`error ${m}`) };
  const server = { watcher: { add: () => undefined, on: (_: string, f: (event: string, path: string) => void) => listeners.push(f) }, ws: { send: (m: unknown) => sent.push(m) } };
  return { listeners, sent, logged, logger, server, change: (path: string) => listeners.forEach((f) => f('change', join(dir, path))) };
}

describe('in astro dev, content reloads when a YAML file changes', () => {
  const hooks = contentCheck().hooks as Record<string, (o: unknown) => void>;
  const dev = devServer();
  hooks['astro:config:setup']!({ config: { root: pathToFileURL(`${dir}/`) }, logger: dev.logger });
  hooks['astro:server:setup']!({ server: dev.server, logger: dev.logger });
  const lesson = 'content/lessons/qualified-staff.yaml';
  const title = () => loadSiteContent(dir).knowledge.lessons.find((l) => l.id === 'qualified-staff')!.title;

  it('reads the changed file again and reloads the page', () => {
    expect(title()).toBe('Trusted staff also need the right expertise');
    writeFileSync(join(dir, lesson), readFileSync(join(dir, lesson), 'utf8').replace('the right expertise', 'the right skills'));
    dev.change(lesson);
    expect(title()).toBe('Trusted staff also need the right skills');
    expect(dev.sent).toEqual([{ type: 'full-reload' }]);
  });

  it('logs a content mistake and keeps the server running, and ignores files that are not content', () => {
    writeFileSync(join(dir, lesson), readFileSync(join(dir, lesson), 'utf8').replace('cases: []', 'cases: [atlantis]'));
    expect(() => dev.change(lesson)).not.toThrow();
    expect(dev.logged.at(-1)).toMatch(/^error The content has 1 problem:\ncontent\/lessons\/qualified-staff\.yaml → cases\.0: unknown case "atlantis"/);
    dev.change('src/pages/index.astro');
    expect(dev.sent).toHaveLength(2);
  });
});
