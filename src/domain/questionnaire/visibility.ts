/**
 * Which questions and options apply to a set of answers. Answers to questions that a later change
 * hid are kept (going back never loses an answer) but ignored: `effectiveAnswers` is what the rules
 * and the draft read.
 */
import { evaluate, isAnswered, type AnswerLookup } from '../conditions/condition.ts';
import type { Answers } from '../answers/schema.ts';
import type { Option, Question, Questionnaire, Section } from './schema.ts';

export function allQuestions(q: Questionnaire): Question[] {
  return q.sections.flatMap((s) => s.questions);
}

export function isVisible(question: Question, answers: AnswerLookup): boolean {
  return question.when ? evaluate(question.when, answers) : true;
}

export function visibleOptions(question: Question, answers: AnswerLookup): Option[] {
  return (question.options ?? []).filter((o) => (o.when ? evaluate(o.when, answers) : true));
}

/** The questions that apply, in order. */
export function visibleQuestions(q: Questionnaire, answers: AnswerLookup): Question[] {
  return allQuestions(q).filter((x) => isVisible(x, answers));
}

export function sectionOf(q: Questionnaire, questionId: string): Section | undefined {
  return q.sections.find((s) => s.questions.some((x) => x.id === questionId));
}

/**
 * The answers that count: those of visible questions, with values of options that are not offered
 * any more removed. Evaluated in order, so a hidden question cannot open a later branch.
 */
export function effectiveAnswers(q: Questionnaire, answers: Answers): Answers {
  const out: Record<string, string | string[]> = {};
  for (const question of allQuestions(q)) {
    if (!isVisible(question, out)) continue;
    const v = (answers as Record<string, string | string[] | undefined>)[question.id];
    if (v === undefined || !isAnswered(v)) continue;
    if (question.options) {
      const offered = new Set(visibleOptions(question, out).map((o) => o.id));
      if (Array.isArray(v)) {
        const kept = v.filter((x) => offered.has(x));
        if (kept.length) out[question.id] = kept;
      } else if (offered.has(v)) out[question.id] = v;
    } else out[question.id] = v;
  }
  return out as Answers;
}
