/**
 * The questionnaire as data: sections of questions, each with wording, options and a visibility
 * condition. Lives in content/questionnaire/*.yaml (one file per section, ordered by `order`).
 */
import { z } from '../zod.ts';
import { conditionSchema } from '../conditions/schema.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in kebab-case');

export const optionSchema = z.strictObject({
  /** Stable id, stored in the answers; must be one of the schema's enum values. */
  id,
  /** What the user reads next to the radio or checkbox. */
  label: z.string().min(1),
  /** Optional hint under the option label. */
  hint: z.string().min(1).optional(),
  /** Show this option only when the condition holds (e.g. a ministry only for a state party). */
  when: conditionSchema.optional(),
});

export const questionSchema = z.strictObject({
  /** Stable id; the key of the answer in the answers file. */
  id,
  /** single: radios; multiple: checkboxes; text: one line; longtext: a textarea. */
  type: z.enum(['single', 'multiple', 'text', 'longtext']),
  /** The question, shown as the page heading (legend or label). */
  label: z.string().min(1),
  /** Short label for the check-answers list and the draft's notes. */
  shortLabel: z.string().min(1),
  /** Hint under the heading. */
  hint: z.string().min(1).optional(),
  /** "Why we ask this": a few sentences that tie the question to the mandate and the lessons. */
  why: z.string().min(1),
  /** Whether an answer is required to continue. */
  required: z.boolean(),
  /** Error shown when a required answer is missing, GOV.UK style ("Select who establishes ..."). */
  errorRequired: z.string().min(1).optional(),
  /** The choices, for single and multiple. */
  options: z.array(optionSchema).min(2).optional(),
  /** Ask this question only when the condition holds (a branch). May refer only to earlier questions. */
  when: conditionSchema.optional(),
});

export const sectionSchema = z.strictObject({
  /** Stable id of the mandate area. */
  id,
  /** Position in the questionnaire. */
  order: z.number().int().positive(),
  /** The mandate area's name, shown in the progress view. */
  title: z.string().min(1),
  /** One sentence on what this area decides. */
  summary: z.string().min(1),
  questions: z.array(questionSchema).min(1),
  /**
   * Questions asked together on one page (GOV.UK: one fieldset per question under the page's heading).
   * The first is the page's question; the others are its companions, never a page of their own. They
   * follow each other in the section, and none may depend on an earlier question of the same page.
   */
  pages: z.array(z.strictObject({ heading: z.string().min(1), questions: z.array(id).min(2) })).optional(),
});

export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type PageGroup = NonNullable<Section['pages']>[number];
/** The whole questionnaire, sections in order. */
export interface Questionnaire {
  sections: Section[];
}
