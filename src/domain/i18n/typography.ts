/**
 * Typography applied when a document is drawn, not when it is composed: the composer's text stays the
 * same in every renderer's input, and each renderer (HTML, PDF, Word) calls `typeset` once on the
 * document. Only French changes today; Spanish ¿ and ¡ are the wording's own.
 */
import type { MandateDocument } from '../mandate/document.ts';
import { langOfTag, type Lang } from './lang.ts';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

/**
 * French spacing: a narrow no-break space (U+202F) before ; ! ? and a no-break space (U+00A0) before :
 * and inside « ». A mark counts only where it ends a phrase (space, end or closing mark after it), so a
 * web address ("https://…", "?id=") and a time ("10:30") are left alone; a space typed before the mark is
 * replaced, not doubled, and "?!" gets one space. Applying it twice changes nothing.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/([^\s;:!?«])[ \u00A0\u202F]?([;!?]+)(?=\s|$|[)\]»”"’.,])/gu, `$1${NNBSP}$2`)
    .replace(/([^\s;:!?«])[ \u00A0\u202F]?:(?=\s|$)/gu, `$1${NBSP}:`)
    .replace(/«[ \u00A0\u202F]?/g, `«${NBSP}`)
    .replace(/[ \u00A0\u202F]?»/g, `${NBSP}»`);
}

/** The spacing rules of a language, as a function of one text; null where the language has none. */
export function spacingOf(lang: Lang): ((text: string) => string) | null {
  return lang === 'fr' ? frenchSpacing : null;
}

/** Fields that are identifiers, addresses or numbers, never prose: typography leaves them as they are. */
const NOT_PROSE = new Set(['id', 'key', 'to', 'url', 'number', 'letter', 'isoDate', 'fileStem', 'lang', 'form', 'kind']);
/**
 * A note's or an item's list of sources: the cited works' titles as published, often in English
 * ("Peace secretariats: an overview" keeps its colon as it is). Not the label "Sources:" (`labels.sources`).
 */
const isCited = (k: string, v: unknown) => k === 'sources' && Array.isArray(v);

function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((x) => mapStrings(x, f)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = NOT_PROSE.has(k) || isCited(k, v) ? v : mapStrings(v, f);
    return out as T;
  }
  return value;
}

/**
 * The document as its language sets it: every text of a French document with French spacing. A document
 * in a language without such rules is returned as it is (the same object), so English output cannot change.
 */
export function typeset(doc: MandateDocument): MandateDocument {
  const f = spacingOf(langOfTag(doc.lang));
  if (!f) return doc;
  const set = mapStrings(doc, f);
  // The sources annex lists the works cited as published (titles, publishers): only its own words change.
  const annexes = set.annexes.map((x, i) =>
    x.key !== 'sources' ? x : { ...x, blocks: doc.annexes[i]!.blocks.map((b) => (b.kind === 'item' && b.tag ? { ...b, tag: f(b.tag) } : b)) },
  );
  return { ...set, annexes };
}
