/**
 * The questionnaire's session: everything around the questions that the page used to keep in hooks.
 * A parent statechart that composes the questionnaire machine (machine.ts, not changed by it): it holds
 * that machine's snapshot in its context and moves it with xstate's pure `transition`, so the questions'
 * rules stay in one machine and one validator (`submissionError`).
 *
 *   session:  reading ──saved.read──▶ offering ("Continue where you left off?") ──resume.*──▶ running
 *                 └──────────────────────────────────────────────────────────────────────────▶ running
 *             any ──file.loaded / answers.deleted / sync.deleted──▶ running
 *   storage:  ok ──storage.unavailable / .full / .corrupt──▶ that problem; storage.saved ends the first two
 *             (an unreadable copy stays until deleted)
 *
 * Pure: no storage, no history, no DOM, no clock. The page (islands/wizard/session-effects.ts) reads the
 * device and the browser's history, sends what it found as events, and performs what the snapshots say:
 * it saves every new answers snapshot, pushes a history entry when `how` is 'step', moves focus.
 * Words come ready in the events' notices: the machine decides when a notice shows, not what it says.
 */
import { assign, not, setup, transition, type SnapshotFrom } from 'xstate';
import type { AnswersFile } from '../answers/file.ts';
import type { Answers } from '../answers/schema.ts';
import type { Question, Questionnaire } from '../questionnaire/schema.ts';
import type { AnswerError } from '../questionnaire/validate.ts';
import { walkOf } from './position.ts';
import { pageErrors, positionKey, positionOf, restore, type Walk, type WizardEvent, type WizardMachine, type WizardSnapshot, type WizardView } from './machine.ts';

export type StorageProblem = 'unavailable' | 'full' | 'corrupt';
/** `name`: a file's name in the text, isolated for right-to-left text; `field`: the file input it concerns. */
export type Notice =
  | { kind: 'success' | 'info'; text: string; name?: string }
  | { kind: 'error'; title: string; text: string; details: string[]; name: string; field: string };
/**
 * How the page came to show what it shows: `load` (the page opening: its history entry is replaced and
 * focus stays), `step` (a new entry, focus on the heading), `history` (the browser's Back or Forward:
 * the entry exists already).
 */
export type How = 'load' | 'step' | 'history';

export interface SessionContext {
  /** The questionnaire machine's snapshot; null until the saved answers were looked at, and while offering. */
  wizard: WizardSnapshot | null;
  /** The first question, drawn while the saved answers are read (null when there may be some to show instead). */
  first: WizardView | null;
  /** The saved answers "Continue where you left off?" offers. */
  offer: AnswersFile | null;
  /** The workshop scenario the answers belong to: kept with every save, dropped by Start again. */
  scenario: string | undefined;
  notice: Notice | null;
  /** Why the page's last answers were refused, question by question in its order (the words are the page's); cleared by any step. */
  error: readonly { question: Question; error: AnswerError }[] | null;
  /** Counts refused answers: each one, the same again included, moves focus to the error summary. */
  failedSubmits: number;
  how: How;
  /** Bumped when another tab's answers are taken in: the question's fields show them. */
  synced: number;
  /** Bumped when the answers are replaced as a whole: what was typed and not submitted is dropped. */
  fresh: number;
}

export type SessionEvent =
  /** The page may find saved answers (or was opened to continue them): show "loading", not the first question. */
  | { type: 'saved.expected' }
  /** `fresh`: opened to continue these answers (a scenario just started, the draft's "Check or change"): no offer. */
  | { type: 'saved.read'; file: AnswersFile | null; fresh: boolean }
  | { type: 'resume.continue' }
  /** Start again, after the page set the saved answers aside as a version. */
  | { type: 'resume.restart' }
  /** A page's answers: `companions`, the values of the other questions on its page (machine.ts). */
  | { type: 'answer.submit'; question: string; value: unknown; companions?: Record<string, unknown> }
  /** From check-answers after a workshop's short path: answer the questions left for later. */
  | { type: 'path.rest' }
  | { type: 'nav.back' }
  | { type: 'nav.change'; question: string }
  /** The browser's Back or Forward reached an entry of this page at `at`. */
  | { type: 'history.pop'; at: string; changing: boolean }
  | { type: 'file.loaded'; file: AnswersFile; notice: Notice }
  | { type: 'file.refused'; notice: Notice }
  /** "Delete my answers", after the page deleted them from the device. */
  | { type: 'answers.deleted'; notice: Notice }
  /** Another tab deleted the answers. */
  | { type: 'sync.deleted'; notice: Notice }
  /** Another tab changed them; `answers`: merged with this tab's. */
  | { type: 'sync.changed'; file: AnswersFile; answers: Answers; notice: Notice }
  /** What reading or saving on this device said; `corrupt`: an unreadable copy was found (here or by another tab). */
  | { type: 'storage.saved' | 'storage.unavailable' | 'storage.full' | 'storage.corrupt' };

/**
 * `wizard` builds the questionnaire machine on first use: the page draws the first question without it
 * (its building is most of the page's start-up work), so it is built once the saved answers are read.
 */
export function createSessionMachine(questionnaire: Questionnaire, wizard: () => WizardMachine, shortPaths: Readonly<Record<string, readonly string[]>> = {}) {
  /** The machine at a position with these answers; at the start it moves to the first question, as the page does. */
  const begin = (answers: Answers = {}, at?: string, changing = false, walk?: Walk): WizardSnapshot => {
    const s = restore(wizard(), questionnaire, answers, at, changing, walk);
    return positionOf(questionnaire, s).page === 'start' ? move(s, { type: 'wizard.start' }) : s;
  };
  const move = (s: WizardSnapshot, e: WizardEvent): WizardSnapshot => transition(wizard(), s, e)[0];
  const keyOf = (s: WizardSnapshot | null) => (s ? positionKey(positionOf(questionnaire, s)) : undefined);
  /** The page's refused answers, by the machine's own validator (its guard uses the same function). */
  const refusal = (c: SessionContext, e: { question: string; value: unknown; companions?: Record<string, unknown> | undefined }) => {
    const out = c.wizard ? pageErrors(questionnaire, c.wizard.context.answers, e.question, e.value, e.companions) : [];
    return out.length ? out : null;
  };

  type Of<T extends SessionEvent['type']> = Extract<SessionEvent, { type: T }>;
  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
      input: {} as { first: WizardView | null },
    },
    guards: {
      saved: ({ event }) => !!(event as Of<'saved.read'>).file && Object.keys((event as Of<'saved.read'>).file!.answers).length > 0,
      refused: ({ context, event }) => refusal(context, event as Of<'answer.submit'>) !== null,
      /** Back or Forward to another page than the one shown (to the same one, nothing happens). */
      elsewhere: ({ context, event }) => (event as Of<'history.pop'>).at !== keyOf(context.wizard),
      /** Back from the first question leaves the questionnaire (the page's link does that), never to the machine's start. */
      leaves: ({ context, event }) => positionOf(questionnaire, move(context.wizard!, event as Of<'nav.back'>)).page === 'start',
    },
    actions: {
      offer: assign(({ event }) => {
        const file = (event as Of<'saved.read' | 'sync.changed'>).file!;
        return { offer: file, scenario: file.scenario, how: 'load' as const };
      }),
      /** Empty answers: Start again, "Delete my answers" here or in another tab. The machine's own `answers.clear`. */
      startEmpty: assign(({ context, event }) => ({
        wizard: context.wizard ? move(move(context.wizard, { type: 'answers.clear' }), { type: 'wizard.start' }) : begin(),
        scenario: undefined,
        offer: null,
        notice: 'notice' in event ? event.notice : null,
        error: null,
        how: 'step' as const,
        fresh: context.fresh + 1,
      })),
      step: assign(({ context, event }) => ({
        wizard: move(context.wizard!, event as Of<'answer.submit' | 'nav.back' | 'nav.change' | 'path.rest'>),
        error: null,
        // A notice (a file loaded, another tab's change) stays until the next answer.
        notice: event.type === 'answer.submit' ? null : context.notice,
        how: 'step' as const,
      })),
    },
  }).createMachine({
    id: 'session',
    type: 'parallel',
    context: ({ input }) => ({ wizard: null, first: input.first, offer: null, scenario: undefined, notice: null, error: null, failedSubmits: 0, how: 'load', synced: 0, fresh: 0 }),
    states: {
      session: {
        initial: 'reading',
        on: {
          // A file remembers the page it was saved on (a scenario's starting file, its first open
          // question): it continues there, else at check-answers.
          'file.loaded': {
            target: '.running',
            actions: assign(({ context, event: { file, notice } }) => ({ wizard: begin(file.answers, file.at ?? 'check', false, walkOf(file, shortPaths)), scenario: file.scenario, offer: null, notice, error: null, how: 'step', fresh: context.fresh + 1 })),
          },
          'file.refused': { actions: assign({ notice: ({ event }) => event.notice }) },
          'answers.deleted': { target: '.running', actions: 'startEmpty' },
          'sync.deleted': { target: '.running', actions: 'startEmpty' },
        },
        states: {
          reading: {
            on: {
              'saved.expected': { actions: assign({ first: null }) },
              'saved.read': [
                // Opened to continue: no question to ask.
                {
                  guard: ({ event }) => event.fresh && !!event.file && Object.keys(event.file.answers).length > 0,
                  target: 'running',
                  actions: assign(({ context, event }) => ({ wizard: begin(event.file!.answers, event.file!.at, false, walkOf(event.file!, shortPaths)), scenario: event.file!.scenario, how: 'load', fresh: context.fresh + 1 })),
                },
                { guard: 'saved', target: 'offering', actions: 'offer' },
                { target: 'running', actions: assign({ wizard: () => begin(), how: 'load' }) },
              ],
              'sync.changed': { target: 'offering', actions: 'offer' },
            },
          },
          offering: {
            on: {
              'resume.continue': {
                target: 'running',
                actions: assign(({ context: { offer, fresh } }) => ({ wizard: begin(offer!.answers, offer!.at, false, walkOf(offer!, shortPaths)), scenario: offer!.scenario, offer: null, how: 'step', fresh: fresh + 1 })),
              },
              'resume.restart': { target: 'running', actions: 'startEmpty' },
              // Still asking: the question is about the answers as they are now.
              'sync.changed': { actions: 'offer' },
            },
          },
          running: {
            on: {
              'answer.submit': [
                { guard: 'refused', actions: assign(({ context, event }) => ({ error: refusal(context, event), failedSubmits: context.failedSubmits + 1 })) },
                { actions: 'step' },
              ],
              'nav.back': { guard: not('leaves'), actions: 'step' },
              'nav.change': { actions: 'step' },
              'path.rest': { actions: 'step' },
              // After "Delete my answers" or Start again the pages before are gone: Back or Forward starts afresh.
              'history.pop': {
                guard: 'elsewhere',
                actions: assign(({ context, event: { at, changing } }) => {
                  const answers = context.wizard!.context.answers;
                  return { wizard: begin(answers, Object.keys(answers).length ? at : undefined, changing, context.wizard!.context), error: null, how: 'history' };
                }),
              },
              // Another tab's answers, merged with this tab's, on the page shown.
              'sync.changed': {
                actions: assign(({ context: { wizard: w, synced }, event: { file, answers, notice } }) => ({ wizard: begin(answers, keyOf(w), w!.context.changing, w!.context), scenario: file.scenario, notice, synced: synced + 1, how: 'step' })),
              },
            },
          },
        },
      },
      storage: {
        initial: 'ok',
        on: { 'storage.unavailable': '.unavailable', 'storage.full': '.full', 'storage.corrupt': '.corrupt' },
        states: {
          ok: {},
          // Saved again: the problem is over. An unreadable copy is not: it stays until deleted.
          unavailable: { on: { 'storage.saved': 'ok' } },
          full: { on: { 'storage.saved': 'ok' } },
          corrupt: {},
        },
      },
    },
  });
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;
export type SessionSnapshot = SnapshotFrom<SessionMachine>;

// The page draws snapshots without loading xstate (session-view.ts); the machine's users find it here too.
export { sessionView } from './session-view.ts';
