/**
 * The points on which two sides' designs must fit together (content/compare/points.yaml). Validated at
 * build time; the browser gets them as plain data with their lessons resolved (see designs.ts).
 */
import { z } from '../zod.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in kebab-case');
const text = z.string().min(1);

export const pointSchema = z.strictObject({
  id,
  /** The point as the parties would name it. */
  title: text,
  /** Why it needs both sides, in our words. */
  text,
  /** Questionnaire ids: the designs collide when both answer one of them differently. */
  questions: z.array(id).min(1),
  /** Lessons shown with their sources beside the point. */
  lessons: z.array(id),
});

export const pointsFileSchema = z.strictObject({ points: z.array(pointSchema).min(1) });
export type Point = z.infer<typeof pointSchema>;
