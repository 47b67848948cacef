/**
 * The short path for a two-hour workshop session: a scenario's decided context (shown, not asked), the
 * core every scenario asks and the scenario's own key questions; the rest is left for later. Pure. The
 * questionnaire machine walks it (its context's `path` and `short`); this module says which questions it
 * holds, how many pages it may take, and what it left for later.
 */
import type { Answers } from '../answers/schema.ts';
import { evaluate, isAnswered, references, type AnswerLookup } from '../conditions/condition.ts';
import type { Question, Questionnaire } from '../questionnaire/schema.ts';
import { pageOf } from '../questionnaire/pages.ts';
import { effectiveAnswers, visibleQuestions } from '../questionnaire/visibility.ts';

type Decided = Readonly<Record<string, string | readonly string[]>>;

/**
 * The short path's questions for a scenario, in the questionnaire's order: its context, the core and its
 * key questions, and every question asked on the same page as one of them (a page is asked whole, so
 * what it asks is on the path, not left for later).
 */
export function shortPathQuestions(questionnaire: Questionnaire, core: readonly string[], scenario: { context: Decided; keyQuestions: readonly string[] }): string[] {
  const set = new Set([...Object.keys(scenario.context), ...core, ...scenario.keyQuestions]);
  const onPage = (id: string) => pageOf(questionnaire, id)?.questions.some((q) => set.has(q.id)) ?? false;
  return questionnaire.sections.flatMap((s) => s.questions.filter((q) => onPage(q.id)).map((q) => q.id));
}

/**
 * Whether a question may apply once a scenario's context is set: its condition holds on the context
 * alone, or it rests on an answer the context leaves open (which the group may give either way).
 */
export function mayApply(q: Question, decided: Decided): boolean {
  if (!q.when) return true;
  if (evaluate(q.when, decided as AnswerLookup)) return true;
  return references(q.when).some((r) => decided[r.question] === undefined);
}

/** The most question pages the short path can take: its pages with a question that may apply with the context. */
export function shortPathPages(questionnaire: Questionnaire, ids: readonly string[], decided: Decided): number {
  const leaders = questionnaire.sections.flatMap((s) => s.questions).filter((q) => ids.includes(q.id) && mayApply(q, decided)).map((q) => pageOf(questionnaire, q.id)!.leader.id);
  return new Set(leaders).size;
}

/** The questions a short path left for later: they apply to the answers, are off the path and unanswered. */
export function leftForLater(questionnaire: Questionnaire, answers: Answers, ids: readonly string[]): Question[] {
  const eff = effectiveAnswers(questionnaire, answers) as AnswerLookup;
  return visibleQuestions(questionnaire, eff).filter((q) => !ids.includes(q.id) && !isAnswered(eff[q.id]));
}
