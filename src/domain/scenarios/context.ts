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
