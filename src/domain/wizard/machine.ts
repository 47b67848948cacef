/**
 * The questionnaire's statechart. It is generated from the questionnaire content, so its states are
 * the sections and their questions, and its guarded transitions are the branches:
 *
 *   start ──wizard.start──▶ questionnaire.<section>.<question> ⇄ … ──▶ check
 *                 ▲                         ▲   nav.back              │ nav.change (returns to check)
 *                 └──── answers.clear ──────┴────────────────────────┘
 *
 * Which question comes next (or before) is decided in choice points (`seek.next-<id>`, `seek.back-<id>`),
 * eventless states passed through within the same step: each tries one question with a named guard
 * (`isNextStop`, `isVisible`) and otherwise moves on to the next one. Each question thus has a constant
 * number of transitions (about 420 in all, against some 2,900 when each question listed every later
 * one), which makes the machine several times quicker to build when the page opens.
 *
 * Side effects (saving, downloading, exporting) stay outside: the island watches snapshots. That also
 * keeps the machine traversable by xstate/graph, which refuses `invoke` and `after`.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Answers } from '../answers/schema.ts';
import { isAnswered } from '../conditions/condition.ts';
import type { Question, Questionnaire } from '../questionnaire/schema.ts';
import { normaliseValue, validateAnswer, type AnswerError } from '../questionnaire/validate.ts';
import { allQuestions, effectiveAnswers, isVisible } from '../questionnaire/visibility.ts';
import { isCompanion, pageOf } from '../questionnaire/pages.ts';
import { FULL, restoredView } from './position.ts';

// The page reads positions without loading xstate (position.ts); the machine's users find them here too.
export { firstQuestionView, positionKey, positionOf, valueFor, type Position, type WizardView } from './position.ts';

export interface WizardContext {
  /** Every answer given, including those of questions a later change hid (never lost on the way back). */
  answers: Answers;
  /** True while the user edits one answer from check-answers: the next stop is check-answers again. */
  changing: boolean;
  /**
   * Which questions the walk stops at: 'full', every question that applies; 'short', a workshop's short
   * path (only those in `short` that apply); 'rest', after the short path, the ones still unanswered.
   */
  path: WizardPath;
  /** The short path's questions (a scenario's core and key questions); empty on the full path. */
  short: readonly string[];
}

export type WizardPath = 'full' | 'short' | 'rest';
/** The walk a saved file or a snapshot continues on. */
export type Walk = Pick<WizardContext, 'path' | 'short'>;

export type WizardEvent =
  | { type: 'wizard.start' }
  /**
   * A page's answers: `question` is the page's question, `companions` the values of the other
   * questions on the page (by id), each checked as the page's question is.
   */
  | { type: 'answer.submit'; question: string; value: unknown; companions?: Record<string, unknown> }
  | { type: 'nav.back' }
  | { type: 'nav.change'; question: string }
  | { type: 'answers.load'; answers: Answers }
  | { type: 'answers.clear' }
  /** From check-answers after the short path: on to the first question that applies and is unanswered. */
  | { type: 'path.rest' };


export const stateId = (questionId: string) => `q-${questionId}`;
/** The choice point that tries this question as the next stop, then the ones after it. */
const seekNextId = (questionId: string) => `next-${questionId}`;
/** The choice point that tries this question as the previous one, then the ones before it. */
const seekBackId = (questionId: string) => `back-${questionId}`;

type Lookup = Record<string, string | string[] | undefined>;

/**
 * Why the machine refuses this answer to this question, given the answers so far (null: it accepts it).
 * The machine's guard decides with it, and the page words its error message from it: one validator.
 */
export function submissionError(questionnaire: Questionnaire, answers: Answers, q: Question, value: unknown): AnswerError | null {
  return validateAnswer(q, normaliseValue(q, value), effectiveAnswers(questionnaire, answers) as Lookup);
}

/**
 * Every refusal on a page, in the page's order: the page's question and each companion that applies
 * (a companion hidden by the answers so far is not asked, so not checked). Empty: the page is accepted.
 */
export function pageErrors(
  questionnaire: Questionnaire,
  answers: Answers,
  question: string,
  value: unknown,
  companions: Record<string, unknown> = {},
): { question: Question; error: AnswerError }[] {
  const page = pageOf(questionnaire, question)!;
  const eff = effectiveAnswers(questionnaire, answers) as Lookup;
  const out: { question: Question; error: AnswerError }[] = [];
  for (const q of page.questions) {
    if (q !== page.leader && !isVisible(q, eff)) continue;
    const e = submissionError(questionnaire, answers, q, q === page.leader ? value : companions[q.id]);
    if (e) out.push({ question: q, error: e });
  }
  return out;
}

export function createWizardMachine(questionnaire: Questionnaire) {
  const questions = allQuestions(questionnaire);
  const byId = new Map(questions.map((q) => [q.id, q]));

  const withSubmitted = (answers: Answers, event: WizardEvent): Answers => {
    if (event.type !== 'answer.submit') return answers;
    const page = pageOf(questionnaire, event.question)!;
    const eff = effectiveAnswers(questionnaire, answers) as Lookup;
    const next = { ...answers } as Lookup;
    for (const q of page.questions) {
      // A companion the answers hide is not on the page: its earlier answer stays as it was.
      if (q !== page.leader && !isVisible(q, eff)) continue;
      const value = normaliseValue(q, q === page.leader ? event.value : event.companions?.[q.id]);
      if (value === undefined) delete next[q.id];
      else next[q.id] = value;
    }
    return next as Answers;
  };
  const visibleIn = (answers: Answers, id: string) =>
    isVisible(byId.get(id)!, effectiveAnswers(questionnaire, answers) as Lookup);
  /** On the short path, a question off it is passed by (going on or going back) as a hidden one is. */
  /** On a short path, a page is a stop when any of its questions is on the path (a companion included). */
  const onPath = (c: WizardContext, id: string) => c.path !== 'short' || pageOf(questionnaire, id)!.questions.some((q) => c.short.includes(q.id));

  const machine = setup({
    types: {
      context: {} as WizardContext,
      events: {} as WizardEvent,
      input: {} as ({ answers?: Answers } & Partial<Walk>) | undefined,
    },
    guards: {
      /** The submitted answers are for this page and pass validation (a value for another page's question is ignored). */
      isValidSubmission: ({ context, event }, params: { question: string }) =>
        event.type === 'answer.submit' && event.question === params.question && !pageErrors(questionnaire, context.answers, params.question, event.value, event.companions).length,
      /**
       * `to` is where the user goes after submitting: the next question that applies. While changing
       * an answer from check-answers, only a question that now needs an answer stops the return:
       * a required one left empty, or one this very answer has just opened.
       */
      isNextStop: ({ context, event }, params: { to: string }) => {
        const after = withSubmitted(context.answers, event);
        if (!visibleIn(after, params.to) || !onPath(context, params.to)) return false;
        // The page's questions that apply once this answer is in (a companion included).
        const open = pageOf(questionnaire, params.to)!.questions.filter((q) => visibleIn(after, q.id));
        // The rest of a short path: a page that asks something the short path did not and is still
        // unanswered, including what its answers opened (a page the short path asked was asked whole).
        if (context.path === 'rest') return open.some((q) => !context.short.includes(q.id) && !isAnswered((after as Lookup)[q.id]));
        if (!context.changing) return true;
        // The page stops the return if any question on it needs an answer.
        return open.some((q) => !isAnswered((after as Lookup)[q.id]) && (q.required || !visibleIn(context.answers, q.id)));
      },
      /** Going back lands on the previous question that applies. */
      isVisible: ({ context }, params: { to: string }) => visibleIn(context.answers, params.to) && onPath(context, params.to),
      isChanging: ({ context }) => context.changing,
      isShort: ({ context }) => context.path === 'short',
      /** A Change link targets this question (or a companion on its page), and it applies. */
      isChangeTarget: ({ context, event }, params: { to: string }) =>
        event.type === 'nav.change' && event.question === params.to && visibleIn(context.answers, params.to),
      hasAnswers: ({ event }) => event.type === 'answers.load' && Object.keys(event.answers).length > 0,
    },
    actions: {
      recordAnswer: assign({ answers: ({ context, event }) => withSubmitted(context.answers, event) }),
      beginChange: assign({ changing: true }),
      // Reaching check-answers also ends the rest of a short path: the walk is then the full one.
      endChange: assign({ changing: false, path: ({ context }) => (context.path === 'rest' ? 'full' : context.path) }),
      replaceAnswers: assign({ answers: ({ event }) => (event.type === 'answers.load' ? event.answers : {}), changing: false, ...FULL }),
      clearAnswers: assign({ answers: {}, changing: false, ...FULL }),
      beginRest: assign({ path: 'rest' }),
    },
  }).createMachine({
    id: 'wizard',
    context: ({ input }) => ({ answers: input?.answers ?? {}, changing: false, path: input?.path ?? 'full', short: input?.short ?? [] }),
    initial: 'start',
    on: {
      'answers.load': [
        { guard: 'hasAnswers', target: '.check', actions: 'replaceAnswers' },
        { target: '.start', actions: 'replaceAnswers' },
      ],
      'answers.clear': { target: '.start', actions: 'clearAnswers' },
    },
    states: {
      start: { on: { 'wizard.start': { target: `#${stateId(questions[0]!.id)}` } } },
      questionnaire: {
        // Entered only through a question's id; `initial` is required of compound states.
        initial: questionnaire.sections[0]!.id,
        states: Object.fromEntries(
          questionnaire.sections.map((section) => [
            section.id,
            {
              initial: section.questions[0]!.id,
              states: Object.fromEntries(
                section.questions.map((q) => {
                  const i = questions.indexOf(q);
                  // Submitting a page moves past all its questions; a companion's own state is never
                  // entered (its page's is), but keeps the machine's states one per question.
                  const next = questions[i + pageOf(questionnaire, q.id)!.questions.length];
                  const prev = questions[i - 1];
                  const valid = { type: 'isValidSubmission' as const, params: { question: q.id } };
                  return [
                    q.id,
                    {
                      id: stateId(q.id),
                      on: {
                        'answer.submit': next
                          ? { guard: valid, target: `#${seekNextId(next.id)}` }
                          : { guard: valid, target: '#wizard.check', actions: ['recordAnswer' as const, 'endChange' as const] },
                        'nav.back': [
                          { guard: 'isChanging' as const, target: '#wizard.check', actions: 'endChange' as const },
                          { target: prev ? `#${seekBackId(prev.id)}` : '#wizard.start' },
                        ],
                      },
                    },
                  ];
                }),
              ),
            },
          ]),
        ),
      },
      // Choice points, passed through within one step and never rested in. "Next from here" tries this
      // question and, if it is not the next stop, the one after; the answer is recorded on leaving, so
      // the guards still see the answers from before it (a question this answer opens is told apart).
      seek: {
        initial: seekNextId(questions[0]!.id),
        states: Object.fromEntries(
          questions.flatMap((q, i) => {
            const next = questions[i + 1];
            const prev = questions[i - 1];
            return [
              [
                seekNextId(q.id),
                {
                  id: seekNextId(q.id),
                  always: [
                    // A companion is never a stop: its page's question was tried just before it.
                    ...(isCompanion(questionnaire, q.id)
                      ? []
                      : [{ guard: { type: 'isNextStop' as const, params: { to: q.id } }, target: `#${stateId(q.id)}`, actions: 'recordAnswer' as const }]),
                    next
                      ? { target: `#${seekNextId(next.id)}` }
                      : { target: '#wizard.check', actions: ['recordAnswer' as const, 'endChange' as const] },
                  ],
                },
              ],
              [
                seekBackId(q.id),
                {
                  id: seekBackId(q.id),
                  always: [
                    ...(isCompanion(questionnaire, q.id) ? [] : [{ guard: { type: 'isVisible' as const, params: { to: q.id } }, target: `#${stateId(q.id)}` }]),
                    { target: prev ? `#${seekBackId(prev.id)}` : '#wizard.start' },
                  ],
                },
              ],
            ];
          }),
        ),
      },
      check: {
        on: {
          'nav.change': questions.map((q) => ({
            guard: { type: 'isChangeTarget' as const, params: { to: q.id } },
            target: `#${stateId(pageOf(questionnaire, q.id)!.leader.id)}`,
            actions: 'beginChange' as const,
          })),
          'nav.back': { target: `#${seekBackId(questions[questions.length - 1]!.id)}` },
          'path.rest': { guard: 'isShort', target: `#${seekNextId(questions[0]!.id)}`, actions: 'beginRest' },
        },
      },
    },
  });
  return machine;
}

export type WizardMachine = ReturnType<typeof createWizardMachine>;
export type WizardSnapshot = SnapshotFrom<WizardMachine>;
/**
 * Rebuilds a snapshot from saved answers and position (position.ts `restoredView`: a position that no
 * longer applies falls back to check-answers, or the start).
 */
export function restore(machine: WizardMachine, questionnaire: Questionnaire, answers: Answers, at: string | undefined, changing = false, walk: Walk = FULL) {
  return machine.resolveState(restoredView(questionnaire, answers, at, changing, walk));
}
