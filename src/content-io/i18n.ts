/**
 * Translations from disk (Node only): lays content/i18n/<lang>/<path> over content/<path> through the
 * domain's overlay, for the loader, the content check and `npm run i18n`. The pseudo-locale 'qps' goes
 * through the same overlay with entries generated from English instead of read from a file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawFile } from '../domain/content/raw.ts';
import { buildLanguages, type Language } from '../domain/i18n/languages.ts';
import type { Lang } from '../domain/i18n/lang.ts';
import { applyOverlay, generatedEntries, kindOf, wordingFileSchema, type Overlay, type TranslationIssue, type WordingSpec } from '../domain/i18n/overlay.ts';
import { pseudo } from '../domain/i18n/pseudo.ts';
import { readYamlFile } from './load.ts';
import { zodIssues } from '../domain/content/raw.ts';

export function readWordingSpec(root: string): WordingSpec {
  const raw = readYamlFile(root, 'i18n/wording.yaml');
  const r = wordingFileSchema.safeParse(raw.data);
  if (!r.success) throw new Error(zodIssues(raw.file, r.error).map((i) => `${i.file} → ${i.field}: ${i.message}`).join('\n'));
  return r.data;
}

export function readLanguages(root: string): Language[] {
  const b = buildLanguages(readYamlFile(root, 'i18n/languages.yaml'));
  if (b.issues.length) throw new Error(b.issues.map((i) => `${i.file} → ${i.field}: ${i.message}`).join('\n'));
  return b.languages;
}

/** content/lessons/x.yaml → content/i18n/es/lessons/x.yaml */
export function translationPath(lang: string, baseFile: string): string {
  return join('content', 'i18n', lang, relative('content', baseFile));
}

/** Every base content file (paths relative to the root), the translations' own folder left out. */
export function baseFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) { if (relative(root, p) !== join('content', 'i18n')) walk(p); }
      else if (/\.ya?ml$/.test(name)) out.push(relative(root, p));
    }
  };
  walk(join(root, 'content'));
  return out;
}

export interface Translator {
  lang: Lang;
  /** A base file with its wording in this language (the same file when it has no wording fields). */
  file(raw: RawFile): RawFile;
  /** What the files translated so far lacked or had too much of, by translation file and address. */
  issues: TranslationIssue[];
  overlays: Map<string, Overlay>;
}

export function translator(root: string, lang: Lang, spec = readWordingSpec(root)): Translator {
  const issues: TranslationIssue[] = [];
  const overlays = new Map<string, Overlay>();
  return {
    lang,
    issues,
    overlays,
    file(raw) {
      const kind = kindOf(spec, relative('content', raw.file));
      if (!kind) return raw;
      const path = translationPath(lang, raw.file);
      const done = overlays.get(raw.file);
      if (done) return { file: raw.file, data: done.data };
      const tr = lang === 'qps'
        ? generatedEntries(raw.data, kind, pseudo)
        : existsSync(join(root, path)) ? readYamlFile(root, relative('content', path)).data : undefined;
      const o = applyOverlay(path, raw.data, kind, tr);
      overlays.set(raw.file, o);
      issues.push(...o.issues);
      // The file name stays the base's: the domain's messages name the file whose structure is wrong.
      return { file: raw.file, data: o.data };
    },
  };
}

export interface FileReport {
  base: string;
  translation: string;
  overlay?: Overlay;
  issues: TranslationIssue[];
}

/** Every base file laid under its translation, and translation files with no base file, for one language. */
export function translationReport(root: string, lang: Lang): FileReport[] {
  const spec = readWordingSpec(root);
  const t = translator(root, lang, spec);
  const bases = baseFiles(root);
  const out: FileReport[] = [];
  for (const base of bases) {
    if (!kindOf(spec, relative('content', base))) continue;
    t.file(readYamlFile(root, relative('content', base)));
    const overlay = t.overlays.get(base)!;
    out.push({ base, translation: translationPath(lang, base), overlay, issues: overlay.issues });
  }
  const dir = join(root, 'content', 'i18n', lang);
  if (existsSync(dir)) {
    const expected = new Set(out.map((r) => r.translation));
    const walk = (d: string) => {
      for (const name of readdirSync(d).sort()) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (!expected.has(relative(root, p))) {
          const file = relative(root, p);
          out.push({ base: '', translation: file, issues: [{ file, field: '', message: 'extra: no content file with wording has this path (moved or removed?)', problem: 'extra' }] });
        }
      }
    };
    walk(dir);
  }
  return out;
}

/**
 * The content check's part for translations: every declared language's problems. A complete language's
 * are errors (the build stops); an in-progress one's are only counted, for the build's log.
 */
export function checkTranslations(root: string): { errors: TranslationIssue[]; inProgress: { lang: Lang; missing: number; stale: number; extra: number }[] } {
  const errors: TranslationIssue[] = [];
  const inProgress: { lang: Lang; missing: number; stale: number; extra: number }[] = [];
  for (const l of readLanguages(root)) {
    if (l.code === 'en') continue;
    const issues = translationReport(root, l.code).flatMap((r) => r.issues);
    if (l.status === 'complete') errors.push(...issues);
    else inProgress.push({ lang: l.code, missing: count(issues, 'missing'), stale: count(issues, 'stale'), extra: count(issues, 'extra') + count(issues, 'invalid') });
  }
  return { errors, inProgress };
}

const count = (issues: TranslationIssue[], p: TranslationIssue['problem']) => issues.filter((i) => i.problem === p).length;
