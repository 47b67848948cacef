/**
 * Workshop scenarios: a historical situation to design for, with the context answers set, a facilitator
 * note, questions for discussion, and what the historical body did in each mandate area. Every statement
 * of history names the case facts it rests on, so its citations (and whether they come from outside the
 * article) are the facts' own.
 */
import { z } from '../zod.ts';
import { conditionSchema } from '../conditions/schema.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in kebab-case');
const text = z.string().min(1);

import { COMPARED_AREAS } from './areas.ts';

export { COMPARED_AREAS };

const answerValue = z.union([z.string(), z.array(z.string())]);

export const historyEntrySchema = z.strictObject({
  area: z.enum(COMPARED_AREAS),
  /** What the historical body did in this area, in our words. */
  text,
  /** The case facts this rests on (their citations are shown). */
  facts: z.array(id).min(1),
  /**
   * The historical choices in questionnaire terms, only where the facts support them. For a question
   * with several answers, the list is what the record shows the body did, not everything it did.
   */
  choices: z.record(z.string(), answerValue).optional(),
  lessons: z.array(id),
});

export const scenarioSchema = z.strictObject({
  id,
  title: text,
  /** The case and the body the scenario is about. */
  case: id,
  body: id,
  /** Where and when the scenario is set, in a few words. */
  setting: text,
  summary: text,
  brief: z.array(z.strictObject({ text, facts: z.array(id).min(1) })).min(1),
  /** Context answers set by the scenario; the design is left to the participants. */
  context: z.record(z.string(), answerValue),
  /** The questions the short path for a two-hour session adds to the core (content/workshops/short-path.yaml). */
  keyQuestions: z.array(id).min(1),
  discussion: z.array(text).min(2),
  facilitatorNote: text,
  history: z.array(historyEntrySchema).min(1),
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type Scenario = z.infer<typeof scenarioSchema>;

/**
 * A failure a case records (content/failures.yaml), with the answers that repeat it. The comparison with
 * history flags it in its area whatever the scenario, with its case's facts and lessons.
 */
export const failureSchema = z.strictObject({
  id,
  area: z.enum(COMPARED_AREAS),
  /** A short name for the failure, shown beside the area. */
  title: text,
  /** What the design does and what happened, in our words. */
  text,
  case: id,
  /** The case facts it rests on (their citations are shown). */
  facts: z.array(id).min(1),
  lessons: z.array(id).min(1),
  /** The answers that repeat it: only answers chosen on purpose, never a question left unanswered. */
  when: conditionSchema,
});

export const failuresFileSchema = z.strictObject({ failures: z.array(failureSchema).min(1) });

export type Failure = z.infer<typeof failureSchema>;

/** The run sheet of a two-hour session (content/workshops/run-sheet.yaml), shown for each scenario. */
export const runSheetSchema = z.strictObject({
  /** How many people, in how many groups, the timings are for. */
  people: z.number().int().positive(),
  groups: z.number().int().positive(),
  steps: z
    .array(
      z.strictObject({
        minutes: z.number().int().positive(),
        title: text,
        text,
        /** What goes on the screen in this step. */
        project: text.optional(),
        /** What to have on paper for this step. */
        print: text.optional(),
        /** The step in which the groups walk the short path (the run sheet says how many pages it takes). */
        shortPath: z.literal(true).optional(),
      }),
    )
    .min(1),
});

export type RunSheet = z.infer<typeof runSheetSchema>;

/** The short path's core (content/workshops/short-path.yaml): the questions every scenario asks, with why. */
export const shortPathSchema = z.strictObject({
  core: z.array(z.strictObject({ question: id, why: text })).min(1),
});

export type ShortPathCore = z.infer<typeof shortPathSchema>['core'];
