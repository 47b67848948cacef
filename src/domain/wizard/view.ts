/**
 * What the question pages show, prepared outside the components (they compute nothing): progress by
 * mandate area and the lessons behind a question. Check-your-answers has its own module (check.ts),
 * which the question pages load only after the first step, with the rules it needs.
 */
import type { Answers } from '../answers/schema.ts';
import { evaluate, isAnswered, type AnswerLookup } from '../conditions/condition.ts';
import type { Question, Questionnaire } from '../questionnaire/schema.ts';
import { effectiveAnswers, isVisible } from '../questionnaire/visibility.ts';
import type { Position } from './machine.ts';
import type { Knowledge, Lesson, Risk } from '../knowledge/schema.ts';
import { pageOf } from '../questionnaire/pages.ts';
import { allQuestions } from '../questionnaire/visibility.ts';
import type { AnswerError } from '../questionnaire/validate.ts';
import { count, t, type UiStrings } from '../ui/strings.ts';

export type SectionStatus = 'done' | 'current' | 'todo';

export interface ProgressItem {
  id: string;
  title: string;
  status: SectionStatus;
}

export function progress(q: Questionnaire, answers: Answers, position: Position): ProgressItem[] {
  const eff = effectiveAnswers(q, answers) as AnswerLookup;
  const currentId = position.page === 'question' ? q.sections.find((s) => s.questions.includes(position.question))?.id : undefined;
  return q.sections.map((s) => {
    const asked = s.questions.filter((x) => isVisible(x, eff));
    const complete = asked.every((x) => !x.required || isAnswered(eff[x.id])) && asked.some((x) => isAnswered(eff[x.id]));
    const status: SectionStatus = s.id === currentId ? 'current' : complete ? 'done' : 'todo';
    return { id: s.id, title: s.title, status };
  });
}

/** Section n of N for the caption above a question. */
export function sectionNumber(q: Questionnaire, question: Question): { n: number; total: number; title: string } {
  const i = q.sections.findIndex((s) => s.questions.includes(question));
  return { n: i + 1, total: q.sections.length, title: q.sections[i]!.title };
}

/** The slice of the knowledge the questionnaire page carries: lessons, risks and case names. */
export interface WizardKnowledge {
  lessons: Lesson[];
  risks: Risk[];
  cases: { id: string; country: string }[];
}

/** Only what the questionnaire needs of the knowledge: lessons and risks, and the names of the cases. */
export function wizardKnowledge(k: Knowledge): WizardKnowledge {
  return { lessons: k.lessons, risks: k.risks, cases: k.cases.map((c) => ({ id: c.id, country: c.country })) };
}

/**
 * What the questionnaire page carries in its HTML: the lessons of its first page and the case names.
 * The rest (the other lessons, every risk) comes with the engine, when the user starts answering.
 */
export function firstPageKnowledge(q: Questionnaire, k: WizardKnowledge): WizardKnowledge {
  const first = pageOf(q, allQuestions(q)[0]!.id)!.questions.map((x) => x.id);
  return { lessons: k.lessons.filter((l) => l.questions.some((id) => first.includes(id))), risks: [], cases: k.cases };
}

export const casesOf = (k: WizardKnowledge, ids: readonly string[]) => ids.flatMap((id) => k.cases.filter((c) => c.id === id));

export function lessonCards(k: WizardKnowledge, questionId: string, answers: AnswerLookup) {
  return k.lessons
    .filter((l) => l.questions.includes(questionId) && (!l.when || evaluate(l.when, answers)))
    .map((lesson) => ({ lesson, cases: casesOf(k, lesson.cases) }));
}

/** The words of a refused answer (the machine's validator gives the reason), as the error summary and the field show it. */
export function answerErrorText(ui: UiStrings, e: AnswerError, label: string, required: string | undefined): string {
  if (e.code === 'required') return required ?? label;
  if (e.code === 'too-long') return t(ui, 'wizard.error.too-long', { label, max: count(ui, e.max) });
  return t(ui, 'wizard.error.unknown-option');
}
