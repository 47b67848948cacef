// The languages a document or page can be in. 'qps' is a pseudo-locale used only by tests and a
// test build: accented, longer, right-to-left, so hard-coded English and layouts that break show up.
export const LANGS = ['en', 'es', 'fr'] as const;
export type Lang = typeof LANGS[number] | 'qps';
export const DEFAULT_LANG: Lang = 'en';

export function isLang(x: unknown): x is Lang {
  return x === 'qps' || (typeof x === 'string' && (LANGS as readonly string[]).includes(x));
}

// Direction comes from the language, so Arabic can follow as content only.
export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'qps' ? 'rtl' : 'ltr';
}

/** The language of a BCP 47 tag ("fr-CA" is French); one the site does not have is English. */
export function langOfTag(tag: string): Lang {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return primary === 'es' || primary === 'fr' || primary === 'qps' ? primary : 'en';
}
