/**
 * Positions in the questionnaire, read from a snapshot's state value, and the first question's view.
 * Kept apart from the machine (machine.ts) so that the questionnaire page can draw its first question,
 * save a position and read one without loading xstate: the engine loads when the user starts answering.
 */
import type { StateValue } from 'xstate';
import type { Answers } from '../answers/schema.ts';
import type { AnswerLookup } from '../conditions/condition.ts';
import type { Question, Questionnaire } from '../questionnaire/schema.ts';
import { pageOf } from '../questionnaire/pages.ts';
import { allQuestions, effectiveAnswers, isVisible, sectionOf } from '../questionnaire/visibility.ts';
import type { Walk, WizardSnapshot } from './machine.ts';

/** Where the user is: a question id, or one of the two pages around the questions. */
export type Position = { page: 'start' } | { page: 'check' } | { page: 'question'; question: Question };

/** The full questionnaire, every question in order: the walk of a file that names no short path. */
export const FULL: Walk = { path: 'full', short: [] };

export type WizardView = Pick<WizardSnapshot, 'value' | 'context'>;

/**
 * The view of the first question with nothing answered: what the machine reaches from its initial
 * state on `wizard.start` (a test holds the two together). The page draws it without building the
 * machine, which is the largest part of the page's start-up work.
 */
export function firstQuestionView(questionnaire: Questionnaire): WizardView {
  // The machine's value type is generated from the content; valueFor builds one of its question values.
  const value = valueFor(questionnaire, allQuestions(questionnaire)[0]!.id) as WizardView['value'];
  return { value, context: { answers: {}, changing: false, ...FULL } };
}

/** The state value of a question page, for restoring a saved position with `machine.resolveState`. */
export function valueFor(questionnaire: Questionnaire, at: string | undefined): StateValue {
  if (at === 'check') return 'check';
  const section = at ? sectionOf(questionnaire, at) : undefined;
  if (!section || !at) return 'start';
  return { questionnaire: { [section.id]: at } };
}

/**
 * The view a saved position is restored to (machine.ts `restore` resolves the machine's state from it;
 * the page draws it before the machine is built). A position that no longer applies (the content
 * changed, or the question is now hidden) falls back to check-answers, or the start.
 */
export function restoredView(questionnaire: Questionnaire, answers: Answers, at: string | undefined, changing = false, walk: Walk = FULL): WizardView {
  const eff = effectiveAnswers(questionnaire, answers) as AnswerLookup;
  // A position saved on a companion (by an older version of the content) is its page's.
  const q = at ? pageOf(questionnaire, at)?.leader : undefined;
  const hasAny = Object.keys(answers).length > 0;
  const target = q && isVisible(q, eff) ? q.id : at === 'check' || hasAny ? 'check' : undefined;
  // Changing an answer from check-answers (returned to by the browser's history) continues only on a question.
  const value = valueFor(questionnaire, target) as WizardView['value'];
  return { value, context: { answers, changing: changing && target !== undefined && target !== 'check', path: walk.path, short: walk.short } };
}

/** The walk a file continues on: its scenario's short path (or the rest of it), else the full one. */
export function walkOf(file: { scenario?: string | undefined; path?: Walk['path'] | undefined }, shortPaths: Readonly<Record<string, readonly string[]>>): Walk {
  const short = (file.scenario && shortPaths[file.scenario]) || [];
  return { path: (short.length && file.path) || 'full', short };
}

/** Reads a snapshot's position. */
export function positionOf(questionnaire: Questionnaire, snapshot: { value: StateValue }): Position {
  const v = snapshot.value;
  if (v === 'start') return { page: 'start' };
  if (v === 'check') return { page: 'check' };
  const inner = (v as { questionnaire: Record<string, string> }).questionnaire;
  const [sectionId] = Object.keys(inner);
  const id = inner[sectionId!]!;
  const question = allQuestions(questionnaire).find((q) => q.id === id)!;
  return { page: 'question', question };
}

/** Where to save the user's position: the question id, "check", or nothing at the start. */
export function positionKey(p: Position): string | undefined {
  return p.page === 'question' ? p.question.id : p.page === 'check' ? 'check' : undefined;
}

