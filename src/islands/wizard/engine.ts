/**
 * The questionnaire's engine: xstate, the session statechart and the questionnaire machine. The page
 * draws its first question without it (domain/wizard/session-view.ts) and loads it when the user starts
 * answering, or at once when there may be saved answers to show: it is some 12 KB gzip that a visitor
 * who only reads the first question never needs.
 */
import { createActor } from 'xstate';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { firstQuestionView } from '../../domain/wizard/position.ts';
import { createWizardMachine, type WizardMachine } from '../../domain/wizard/machine.ts';
import { createSessionMachine } from '../../domain/wizard/session.ts';

export function createSession(questionnaire: Questionnaire, shortPaths?: Readonly<Record<string, readonly string[]>>) {
  // The questionnaire machine inside is built on first use: when the saved answers have been read.
  let m: WizardMachine | undefined;
  return createActor(createSessionMachine(questionnaire, () => (m ??= createWizardMachine(questionnaire)), shortPaths), { input: { first: firstQuestionView(questionnaire) } });
}

export type SessionActor = ReturnType<typeof createSession>;
