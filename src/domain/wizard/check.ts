/**
 * What check-your-answers shows, prepared outside the components: every answer in words by section, and
 * the risks the answers raise (the same findings as the draft). Kept apart from view.ts so that the first
 * question's page does not carry the rules.
 */
import type { Answers } from '../answers/schema.ts';
import { isAnswered, type AnswerLookup } from '../conditions/condition.ts';
import type { Question, Questionnaire } from '../questionnaire/schema.ts';
import { effectiveAnswers, visibleQuestions } from '../questionnaire/visibility.ts';
import { describeFiredBy, raisedRisks } from '../rules/findings.ts';
import { casesOf, type WizardKnowledge } from './view.ts';

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

/**
 * Every question that applies, grouped by section, with its answer in words. On a workshop's short path
 * (`only`), the questions it asked and any other answered: those left for later are counted apart.
 */
export function checkSections(q: Questionnaire, answers: Answers, only?: readonly string[]): CheckSection[] {
  const eff = effectiveAnswers(q, answers) as AnswerLookup;
  const visible = new Set(visibleQuestions(q, eff).filter((x) => !only || only.includes(x.id) || isAnswered(eff[x.id])));
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

export function riskCards(q: Questionnaire, k: WizardKnowledge, answers: Answers, words: { notProvided: string; without: string; quoted?: string }) {
  const eff = effectiveAnswers(q, answers) as AnswerLookup;
  return raisedRisks(eff, k.risks).map((finding) => ({
    finding,
    because: describeFiredBy(finding.firedBy, q, words.notProvided, words.without, words.quoted),
    cases: casesOf(k, finding.risk.cases),
  }));
}
