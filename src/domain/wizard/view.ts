/**
 * What the questionnaire pages show, prepared outside the components (they compute nothing):
 * progress by mandate area, and the rows of check-your-answers.
 */
import type { Answers } from '../answers/schema.ts';
import { evaluate, isAnswered, type AnswerLookup } from '../conditions/condition.ts';
import type { Question, Questionnaire } from '../questionnaire/schema.ts';
import { effectiveAnswers, isVisible, visibleQuestions } from '../questionnaire/visibility.ts';
import type { Position } from './machine.ts';
import type { Lesson, Risk } from '../knowledge/schema.ts';
import { describeFiredBy, raisedRisks } from '../rules/findings.ts';

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

export interface CheckRow {
  question: Question;
  /** Option labels for choices, the text as typed for free text; empty when not provided. */
  values: string[];
  /** Whether the value is a list (checkboxes), shown as a bulleted list. */
  list: boolean;
}

export interface CheckSection {
  id: string;
  title: string;
  rows: CheckRow[];
}

/** Every question that applies, grouped by section, with its answer in words. */
export function checkSections(q: Questionnaire, answers: Answers): CheckSection[] {
  const eff = effectiveAnswers(q, answers) as AnswerLookup;
  const visible = new Set(visibleQuestions(q, eff));
  return q.sections
    .map((s) => ({
      id: s.id,
      title: s.title,
      rows: s.questions
        .filter((x) => visible.has(x))
        .map((x) => {
          const v = eff[x.id];
          const ids = v === undefined ? [] : Array.isArray(v) ? v : [v as string];
          const values = x.options ? ids.map((id) => x.options!.find((o) => o.id === id)?.label ?? id) : ids;
          return { question: x, values, list: x.type === 'multiple' };
        }),
    }))
    .filter((s) => s.rows.length > 0);
}

/** The slice of the knowledge the questionnaire page carries: lessons, risks and case names. */
export interface WizardKnowledge {
  lessons: Lesson[];
  risks: Risk[];
  cases: { id: string; country: string }[];
}

const casesOf = (k: WizardKnowledge, ids: readonly string[]) => ids.flatMap((id) => k.cases.filter((c) => c.id === id));

export function lessonCards(k: WizardKnowledge, questionId: string, answers: AnswerLookup) {
  return k.lessons
    .filter((l) => l.questions.includes(questionId) && (!l.when || evaluate(l.when, answers)))
    .map((lesson) => ({ lesson, cases: casesOf(k, lesson.cases) }));
}

export function riskCards(q: Questionnaire, k: WizardKnowledge, answers: Answers, words: { notProvided: string; without: string }) {
  const eff = effectiveAnswers(q, answers) as AnswerLookup;
  return raisedRisks(eff, k.risks).map((finding) => ({
    finding,
    because: describeFiredBy(finding.firedBy, q, words.notProvided, words.without),
    cases: casesOf(k, finding.risk.cases),
  }));
}
