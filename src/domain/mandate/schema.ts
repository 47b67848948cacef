/**
 * The draft mandate as data (content/mandate/articles.yaml): articles of clauses, each clause shown
 * when its condition holds, with slots filled from the answers.
 */
import { z } from '../zod.ts';
import { conditionSchema } from '../conditions/schema.ts';

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a key in kebab-case');

export const clauseSchema = z.strictObject({
  /** Stable key of the clause, unique within its article. */
  key,
  /** Include the clause only when the condition holds. */
  when: conditionSchema.optional(),
  /** The questions whose lessons annotate this clause. */
  questions: z.array(key).default([]),
  /** Operative text; `{slot}` marks a value from the answers. */
  text: z.string().min(1),
  /** A lettered list after the text; each item may have its own condition. */
  items: z.array(z.strictObject({ when: conditionSchema.optional(), text: z.string().min(1) })).optional(),
});

export const articleSchema = z.strictObject({
  key,
  title: z.string().min(1),
  clauses: z.array(clauseSchema).min(1),
});

export const mandateContentSchema = z.strictObject({
  /** Document title, with slots. */
  title: z.string().min(1),
  preamble: z.array(z.strictObject({ text: z.string().min(1) })).min(1),
  articles: z.array(articleSchema).min(1),
});

export type MandateContent = z.infer<typeof mandateContentSchema>;
export type ClauseContent = z.infer<typeof clauseSchema>;
