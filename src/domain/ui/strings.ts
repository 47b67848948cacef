/**
 * Interface wording, looked up by key (as Starlight does). The English file defines the keys; another
 * language must provide all of them.
 */
import { contractAtSlots, formatNumber, SLOT_MARK } from '../i18n/fill.ts';
import { isLang, type Lang } from '../i18n/lang.ts';

export type UiStrings = Readonly<Record<string, string>>;

/**
 * The key under which the content loader records the language the strings are in (content-io/site.ts),
 * so that whatever fills them (the pages, the islands, the composer) follows its grammar and numbers
 * without being told the language again. Strings without it (a test's own) are English.
 */
export const UI_LANG = '@lang';

/** The language the strings are in. */
export function uiLang(strings: UiStrings): Lang {
  const l = strings[UI_LANG];
  return isLang(l) ? l : 'en';
}

/**
 * Looks up a key and fills `{name}` placeholders. A missing key shows itself, so it is easy to spot.
 * In Spanish and French a preposition before a placeholder contracts with the article its words open
 * with ("frente a {body}" with "el Secretariado" reads "frente al Secretariado"), as clauses do.
 */
export function t(strings: UiStrings, key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  const s = strings[key] ?? key;
  const lang = uiLang(strings);
  const contracts = lang === 'es' || lang === 'fr';
  const out = s.replace(/\{([a-z0-9-]+)\}/g, (m, name: string) => (name in vars ? `${contracts ? SLOT_MARK : ''}${String(vars[name])}` : m));
  return contracts ? contractAtSlots(out, lang) : out;
}

/** A count as the strings' language writes it: "5,000", "5.000", "5 000". */
export function count(strings: UiStrings, n: number): string {
  return formatNumber(uiLang(strings), n);
}
