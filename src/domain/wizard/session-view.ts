/**
 * What the questionnaire page draws from a session snapshot (session.ts), without xstate: the page draws
 * its first question and takes the first answer before the engine (xstate and both machines) has loaded,
 * from `bootSession`, the snapshot the session machine starts in; and it shows the answers it finds saved
 * (check-answers, or "Continue where you left off?") from `openedSession`, the snapshot the machine
 * reaches on reading them, so the engine loads only when the user does something with them.
 */
import type { AnswersFile } from '../answers/file.ts';
import type { Answers } from '../answers/schema.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { firstQuestionView, positionKey, positionOf, restoredView, walkOf, type Position, type WizardView } from './position.ts';
import type { SessionContext, StorageProblem } from './session.ts';

/**
 * The part of a session snapshot the page reads: the machine's, or `bootSession` and `openedSession`
 * before it has loaded (whose questions' state is a view: the position and the answers).
 */
export interface SessionState {
  context: Omit<SessionContext, 'wizard'> & { wizard: WizardView | null };
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

/**
 * The session machine's snapshot once the page has read the device (`saved.expected`, then the storage
 * problem found if any, then `saved.read`), without building the questionnaire machine: saved answers
 * are offered ("Continue where you left off?"), or shown at once where they were saved when the page was
 * opened to continue them (`fresh`); with none, the first question. A test holds it equal to the machine's.
 */
export function openedSession(questionnaire: Questionnaire, file: AnswersFile | null, fresh: boolean, problem: StorageProblem | null, shortPaths: Readonly<Record<string, readonly string[]>> = {}): SessionState {
  const saved = !!file && Object.keys(file.answers).length > 0;
  const session = saved ? (fresh ? 'running' : 'offering') : 'running';
  // The machine's initial context (bootSession's), as `saved.expected` leaves it.
  const base = { ...bootSession(questionnaire).context, first: null };
  const context =
    saved && fresh
      ? { ...base, wizard: restoredView(questionnaire, file.answers, file.at, false, walkOf(file, shortPaths)), scenario: file.scenario, fresh: 1 }
      : saved
        ? { ...base, wizard: null, offer: file, scenario: file.scenario }
        : { ...base, wizard: firstQuestionView(questionnaire) };
  return { context, matches: (v) => ('session' in v ? v.session === session : v.storage === (problem ?? 'ok')) };
}

/** What the page draws: the questions' view and position, and a key that changes with every page shown. */
export function sessionView(questionnaire: Questionnaire, s: SessionState) {
  const view: WizardView | null = s.context.wizard ?? (s.matches({ session: 'reading' }) ? s.context.first : null);
  const position: Position | null = view ? positionOf(questionnaire, view) : null;
  const key = s.matches({ session: 'offering' }) ? 'resume' : position ? (positionKey(position) ?? 'start') : 'loading';
  const storage: StorageProblem | null = (['unavailable', 'full', 'corrupt'] as const).find((p) => s.matches({ storage: p })) ?? null;
  return { view, position, key, storage, answers: (view?.context.answers ?? {}) as Answers };
}
