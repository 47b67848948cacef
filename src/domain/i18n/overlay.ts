/**
 * One content core, wording per language: the base (English) files hold structure and wording; a
 * translation is a file of its own (content/i18n/<lang>/<same path>) that replaces wording fields by
 * address. Which fields are wording is data (content/i18n/wording.yaml), so the loader, the content
 * check, the translators' tool and the pseudo-locale all read one list. Pure: no file system.
 */
import { z } from '../zod.ts';
import type { ContentIssue } from '../content/raw.ts';

export const wordingFileSchema = z.strictObject({
  kinds: z.record(z.string(), z.strictObject({
    files: z.string().min(1),
    wording: z.array(z.string().min(1)).min(1),
    keep: z.array(z.string().min(1)).optional(),
  })),
});
export type WordingSpec = z.infer<typeof wordingFileSchema>;
export interface Kind { name: string; files: string; wording: string[]; keep: string[] }

/** The kind a base file belongs to (its path relative to content/), or undefined for a file with no wording. */
export function kindOf(spec: WordingSpec, path: string): Kind | undefined {
  for (const [name, k] of Object.entries(spec.kinds)) {
    if (k.files.endsWith('/') ? path.startsWith(k.files) : path === k.files) return { name, files: k.files, wording: k.wording, keep: k.keep ?? [] };
  }
  return undefined;
}

/** A pattern's steps: `questions[].options[].label` → ['questions', '[]', 'options', '[]', 'label']. */
function steps(pattern: string): string[] {
  return pattern.split('.').flatMap((s) => (s.endsWith('[]') ? [s.slice(0, -2), '[]'].filter(Boolean) : [s]));
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** An element's own id (its `id`, `key`, or the question id it is about), if it has one. */
function ownId(el: unknown): string | undefined {
  if (!el || typeof el !== 'object' || Array.isArray(el)) return undefined;
  const o = el as Record<string, unknown>;
  // `question` names an element only where it holds a question's id (a risk's safeguard holds prose there).
  for (const k of ['id', 'key', 'question']) if (typeof o[k] === 'string' && ID.test(o[k] as string)) return o[k] as string;
  return undefined;
}

/**
 * How each element of a list is named in an address: by its id, so reordering or inserting breaks
 * nothing; by its position where the list's elements have no ids, or ids that are not unique.
 */
function elementNames(list: unknown[]): string[] {
  const ids = list.map(ownId);
  const named = ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
  return named ? (ids as string[]) : list.map((_, i) => String(i));
}

export interface Field {
  address: string;
  text: string;
  /** Where the string sits, to replace it in a copy of the same data. */
  at: (string | number)[];
}

/** Every string the patterns reach in `data`, with its address. */
export function fieldsAt(data: unknown, patterns: string[]): Field[] {
  const out: Field[] = [];
  const seen = new Set<string>();
  const add = (f: Field) => { if (!seen.has(f.address)) { seen.add(f.address); out.push(f); } };
  const everything = (v: unknown, address: string, at: (string | number)[]) => {
    if (typeof v === 'string') add({ address, text: v, at });
    else if (Array.isArray(v)) {
      const names = elementNames(v);
      v.forEach((el, i) => everything(el, `${address}[${names[i]}]`, [...at, i]));
    }
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) everything(x, address ? `${address}.${k}` : k, [...at, k]);
  };
  const go = (v: unknown, rest: string[], address: string, at: (string | number)[]) => {
    if (rest.length === 0) { if (typeof v === 'string') add({ address, text: v, at }); return; }
    const [s = '', ...more] = rest;
    if (s === '**') { everything(v, address, at); return; }
    if (s === '[]') {
      if (Array.isArray(v)) {
        const names = elementNames(v);
        v.forEach((el, i) => go(el, more, `${address}[${names[i]}]`, [...at, i]));
      }
      return;
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) return;
    const o = v as Record<string, unknown>;
    const keys = s === '*' ? Object.keys(o) : Object.hasOwn(o, s) ? [s] : [];
    for (const k of keys) go(o[k], more, address ? `${address}.${k}` : k, [...at, k]);
  };
  for (const p of patterns) go(data, steps(p), '', []);
  return out;
}

/** A short hash of the English a translation was made from (FNV-1a, 32 bits): a later English edit makes it stale. */
export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (const ch of s.normalize('NFC')) {
    const c = ch.codePointAt(0)!;
    h ^= c & 0xff; h = Math.imul(h, 0x01000193);
    if (c > 0xff) { h ^= c >>> 8; h = Math.imul(h, 0x01000193); }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** One entry of a translation file: the translated text and the hash of the English it translates. */
export const entrySchema = z.strictObject({
  /** The English at the time of extraction, for the translator to read; never used by the site. */
  en: z.string().optional(),
  from: z.string().regex(/^[0-9a-f]{8}$/, 'from must be the 8-character hash `npm run i18n -- extract` wrote').optional(),
  text: z.string().nullable().optional(),
});
export const translationFileSchema = z.record(z.string(), entrySchema).nullable();
export type Entry = z.infer<typeof entrySchema>;

export type Problem = 'missing' | 'extra' | 'stale' | 'invalid';
export interface TranslationIssue extends ContentIssue { problem: Problem }

export interface Overlay {
  /** The base file's data with every translated wording field replaced (a copy; the base is untouched). */
  data: unknown;
  issues: TranslationIssue[];
  fields: Field[];
  /** Addresses translated and current, missing, stale. */
  translated: string[];
  missing: string[];
  stale: string[];
}

/** A file with nothing to translate (the empty translation file of a kind with no wording here). */
function copy<T>(v: T): T { return structuredClone(v); }

function setAt(root: unknown, at: (string | number)[], value: string) {
  let o = root as Record<string | number, unknown>;
  for (const k of at.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[at[at.length - 1]!] = value;
}

/**
 * Lays a translation over a base file. `file` is the translation's path (for messages); `raw` the parsed
 * translation file (undefined where there is none). Missing and stale fields keep the English (the
 * caller decides whether that is allowed); an extra address (no such wording field in English) is reported.
 */
export function applyOverlay(file: string, base: unknown, kind: Kind, raw: unknown): Overlay {
  const fields = fieldsAt(base, kind.wording);
  const data = copy(base);
  const issues: TranslationIssue[] = [];
  const translated: string[] = [], missing: string[] = [], stale: string[] = [];
  const parsed = raw === undefined ? { success: true as const, data: {} } : translationFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push({ file, field: i.path.map(String).join('.'), message: i.message, problem: 'invalid' });
  }
  const entries: Record<string, Entry> = (parsed.success ? parsed.data : null) ?? {};
  const known = new Set(fields.map((f) => f.address));
  for (const f of fields) {
    const e = entries[f.address];
    if (!e || e.text == null || e.text.trim() === '') {
      missing.push(f.address);
      issues.push({ file, field: f.address, message: 'missing: no translation of this field', problem: 'missing' });
      continue;
    }
    const wrong = placeholderDrift(f.text, e.text);
    if (wrong) {
      // Not laid over: a slot the composer or the interface fills by name would be lost or unknown.
      missing.push(f.address);
      issues.push({ file, field: f.address, message: wrong, problem: 'invalid' });
      continue;
    }
    setAt(data, f.at, e.text);
    if (e.from !== hashText(f.text)) {
      stale.push(f.address);
      issues.push({ file, field: f.address, message: `stale: the English changed since it was translated (now "${clip(f.text)}")`, problem: 'stale' });
    } else translated.push(f.address);
  }
  for (const a of Object.keys(entries)) {
    if (!known.has(a)) issues.push({ file, field: a, message: 'extra: the English file has no such wording field (renamed or removed?)', problem: 'extra' });
  }
  return { data, issues, fields, translated, missing, stale };
}

/** The {placeholders} a text uses, by name (a translation may capitalise one that opens its sentence). */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!.toLowerCase()))].sort();

/** Why a translation's placeholders differ from the English's, or undefined when they match. */
export function placeholderDrift(english: string, text: string): string | undefined {
  const want = placeholders(english), got = placeholders(text);
  if (want.join() === got.join()) return undefined;
  const show = (l: string[]) => (l.length ? l.map((p) => `{${p}}`).join(', ') : 'none');
  return `invalid: the text must keep the English's placeholders (${show(want)}), not ${show(got)}`;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

/** The translation entries a pure function makes for every wording field (the pseudo-locale's way in). */
export function generatedEntries(base: unknown, kind: Kind, translate: (s: string, verbatim: string[]) => string): Record<string, Entry> {
  // What the file keeps untranslated (an official name in its own language) stays verbatim inside wording too.
  const verbatim = fieldsAt(base, kind.keep).map((f) => f.text);
  return Object.fromEntries(fieldsAt(base, kind.wording).map((f) => [f.address, { from: hashText(f.text), text: translate(f.text, verbatim) }]));
}

/** Words in a text, for the translators' counts. */
export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}
