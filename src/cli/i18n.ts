/**
 * The translators' tool, on the same overlay as the loader and the content check.
 *
 *   npm run i18n -- extract <lang> [path …]   writes or updates content/i18n/<lang>/… (only the files under
 *                                             the given content paths, e.g. lessons/qualified-staff.yaml)
 *   npm run i18n -- status [lang]             per language and file: words translated, missing, stale
 *
 * extract never loses a translation: a translated field keeps its text; one whose English changed keeps
 * it too, with the new English beside it and a comment saying it is stale; an address English no longer
 * has keeps its text with a comment saying so (the check reports it as extra until it is removed).
 */
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Document, parse, Scalar } from 'yaml';
import { isLang, type Lang } from '../domain/i18n/lang.ts';
import { entrySchema, hashText, kindOf, translationFileSchema, wordCount, type Entry } from '../domain/i18n/overlay.ts';
import { baseFiles, readLanguages, readWordingSpec, translationReport } from '../content-io/i18n.ts';

const usage = 'Usage: npm run i18n -- extract <lang> [content path …] | npm run i18n -- status [lang]';

type Out = (line: string) => void;

/** Writes the skeletons for one language; returns the translation files written. */
export function extract(root: string, lang: Lang, only: string[] = [], out: Out = console.log): string[] {
  const spec = readWordingSpec(root);
  const written: string[] = [];
  let missing = 0, stale = 0, extra = 0;
  const reports = translationReport(root, lang);
  for (const base of baseFiles(root)) {
    const path = relative('content', base);
    const kind = kindOf(spec, path);
    if (!kind) continue;
    if (only.length && !only.some((o) => path === o || path.startsWith(o.endsWith('/') ? o : `${o}/`))) continue;
    const report = reports.find((r) => r.base === base)!;
    const overlay = report.overlay!;
    const file = join(root, report.translation);
    const old = existsSync(file) ? translationFileSchema.safeParse(parse(readFileSync(file, 'utf8'))) : undefined;
    const entries: Record<string, Entry> = (old?.success ? old.data : null) ?? {};
    const doc = new Document({});
    doc.commentBefore = ` ${names[lang] ?? lang} wording of ${base}: fill in each "text" (the English is "en").\n` +
      ' Leave "from" as it is: it marks which English the text translates. See the README, "Languages and translation".';
    const map = doc.contents as unknown as { add: (p: unknown) => void };
    for (const f of overlay.fields) {
      const e = entries[f.address];
      const from = hashText(f.text);
      const translated = e && e.text != null && e.text.trim() !== '';
      const node = doc.createPair(f.address, { en: f.text, from: translated ? e.from ?? '' : from, text: translated ? e.text : '' });
      if (!translated) missing++;
      else if (e.from !== from) {
        stale++;
        (node.key as Scalar).commentBefore = ` STALE: the English changed since this was translated. Revise "text", then set from: ${from}`;
      }
      map.add(node);
    }
    const known = new Set(overlay.fields.map((f) => f.address));
    for (const [address, e] of Object.entries(entries)) {
      if (known.has(address)) continue;
      extra++;
      const node = doc.createPair(address, entrySchema.parse(e));
      (node.key as Scalar).commentBefore = ' EXTRA: the English file has no such field any more; move the text to its new address or delete it';
      map.add(node);
    }
    mkdirSync(dirname(file), { recursive: true });
    const text = doc.toString({ lineWidth: 0 });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      writeFileSync(file, text);
      written.push(report.translation);
    }
  }
  out(`${lang}: ${written.length} file${written.length === 1 ? '' : 's'} written; ${missing} field${missing === 1 ? '' : 's'} to translate, ${stale} stale, ${extra} extra.`);
  return written;
}

const names: Partial<Record<Lang, string>> = { es: 'Spanish', fr: 'French' };

export interface StatusRow { lang: Lang; file: string; translated: number; missing: number; stale: number; extra: number }

/** Words (of the English) translated, missing and stale, per language and translation file. */
export function status(root: string, langs: Lang[]): StatusRow[] {
  const rows: StatusRow[] = [];
  for (const lang of langs) {
    for (const r of translationReport(root, lang)) {
      const words = (addresses: string[]) => addresses.reduce((n, a) => n + wordCount(r.overlay!.fields.find((f) => f.address === a)!.text), 0);
      rows.push({
        lang,
        file: r.translation,
        translated: r.overlay ? words(r.overlay.translated) : 0,
        missing: r.overlay ? words(r.overlay.missing) : 0,
        stale: r.overlay ? words(r.overlay.stale) : 0,
        extra: r.issues.filter((i) => i.problem === 'extra' || i.problem === 'invalid').length,
      });
    }
  }
  return rows;
}

export function printStatus(rows: StatusRow[], out: Out = console.log): void {
  const langs = [...new Set(rows.map((r) => r.lang))];
  for (const lang of langs) {
    const mine = rows.filter((r) => r.lang === lang);
    const sum = (k: 'translated' | 'missing' | 'stale' | 'extra') => mine.reduce((n, r) => n + r[k], 0);
    out(`${lang}: ${sum('translated')} words translated, ${sum('missing')} missing, ${sum('stale')} stale, ${sum('extra')} extra or invalid entries`);
    // Files with something translated (or wrong) one per line; untouched ones only counted, or the list is 90 lines.
    for (const r of mine.filter((r) => r.translated || r.stale || r.extra)) {
      out(`  ${r.file}: ${r.translated} translated, ${r.missing} missing, ${r.stale} stale${r.extra ? `, ${r.extra} extra or invalid` : ''}`);
    }
    const untouched = mine.filter((r) => !r.translated && !r.stale && !r.extra);
    if (untouched.length) out(`  ${untouched.length} file${untouched.length === 1 ? '' : 's'} not started (${untouched.reduce((n, r) => n + r.missing, 0)} words)`);
  }
}

export function main(argv: string[], root = process.cwd(), out: Out = console.log, err: Out = console.error): number {
  const [command, ...rest] = argv;
  if (command === 'extract') {
    const [lang, ...only] = rest;
    if (!isLang(lang) || lang === 'en' || lang === 'qps') { err(`extract needs a language to translate into (es, fr). ${usage}`); return 2; }
    const missingPath = only.find((o) => !existsSync(join(root, 'content', o)));
    if (missingPath) { err(`content/${missingPath} does not exist. Give paths under content/, e.g. lessons/qualified-staff.yaml.`); return 2; }
    extract(root, lang, only, out);
    return 0;
  }
  if (command === 'status') {
    const declared: Lang[] = readLanguages(root).map((l) => l.code).filter((c) => c !== 'en');
    const [lang] = rest;
    if (lang !== undefined && !declared.includes(lang as Lang)) { err(`${lang} is not declared in content/i18n/languages.yaml (${declared.join(', ')}). ${usage}`); return 2; }
    printStatus(status(root, lang ? [lang as Lang] : declared), out);
    return 0;
  }
  err(usage);
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(main(process.argv.slice(2)));
}
