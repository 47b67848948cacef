/**
 * Languages as the pages see them. Every page lives under src/pages/[...lang]/: English at the root
 * (`lang` undefined), each other published language under its code (/es/, /fr/). A language is published
 * when content/i18n/languages.yaml declares it complete; `PSMD_PREVIEW_LANGS=es,fr` (or `qps`, the
 * pseudo-locale) builds languages still in progress too, for translators and tests, never for a release.
 */
import { DEFAULT_LANG, isLang, type Lang } from '../domain/i18n/lang.ts';
import { readLanguages } from './i18n.ts';

/** The languages built, English first. */
export function publishedLangs(root = process.cwd()): Lang[] {
  const complete = readLanguages(root).filter((l) => l.status === 'complete').map((l) => l.code);
  const preview = (process.env.PSMD_PREVIEW_LANGS ?? '').split(',').map((x) => x.trim()).filter(isLang);
  return [...new Set<Lang>([DEFAULT_LANG, ...complete, ...preview])];
}

/** The `lang` route parameter of each published language: undefined for English, at the root. */
export function langParams(): { lang: string | undefined }[] {
  return publishedLangs().map((l) => ({ lang: l === DEFAULT_LANG ? undefined : l }));
}

/** getStaticPaths for a page with no parameter of its own: one page per published language. */
export function langPaths() {
  return langParams().map((params) => ({ params }));
}

/** getStaticPaths for a page with parameters of its own, built in each language. */
export function withLangs<P extends Record<string, string>>(make: (lang: Lang) => { params: P; props?: Record<string, unknown> }[]) {
  return langParams().flatMap(({ lang }) => make(langOf(lang)).map((p) => ({ ...p, params: { ...p.params, lang } })));
}

/** The page's language from its route parameter (English where there is none). */
export function langOf(param: string | undefined): Lang {
  return isLang(param) ? param : DEFAULT_LANG;
}

/** Each published language, named in itself (languages.yaml), with the address its pages start at. */
export function publishedLanguages(): { lang: Lang; name: string; base: string }[] {
  const names = Object.fromEntries(readLanguages(process.cwd()).map((l) => [l.code, l.name]));
  return publishedLangs().map((l) => ({ lang: l, name: names[l] ?? l, base: baseOf(l) }));
}

/** The address a language's pages start at: the site's base for English, base + code + / otherwise. */
export function baseOf(lang: Lang, siteBase = import.meta.env.BASE_URL): string {
  return lang === DEFAULT_LANG ? siteBase : `${siteBase}${lang}/`;
}
