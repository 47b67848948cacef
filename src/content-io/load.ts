/**
 * Reads content/ from disk (Node only: the build, the CLI and tests). Every door into the product
 * goes through here, so the site, the CLI and the tests can never read different content.
 * The domain validates; this module only reads files and parses YAML, and with a translator (i18n.ts)
 * hands back each file with its wording in that language, in the same shape.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { RawFile } from '../domain/content/raw.ts';
import type { Translator } from './i18n.ts';

/** Parses YAML, naming the file when it is not valid YAML (the build error then says where to look). */
function parseFile(path: string, shown: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${shown} is not valid YAML: ${(e as Error).message}`);
  }
}

/** All YAML files under content/<dir>, sorted by path so that order never depends on the file system. */
export function readYamlDir(root: string, dir: string, t?: Translator): RawFile[] {
  const base = join(root, 'content', dir);
  const out: RawFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name)) out.push({ file: relative(root, p), data: parseFile(p, relative(root, p)) });
    }
  };
  walk(base);
  return t ? out.map(t.file) : out;
}

/** One YAML file under content/. */
export function readYamlFile(root: string, path: string, t?: Translator): RawFile {
  const raw = { file: join('content', path), data: parseFile(join(root, 'content', path), join('content', path)) };
  return t ? t.file(raw) : raw;
}
