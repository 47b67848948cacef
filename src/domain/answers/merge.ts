/**
 * Two tabs editing the same answers: each saves what it holds, so without a merge the later save would
 * erase every answer the other gave. A tab knows the answers it last read or saved (the base); when the
 * saved answers have changed since, the two are merged answer by answer, as a three-way merge: an answer
 * only one side changed takes that side's value; where both changed the same answer differently, this
 * tab's (the one on screen, just given) is kept and the question is named, so the page can say so.
 */
import type { Answers } from './schema.ts';

type Lookup = Record<string, unknown>;

export interface Merged {
  answers: Answers;
  /** Questions both sides changed to different values: this tab's value was kept. */
  clashes: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeAnswers(base: Answers, ours: Answers, theirs: Answers): Merged {
  const b = base as Lookup;
  const o = ours as Lookup;
  const t = theirs as Lookup;
  const out: Lookup = {};
  const clashes: string[] = [];
  // Ours first, so the answers keep this tab's order, then those only the other tab has.
  for (const id of new Set([...Object.keys(o), ...Object.keys(t), ...Object.keys(b)])) {
    const value = same(o[id], b[id]) ? t[id] : o[id];
    if (!same(o[id], b[id]) && !same(t[id], b[id]) && !same(o[id], t[id])) clashes.push(id);
    if (value !== undefined) out[id] = value;
  }
  return { answers: out as Answers, clashes };
}

/** Whether two sets of answers hold the same answers (in any order). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const x = a as Lookup;
  const y = b as Lookup;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => k in y && same(x[k], y[k]));
}
