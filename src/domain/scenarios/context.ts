/** The scenario's context answers in words: question label and the chosen option's label. */
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { ScenarioView } from './compare.ts';

export function contextRows(q: Questionnaire, s: Pick<ScenarioView, 'context'>): { question: string; answer: string }[] {
  return q.sections
    .flatMap((sec) => sec.questions)
    .filter((x) => s.context[x.id] !== undefined)
    .map((x) => {
      const v = s.context[x.id]!;
      const ids = typeof v === 'string' ? [v] : [...v];
      return { question: x.shortLabel, answer: ids.map((id) => x.options?.find((o) => o.id === id)?.label ?? id).join(', ') };
    });
}

/**
 * A context question a loaded scenario has decided: shown, not asked, while the answer is still the
 * scenario's. Once the group changes it (after being asked), it is an ordinary question again.
 */
export function decidedByScenario(context: Readonly<Record<string, string | readonly string[]>> | undefined, questionId: string, answer: string | readonly string[] | undefined): boolean {
  const decided = context?.[questionId];
  if (decided === undefined || answer === undefined) return false;
  const list = (v: string | readonly string[]) => (typeof v === 'string' ? [v] : [...v].sort());
  return JSON.stringify(list(decided)) === JSON.stringify(list(answer));
}
