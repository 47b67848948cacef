/**
 * Pages of the questionnaire: most hold one question; a section's `pages` groups a few that read
 * naturally together (the host state and its terms, the records and their confidentiality). The first question of a group is the page's
 * question; the others are its companions, asked on the same page and never a stop of their own.
 */
import type { AnswerLookup } from '../conditions/condition.ts';
import type { Question, Questionnaire } from './schema.ts';
import { allQuestions, isVisible } from './visibility.ts';

export interface Page {
  /** The page's question: the state the wizard rests in, and where Back and Change land. */
  leader: Question;
  /** Every question of the page in order, the leader first. */
  questions: Question[];
  /** The page heading when the page holds more than one question. */
  heading?: string;
}

/** The page a question is asked on (found by scanning: a few sections, a few groups each). */
export function pageOf(q: Questionnaire, id: string): Page | undefined {
  for (const s of q.sections) {
    const g = s.pages?.find((x) => x.questions.includes(id));
    if (g) {
      const questions = g.questions.map((x) => s.questions.find((y) => y.id === x)!);
      return { leader: questions[0]!, questions, heading: g.heading };
    }
  }
  const x = allQuestions(q).find((y) => y.id === id);
  return x && { leader: x, questions: [x] };
}

/** A companion: asked on another question's page, never a page of its own. */
export const isCompanion = (q: Questionnaire, id: string): boolean => {
  const p = pageOf(q, id);
  return p !== undefined && p.leader.id !== id;
};

/** The pages that apply, by their questions: what the user steps through, in order. */
export function visiblePages(q: Questionnaire, answers: AnswerLookup): Question[] {
  return allQuestions(q).filter((x) => !isCompanion(q, x.id) && isVisible(x, answers));
}
