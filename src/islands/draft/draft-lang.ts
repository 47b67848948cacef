/**
 * The language a draft was last made in on this device, so that the next visit makes it in that language
 * again (an adviser reading the English pages who drafts in Spanish). A preference, not an answer: it is
 * not in the answers file, and "Delete my answers" removes it with every other "psmd." key. Storage that
 * is off or full only means it is not remembered.
 */
import { isLang, type Lang } from '../../domain/i18n/lang.ts';

export const DRAFT_LANG_KEY = 'psmd.draft-lang';

export function readDraftLang(): Lang | null {
  try {
    const v = window.localStorage.getItem(DRAFT_LANG_KEY);
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}

export function writeDraftLang(lang: Lang): void {
  try {
    window.localStorage.setItem(DRAFT_LANG_KEY, lang);
  } catch {
    // Not remembered: the draft is still made in the language chosen.
  }
}
