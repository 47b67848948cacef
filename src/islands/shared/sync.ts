/**
 * What a page does when the saved answers changed under it, in another tab (the `storage` event) or as
 * found by a save that did not write (storage.ts). Loaded only then: most visits use one tab.
 *
 * It reads the answers as saved now and compares them with the answers this tab last saw:
 * - gone, and not set aside: another tab deleted them. The page starts empty and says so; it never
 *   writes back what it held (that is how "Delete my answers" used to be undone by another tab).
 * - gone because another tab set them aside as unreadable: the page says so, as on a load.
 * - set aside as a draft of their own, another draft opened in their place: the page follows that draft.
 * - changed: merged answer by answer with this tab's (domain/answers/merge.ts); when this tab added
 *   answers the other had not, the merge is saved at once, so no tab's answers are lost.
 */
import type { AnswersFile } from '../../domain/answers/file.ts';
import { mergeAnswers, sameAnswers } from '../../domain/answers/merge.ts';
import type { Answers } from '../../domain/answers/schema.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { readSaved, seenText, unreadableCopy, writeSaved } from './storage.ts';

export type Outcome =
  | { kind: 'same' }
  | { kind: 'deleted' }
  | { kind: 'unreadable' }
  | { kind: 'unavailable' }
  /** Another tab opened another draft (`file`; none: a new, empty one): this tab follows it, its own answers kept as a draft. */
  | { kind: 'switched'; file: AnswersFile | null }
  /**
   * `answers`: what the page shows now; `clashes`: the short labels of the questions both tabs changed
   * (this tab's answer kept), joined for a sentence, or empty.
   */
  | { kind: 'changed'; file: AnswersFile; answers: Answers; clashes: string };

/** The answers in a text this tab saved or read (so it was valid then); none if it holds none. */
function answersIn(text: string | null | undefined): Answers {
  try {
    const a = text ? (JSON.parse(text) as { answers?: unknown }).answers : undefined;
    return (a && typeof a === 'object' ? a : {}) as Answers;
  } catch {
    return {};
  }
}

/** `ours`: the answers this page holds now (what the user sees). */
export async function reconcile(questionnaire: Questionnaire | undefined, ours: Answers): Promise<Outcome> {
  const before = seenText();
  const r = await readSaved(questionnaire);
  if (!r.ok) return { kind: r.reason === 'corrupt' ? 'unreadable' : 'unavailable' };
  // Another tab opened, started or deleted a draft: the answers this tab held are a draft of their own
  // now (or deleted). This tab follows the draft now open; merging would pour one draft into another.
  const moved = before ? (await import('./versions.ts')).whereIs(before) : null;
  if (moved === 'deleted') return { kind: 'deleted' };
  if (moved === 'aside') return { kind: 'switched', file: r.file };
  if (!r.file) {
    if (before === null || before === undefined) return { kind: 'same' };
    return unreadableCopy()?.text === before ? { kind: 'unreadable' } : { kind: 'deleted' };
  }
  const { answers, clashes } = mergeAnswers(answersIn(before), ours, r.file.answers);
  // This tab held answers the other had not saved: save the merge, so the other tab gets them too.
  if (!sameAnswers(answers, r.file.answers)) writeSaved({ ...r.file, savedAt: new Date().toISOString(), answers });
  if (sameAnswers(answers, ours)) return { kind: 'same' };
  const labels = clashes.map((id) => questionnaire?.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.shortLabel ?? id);
  return { kind: 'changed', file: { ...r.file, answers }, answers, clashes: labels.join('; ') };
}
