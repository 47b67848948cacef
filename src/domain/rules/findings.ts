/**
 * The rules engine: answers in, findings out. Risks are raised by their `when` condition; lessons are
 * relevant when they concern a question the user answered. Each finding says which answers raised it,
 * so the interface can say "shown because you chose …". Pure and deterministic; callers pass the
 * effective answers (those of questions that apply).
 */
import { firedBy, evaluate, isAnswered, type AnswerLookup, type Fired as FiredBy } from '../conditions/condition.ts';
import type { Lesson, Risk } from '../knowledge/schema.ts';

export type { FiredBy };

export interface RiskFinding {
  /**
   * The risk as it applies to these answers: `safeguards` holds only those that fit (as below), and
   * `question` joins `questions`. The content as written is in the knowledge (same `id`).
   */
  risk: Risk;
  firedBy: FiredBy[];
  /** The risk's safeguards that fit these answers: clause-like text the draft may offer. */
  safeguards: string[];
  /**
   * Questions for the parties: the risk's own question, then each safeguard that would contradict an
   * answer, put as a question instead of a clause.
   */
  questions: string[];
  /** The risk's basis (explicit, implied = inferred from the article, external = outside the article). */
  basis: Risk['basis'];
}
export interface LessonFinding {
  lesson: Lesson;
  /** The answered questions that make the lesson relevant. */
  firedBy: FiredBy[];
}
export interface Findings {
  risks: RiskFinding[];
  lessons: LessonFinding[];
}

const rank = { high: 0, medium: 1, low: 2 } as const;

/** Only what the rules need, so that the browser can carry a slim copy of the knowledge. */
export interface RuleBook {
  risks: readonly Risk[];
  lessons: readonly Lesson[];
}

/**
 * The one list of risk findings that check-your-answers, the draft, the brief and the support scope read.
 * A safeguard is offered only when it fits the answers: one whose `unless` holds (it would contradict an
 * answer) becomes a question for the parties; one whose `decided` holds (the answers settle it) is left out.
 */
export function raisedRisks(answers: AnswerLookup, risks: readonly Risk[]): RiskFinding[] {
  return risks
    .filter((r) => evaluate(r.when, answers))
    .map((risk) => {
      const open = risk.safeguardRules.filter((s) => !s.decided || !evaluate(s.decided, answers));
      const fits = open.filter((s) => !s.unless || !evaluate(s.unless, answers));
      const conflicts = open.filter((s) => s.unless && evaluate(s.unless, answers));
      const safeguards = fits.map((s) => s.text);
      const questions = [risk.question, ...conflicts.flatMap((s) => (s.question ? [s.question] : []))];
      // `risk` is the risk as it applies to these answers, so that a reader of `risk.safeguards` or
      // `risk.question` (the composer's Annex B, the support scope) offers no safeguard that contradicts
      // them; the content as written stays in the knowledge. New readers should use the fields below.
      return { risk: { ...risk, safeguards, question: questions.join(' ') }, firedBy: dedupe(firedBy(risk.when, answers)), safeguards, questions, basis: risk.basis };
    })
    // Ids are ASCII slugs: compared by code unit, so the order is the same in every browser's locale, and
    // no collator is built (the first one in a page costs tens of milliseconds of locale data).
    .sort((a, b) => rank[a.risk.severity] - rank[b.risk.severity] || (a.risk.id < b.risk.id ? -1 : a.risk.id > b.risk.id ? 1 : 0));
}

export function relevantLessons(answers: AnswerLookup, lessons: readonly Lesson[]): LessonFinding[] {
  return lessons
    .filter((lesson) => !lesson.when || evaluate(lesson.when, answers))
    .map((lesson) => ({ lesson, firedBy: lesson.questions.filter((q) => isAnswered(answers[q])).map((q) => ({ question: q, value: answers[q] })) }))
    .filter((f) => f.firedBy.length > 0);
}

export function findings(answers: AnswerLookup, book: RuleBook): Findings {
  return { risks: raisedRisks(answers, book.risks), lessons: relevantLessons(answers, book.lessons) };
}

function dedupe(list: FiredBy[]): FiredBy[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = `${f.question}=${JSON.stringify(f.value)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Party type: A state or government" for each answer behind a finding, in the questionnaire's words. */
export function describeFiredBy(
  list: readonly FiredBy[],
  q: { sections: readonly { questions: readonly { id: string; shortLabel: string; options?: readonly { id: string; label: string }[] | undefined }[] }[] },
  notProvided: string,
  without: string,
  /** An option's words quoted as the language quotes ("“{text}”", "«{text}»"): content/ui `check.quoted`. */
  quoted = '“{text}”',
): string[] {
  const questions = q.sections.flatMap((s) => s.questions);
  return list.map((f) => {
    const question = questions.find((x) => x.id === f.question);
    const ids = f.value === undefined ? [] : typeof f.value === 'string' ? [f.value] : [...f.value];
    const words = ids.map((id) => question?.options?.find((o) => o.id === id)?.label ?? id);
    if (f.absent) return `${question?.shortLabel ?? f.question}: ${without} ${words.map((w) => quoted.replace('{text}', w)).join(', ')}`;
    return `${question?.shortLabel ?? f.question}: ${words.length ? words.join(', ') : notProvided}`;
  });
}
