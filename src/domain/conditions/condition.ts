/**
 * The small condition language shared by question visibility, option visibility and the rules that
 * raise lessons and risks. Conditions are data (YAML in content/), evaluated purely against answers.
 *
 *   { question: party-type, is: state }                  the single answer equals a value
 *   { question: phase, in: [stalled, pre-formal] }       the single answer is one of the values
 *   { question: tasks, includes: advice }                a list answer contains the value
 *   { question: tasks, includesAny: [advice, liaison-mediators] }
 *   { question: purpose, answered: true }                answered (non-empty) or not
 *   { all: [ ... ] }  { any: [ ... ] }  { not: { ... } }
 */
export type Condition =
  | { question: string; is: string }
  | { question: string; in: string[] }
  | { question: string; includes: string }
  | { question: string; includesAny: string[] }
  | { question: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Anything that can be read as answers: a plain record of question id to value. */
export type AnswerLookup = Readonly<Record<string, string | readonly string[] | undefined>>;

export function isAnswered(v: string | readonly string[] | undefined): boolean {
  if (v === undefined) return false;
  return typeof v === 'string' ? v.trim() !== '' : v.length > 0;
}

export function evaluate(c: Condition, answers: AnswerLookup): boolean {
  if ('all' in c) return c.all.every((x) => evaluate(x, answers));
  if ('any' in c) return c.any.some((x) => evaluate(x, answers));
  if ('not' in c) return !evaluate(c.not, answers);
  const v = answers[c.question];
  if ('answered' in c) return isAnswered(v) === c.answered;
  if ('is' in c) return v === c.is;
  if ('in' in c) return typeof v === 'string' && c.in.includes(v);
  const list = Array.isArray(v) ? v : [];
  if ('includes' in c) return list.includes(c.includes);
  return c.includesAny.some((x) => list.includes(x));
}

/** Every (question, value) pair a condition mentions: used to check references and to explain findings. */
export function references(c: Condition): { question: string; values: string[] }[] {
  if ('all' in c) return c.all.flatMap(references);
  if ('any' in c) return c.any.flatMap(references);
  if ('not' in c) return references(c.not);
  if ('answered' in c) return [{ question: c.question, values: [] }];
  if ('is' in c) return [{ question: c.question, values: [c.is] }];
  if ('in' in c) return [{ question: c.question, values: c.in }];
  if ('includes' in c) return [{ question: c.question, values: [c.includes] }];
  return [{ question: c.question, values: c.includesAny }];
}

/**
 * The answers that made a condition true, so the UI can say "shown because you chose …".
 * Only positive, satisfied leaves count; a satisfied `not` or `answered: false` is reported by question.
 */
export interface Fired {
  question: string;
  value?: string | readonly string[] | undefined;
  /** The values were *not* chosen (from a `not` over `includes`): "without …". */
  absent?: boolean;
}

/** What a satisfied `not` rests on: missing list items are named; otherwise the actual answer. */
function firedByAbsence(c: Condition, answers: AnswerLookup): Fired[] {
  if ('includes' in c) return [{ question: c.question, value: [c.includes], absent: true }];
  if ('includesAny' in c) return [{ question: c.question, value: c.includesAny, absent: true }];
  return references(c).map((r) => ({ question: r.question, value: answers[r.question] }));
}

export function firedBy(c: Condition, answers: AnswerLookup): Fired[] {
  if (!evaluate(c, answers)) return [];
  if ('all' in c) return c.all.flatMap((x) => firedBy(x, answers));
  if ('any' in c) return c.any.flatMap((x) => firedBy(x, answers));
  if ('not' in c) return firedByAbsence(c.not, answers);
  if ('includes' in c) return [{ question: c.question, value: c.includes }];
  if ('includesAny' in c) {
    const list = (answers[c.question] ?? []) as readonly string[];
    return [{ question: c.question, value: c.includesAny.filter((x) => list.includes(x)) }];
  }
  return [{ question: c.question, value: answers[c.question] }];
}
