/**
 * Validation of one answer on submit, GOV.UK style: the domain says what is wrong as a code; the UI
 * turns the code into words from content/ui (so a second language is a matter of adding files).
 */
import { isAnswered, type AnswerLookup } from '../conditions/condition.ts';
import type { Answers } from '../answers/schema.ts';
import { MAX_TEXT } from '../answers/format.ts';
import type { Question, Questionnaire } from './schema.ts';
import { effectiveAnswers, visibleOptions, visibleQuestions } from './visibility.ts';

export type AnswerError = { code: 'required' } | { code: 'too-long'; max: number } | { code: 'unknown-option' };

export function validateAnswer(question: Question, value: unknown, answers: AnswerLookup): AnswerError | null {
  if (question.type === 'single' || question.type === 'multiple') {
    const offered = new Set(visibleOptions(question, answers).map((o) => o.id));
    const values = question.type === 'single' ? (typeof value === 'string' && value ? [value] : []) : Array.isArray(value) ? value : [];
    if (question.type === 'single' && value !== undefined && value !== '' && typeof value !== 'string') return { code: 'unknown-option' };
    if (values.some((v) => typeof v !== 'string' || !offered.has(v))) return { code: 'unknown-option' };
    if (question.required && values.length === 0) return { code: 'required' };
    return null;
  }
  if (value !== undefined && typeof value !== 'string') return { code: 'required' };
  const text = (value as string | undefined) ?? '';
  if (question.required && !isAnswered(text)) return { code: 'required' };
  if (text.length > MAX_TEXT) return { code: 'too-long', max: MAX_TEXT };
  return null;
}

/** Required questions that apply but have no answer: what stands between the user and a complete draft. */
export function missingRequired(q: Questionnaire, answers: Answers): Question[] {
  const eff = effectiveAnswers(q, answers) as AnswerLookup;
  return visibleQuestions(q, eff).filter((x) => x.required && !isAnswered(eff[x.id]));
}

/** Normalises what a form submitted: trims nothing (text is kept exactly), drops empty choices. */
export function normaliseValue(question: Question, value: unknown): string | string[] | undefined {
  if (question.type === 'multiple') return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  if (typeof value !== 'string') return undefined;
  return value === '' ? undefined : value;
}
