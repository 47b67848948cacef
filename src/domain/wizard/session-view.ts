/**
 * What the questionnaire page draws from a session snapshot (session.ts), without xstate: the page draws
 * its first question and takes the first answer before the engine (xstate and both machines) has loaded,
 * from `bootSession`, the snapshot the session machine starts in.
 */
import type { Answers } from '../answers/schema.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { firstQuestionView, positionKey, positionOf, type Position, type WizardView } from './position.ts';
import type { SessionContext, StorageProblem } from './session.ts';

/** The part of a session snapshot the page reads: the machine's, or `bootSession` before it has loaded. */
export interface SessionState {
  context: SessionContext;
  matches(value: { session: 'reading' | 'offering' | 'running' } | { storage: 'ok' | StorageProblem }): boolean;
}

/**
 * The session machine's initial snapshot, given the first question's view: reading the device, storage
 * not yet heard from (a test holds it equal to the machine's own).
 */
export function bootSession(questionnaire: Questionnaire): SessionState {
  return {
    context: { wizard: null, first: firstQuestionView(questionnaire), offer: null, scenario: undefined, notice: null, error: null, failedSubmits: 0, how: 'load', synced: 0, fresh: 0 },
    matches: (v) => ('session' in v ? v.session === 'reading' : v.storage === 'ok'),
  };
}

/** What the page draws: the questions' view and position, and a key that changes with every page shown. */
export function sessionView(questionnaire: Questionnaire, s: SessionState) {
  const view: WizardView | null = s.context.wizard ?? (s.matches({ session: 'reading' }) ? s.context.first : null);
  const position: Position | null = view ? positionOf(questionnaire, view) : null;
  const key = s.matches({ session: 'offering' }) ? 'resume' : position ? (positionKey(position) ?? 'start') : 'loading';
  const storage: StorageProblem | null = (['unavailable', 'full', 'corrupt'] as const).find((p) => s.matches({ storage: p })) ?? null;
  return { view, position, key, storage, answers: (view?.context.answers ?? {}) as Answers };
}
