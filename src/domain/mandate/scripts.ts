/** Which answers hold text the PDF font cannot show, so the page can send the user to the print route. */
import type { Answers } from '../answers/schema.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { effectiveAnswers } from '../questionnaire/visibility.ts';
import { uncovered } from './charset.ts';

export function answersNeedingPrint(q: Questionnaire, answers: Answers): { question: string; characters: string[] }[] {
  const eff = effectiveAnswers(q, answers) as Record<string, string | string[] | undefined>;
  return q.sections
    .flatMap((s) => s.questions)
    .filter((x) => !x.options && typeof eff[x.id] === 'string')
    .map((x) => ({ question: x.shortLabel, characters: uncovered(eff[x.id] as string) }))
    .filter((r) => r.characters.length > 0);
}
