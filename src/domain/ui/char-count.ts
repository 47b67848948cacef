/**
 * The character count's message, as GOV.UK's character count words it: what is left, or how many too
 * many. The page shows it at once and a polite live region reads it once typing pauses.
 */
import { count as inWords, t, type UiStrings } from './strings.ts';

/** Milliseconds without typing before the live region is updated (GOV.UK waits for a pause too). */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;

export function charCountMessage(ui: UiStrings, length: number, max: number): string {
  const left = max - length;
  const n = Math.abs(left);
  const count = inWords(ui, n);
  if (left >= 0) return t(ui, n === 1 ? 'wizard.chars-remaining-one' : 'wizard.chars-remaining', { count });
  return t(ui, n === 1 ? 'wizard.chars-over-one' : 'wizard.chars-over', { count });
}
