/**
 * The interface strings the questionnaire's island is given. Every string of the site sits in one file
 * (content/ui/en.yaml); the questionnaire page carries its island's props in its HTML, so sending all of
 * them (the draft's, the brief's, the workshops'…) cost 5 KB gzip on the first question's page for words
 * it never shows. A test (ui-keys.test.ts) reads the island's sources and fails if it uses a key left out.
 */
import { UI_LANG, type UiStrings } from '../ui/strings.ts';

/** Whole groups of keys the questionnaire, check-your-answers and their file controls use. */
const GROUPS = ['site', 'nav', 'condition', 'wizard', 'resume', 'check', 'files', 'storage', 'picture', 'versions', 'sync'];
/** Single keys from other groups that they also use. */
export const KEYS = ['cases.outside', 'workshop.check-title', 'workshop.check-body', 'workshop.compare-link', 'compare.case-link', 'draft.default-name',
  // A scenario's decided context, shown not asked (islands/workshop/LockedContext.tsx).
  'workshop.locked-intro', 'workshop.locked-change', 'workshop.locked-ask-title', 'workshop.locked-ask-body', 'workshop.locked-yes', 'workshop.locked-no'];

export function wizardUi(ui: UiStrings): UiStrings {
  // The strings' language goes with them: the island's counts and grammar follow it.
  return Object.fromEntries(Object.entries(ui).filter(([k]) => k === UI_LANG || GROUPS.includes(k.split('.')[0]!) || KEYS.includes(k)));
}
