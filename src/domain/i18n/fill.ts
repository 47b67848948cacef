/**
 * What filling a string in a language needs: the locale numbers are written in, and the contraction of a
 * preposition with the article a slot's words open with. Kept apart from grammar.ts (which re-exports
 * them), so that the interface's strings (ui/strings.ts) do not bring the composer's grammar to every page.
 */
import { type Lang } from './lang.ts';

/** The locale `Intl` formats with. English is British English (the drafts' spelling and dates); the pseudo-locale formats as English. */
export function intlLocale(lang: Lang): string {
  return lang === 'es' ? 'es' : lang === 'fr' ? 'fr' : 'en-GB';
}

/**
 * One `Intl` formatter per kind, language and options, made once: building one loads locale data and
 * costs far more than formatting (a draft formats hundreds of dates, plurals and lists; a formatter made
 * for each took a fifth of composing it). Formatters are immutable, so sharing them is safe.
 */
const formatters = new Map<string, unknown>();
export function intlCached<T>(kind: string, lang: Lang, options: object, make: (locale: string) => T): T {
  const key = `${kind}\0${lang}\0${JSON.stringify(options)}`;
  let f = formatters.get(key) as T | undefined;
  if (f === undefined) formatters.set(key, (f = make(intlLocale(lang))));
  return f;
}

/** "1,234.5" / "1.234.567,5" / "1 234,5" (French groups with a narrow no-break space). */
export function formatNumber(lang: Lang, n: number, options: Intl.NumberFormatOptions = {}): string {
  return intlCached('number', lang, options, (l) => new Intl.NumberFormat(l, options)).format(n);
}

/** Marks where a slot's words begin in a filled template, for `contractAtSlots`. */
export const SLOT_MARK = '\u0001';

// Compiled once: a page fills hundreds of strings, and a Unicode property pattern is costly to build.
const M = SLOT_MARK;
const ES_CONTRACT = new RegExp(`(?<![\\p{L}])(de|a) ${M}(el)(?=\\s)`, 'giu');
const FR_ELIDE = new RegExp(`(?<![\\p{L}])(de) ${M}(?=[aeiouyàâäéèêëîïôöûü]\\p{L})`, 'giu');
const FR_CONTRACT = new RegExp(`(?<![\\p{L}])(de|à) ${M}(les|le)(?=\\s)`, 'giu');

/**
 * Contracts a preposition with the article a slot's words open with, as Spanish and French require
 * ("de" + "el Gobierno" → "del Gobierno"; "à" + "le Secrétariat" → "au Secrétariat", "de" + "les Parties"
 * → "des Parties"), only where a slot begins (after SLOT_MARK), so that wording such as "afin de le
 * faire" is left alone; then removes the marks. Capitalised articles of names ("El Salvador") are kept.
 */
export function contractAtSlots(text: string, lang: Lang): string {
  if (!text.includes(M)) return text;
  let t = text;
  const keepCase = (prep: string, out: string) => (prep[0] === prep[0]!.toUpperCase() ? out[0]!.toUpperCase() + out.slice(1) : out);
  if (lang === 'es')
    t = t.replace(ES_CONTRACT, (all: string, p: string, art: string) => (art !== 'el' ? all : keepCase(p, p.toLowerCase() === 'de' ? 'del' : 'al')));
  // French elides "de" before a slot whose words open with a vowel: "d'Eastern Hills", "d'un comité".
  if (lang === 'fr') t = t.replace(FR_ELIDE, (_, p: string) => `${p[0]}'`);
  if (lang === 'fr')
    t = t.replace(FR_CONTRACT, (all: string, p: string, art: string) =>
      art !== art.toLowerCase() ? all : keepCase(p, p.toLowerCase() === 'de' ? (art === 'le' ? 'du' : 'des') : art === 'le' ? 'au' : 'aux'),
    );
  return t.split(M).join('');
}
