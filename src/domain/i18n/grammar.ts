/**
 * The grammar a document is composed with, per language: list joins, plurals, dates and numbers through
 * `Intl`, the composer's article and capital rules, and the words it recognises in a user's own text.
 * Pure (no clock, no DOM): the same in the browser, the command line and the tests. Wording (clauses,
 * interface strings) is content; only what code has to decide is here, so a translation supplies words
 * and this module supplies how they are put together.
 */
import { type Lang, langOfTag } from './lang.ts';
import { contractAtSlots, formatNumber, intlCached, intlLocale, SLOT_MARK } from './fill.ts';

// Filling a string (the interface's too) needs only these; they live apart so a page that fills strings
// does not carry the composer's grammar.
export { contractAtSlots, formatNumber, intlLocale, langOfTag, SLOT_MARK };


/** The BCP 47 tag a document declares (HTML `lang`, PDF /Lang, Word's language). 'qps-plocm' is the standard right-to-left pseudo-locale. */
export function languageTag(lang: Lang): string {
  return lang === 'qps' ? 'qps-plocm' : intlLocale(lang);
}


/** "a, b and c" / "a, b y c" / "a, b et c"; `or` gives "a, b or c" / "a, b o c" / "a, b ou c". */
export function joinList(lang: Lang, items: readonly string[], type: 'and' | 'or' = 'and'): string {
  return intlCached('list', lang, { type }, (l) => new Intl.ListFormat(l, { type: type === 'and' ? 'conjunction' : 'disjunction', style: 'long' })).format(items);
}

/**
 * A plain series of values ("Staff profile: A, B"), not a sentence's list. A comma and a space in every
 * language the site has; a script with its own comma (Arabic "، ") supplies it here.
 */
export function series(lang: Lang, items: readonly string[]): string {
  void lang;
  return items.join(', ');
}

/** The forms of a message by plural category; `other` is always given, `zero` is used for 0 when given. */
export type PluralForms<T> = { zero?: T; one?: T; two?: T; few?: T; many?: T; other: T };

/**
 * The form for `n` in this language: French counts 0 and 1 as one ("0 décision"), English only 1; Spanish
 * and French use `many` for round millions. A missing category falls back to `other`.
 */
export function plural<T>(lang: Lang, n: number, forms: PluralForms<T>): T {
  if (n === 0 && forms.zero !== undefined) return forms.zero;
  const category = intlCached('plural', lang, {}, (l) => new Intl.PluralRules(l)).select(n) as Exclude<keyof PluralForms<T>, never>;
  return forms[category] ?? forms.other;
}

/** "30 November 2026" / "30 de noviembre de 2026" / "30 novembre 2026": the day in UTC, so every time zone prints the same. */
export function formatDate(lang: Lang, date: Date): string {
  return intlCached('date', lang, {}, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}


/**
 * The articles a name may open with, by language: the composer lowers them inside a sentence ("established
 * by the Government", "creada por la Secretaría", "créé par le Secrétariat", "l'Office"). French elision
 * (le/l') is the wording's own; only the capital changes here.
 */
const LEADING_ARTICLE: Record<Lang, RegExp> = {
  en: /^(The|An?)\s\S/,
  qps: /^(The|An?)\s\S/,
  es: /^(El|La|Los|Las|Una?|Unos|Unas)\s\S/,
  fr: /^((Les?|La|Une?|Des)\s\S|L['’]\S)/,
};

/** A name inside a sentence: a leading article takes a small letter; the rest is the user's own text. */
export function inSentence(name: string, lang: Lang = 'en'): string {
  return LEADING_ARTICLE[lang].test(name) ? `${name[0]!.toLocaleLowerCase(intlLocale(lang))}${name.slice(1)}` : name;
}

/** A name without its leading article, for a title ("Peace Secretariat", "Secretaría de Paz", "Secrétariat de la paix"). */
export function withoutArticle(name: string, lang: Lang = 'en'): string {
  const pattern: Record<Lang, RegExp> = {
    en: /^the\s+/i,
    qps: /^the\s+/i,
    es: /^(el|la|los|las)\s+/i,
    fr: /^(les?\s+|la\s+|l['’]\s?)/i,
  };
  return name.replace(pattern[lang], '');
}

/**
 * The article each noun that may head a name takes, from the language's `name-articles` phrase: groups
 * of "article: noun, noun" separated by ";" ("el: Movimiento, Gobierno; la: Alianza; l': Armée").
 */
export function nameArticles(phrase: string, lang: Lang = 'en'): Map<string, string> {
  const table = new Map<string, string>();
  for (const group of phrase.split(';')) {
    const at = group.indexOf(':');
    if (at < 0) continue;
    const article = group.slice(0, at).trim();
    for (const noun of group.slice(at + 1).split(',')) if (noun.trim()) table.set(noun.trim().toLocaleLowerCase(intlLocale(lang)), article);
  }
  return table;
}

/**
 * A name typed without its article gets the one its head noun takes, as names keep theirs in a drafted
 * text: "Northern Liberation Movement" → "the Northern Liberation Movement", "Fuerzas de Paz" → "las
 * Fuerzas de Paz", "Armée de libération" → "l'Armée de libération" (in small letters, as inside a
 * sentence, where "de" + "el" contracts to "del"; a sentence that opens with it gets its capital from
 * atStart). Only the capitalised words before the first small one are its head ("of the Republic" is
 * not). A name that opens with an article, or that no listed noun heads ("Colombia", "FARC-EP"), stays
 * exactly as typed.
 */
export function withArticle(name: string, lang: Lang, table: ReadonlyMap<string, string>): string {
  const locale = intlLocale(lang);
  if (withoutArticle(name, lang) !== name || LEADING_ARTICLE[lang].test(name) || /^(an?)\s/i.test(name)) return name;
  for (const word of name.split(/\s+/)) {
    if (!/^\p{Lu}/u.test(word)) break;
    const article = table.get(word.replace(/[’'.,;:]+$/u, '').toLocaleLowerCase(locale));
    if (article) return /['’]$/.test(article) ? `${article}${name}` : `${article} ${name}`;
  }
  return name;
}

/**
 * A sentence never starts with a small letter: "the Office" opens one as "The Office". Marks before the
 * first letter (a quote, "¿", "¡", a bracket) stay where they are.
 */
export function atStart(text: string, lang: Lang = 'en'): string {
  const first = text.match(/^\P{L}*\p{Ll}/u);
  if (!first) return text;
  const i = first[0].length - 1;
  return `${text.slice(0, i)}${text[i]!.toLocaleUpperCase(intlLocale(lang))}${text.slice(i + 1)}`;
}

/** A word in the middle of a sentence, e.g. an interface label ("Article" → "see article 3", "High" → "high"). */
export function lowerCase(text: string, lang: Lang = 'en'): string {
  return text.toLocaleLowerCase(intlLocale(lang));
}

/**
 * The word before an article's number in a cross-reference: English instruments write "under Article 5";
 * Spanish and French write "con arreglo al artículo 5", "conformément à l'article 5" (the capital is for a
 * heading only).
 */
export function referenceWord(word: string, lang: Lang = 'en'): string {
  return lang === 'es' || lang === 'fr' ? lowerCase(word, lang) : word;
}

/**
 * A choice's label quoted inside a sentence, e.g. in brackets: "(a law passed by parliament)", "(aún no se ha
 * decidido)". Only the first letter changes, and not when the word is an acronym ("UN-led talks").
 */
export function labelInSentence(label: string, lang: Lang = 'en'): string {
  if (!/^\p{Lu}\p{Ll}/u.test(label) && !/^\p{Lu}(?!\p{L})/u.test(label)) return label;
  return `${label[0]!.toLocaleLowerCase(intlLocale(lang))}${label.slice(1)}`;
}

/** The words that join names in a list a user typed ("A, B and C", "A, B y C", "A, B et C"), as a pattern. */
const AND: Record<Lang, string> = { en: 'and', qps: 'and', es: 'y|e', fr: 'et' };

/** The parties a user listed: "A, B and C", "A; B", one per line; "and" in the language of the draft (and English's, which anyone may type). */
export function namesIn(list: string, lang: Lang = 'en'): string[] {
  const words = lang === 'en' || lang === 'qps' ? AND.en : `${AND[lang]}|${AND.en}`;
  return list
    .split(new RegExp(`\\n|;|,|\\s+(?:${words})\\s+|\\s+&\\s+`))
    .map((x) => x.trim().replace(/\.$/, ''))
    .filter(Boolean);
}

/**
 * A date typed as a date reads "on …" in a clause; a period ("two years after signature") reads as typed.
 * English "31 December 2027", "December 31, 2027", ISO and numeric dates in every language; Spanish
 * "31 de diciembre de 2027"; French "31 décembre 2027" and "1er janvier 2028".
 */
export function looksLikeDate(s: string, lang: Lang = 'en'): boolean {
  const common = /^(\d{1,2}(st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\d{4}-\d\d-\d\d|\p{L}+\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b/u;
  if (common.test(s.trim())) return true;
  if (lang === 'es') return /^\d{1,2}\s+de\s+\p{L}+\s+(de|del)\s+\d{4}\b/u.test(s.trim());
  if (lang === 'fr') return /^(1er|\d{1,2})\s+\p{L}+\s+\d{4}\b/u.test(s.trim());
  return false;
}

/** Whether a sunset the user typed already speaks of renewal ("unless renewed", "salvo renovación", "sauf renouvellement"). */
export function mentionsRenewal(s: string, lang: Lang = 'en'): boolean {
  const words: Record<Lang, RegExp> = {
    en: /\b(unless|renew)/i,
    qps: /\b(unless|renew)/i,
    es: /\b(unless|renew)|(salvo|a menos|renova|prorroga|prórroga)/i,
    fr: /\b(unless|renew)|(sauf|à moins|renouvel|prorog)/i,
  };
  return words[lang].test(s);
}

