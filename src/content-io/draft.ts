/**
 * What the draft is composed from, in one language: the questionnaire (for the answers' labels), the
 * lessons, risks and sources, the clauses, the support scope and the interface words. The draft page
 * carries its own language's in its HTML; another language's is the static file draft/content.json of
 * that language (pages/[...lang]/draft/content.json.ts), fetched when the user asks for the draft in it.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../domain/i18n/lang.ts';
import { publishedLanguages } from './pages.ts';
import { loadSiteContent } from './site.ts';

export function draftContent(lang: Lang) {
  const { questionnaire, knowledge, mandate, support, ui } = loadSiteContent(undefined, lang);
  // The composer reads lessons, risks and sources; cases and themes stay on the case pages.
  return { questionnaire, knowledge: { ...knowledge, cases: [], themes: [] }, mandate, support, ui };
}
export type DraftContent = ReturnType<typeof draftContent>;

/**
 * The languages a draft can be made in (every published one), each named in itself, with the address of
 * its content, versioned by that content so that no browser or offline copy keeps an old one.
 */
let languages: { lang: Lang; name: string; base: string; url: string }[] | undefined;
export function draftLanguages(): { lang: Lang; name: string; base: string; url: string }[] {
  if (languages) return languages;
  return (languages = publishedLanguages().map((l) => {
    const version = createHash('sha256').update(JSON.stringify(draftContent(l.lang))).digest('hex').slice(0, 12);
    return { ...l, url: `${l.base}draft/content.json?v=${version}` };
  }));
}
