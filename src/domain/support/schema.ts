/** The donor's support scope as content: framing per phase, risks of funding, monitoring questions. */
import { z } from '../zod.ts';
import { conditionSchema } from '../conditions/schema.ts';
import { citationSchema } from '../knowledge/schema.ts';

const text = z.string().min(1);
const cited = { text, citations: z.array(citationSchema).min(1) };

export const supportContentSchema = z.strictObject({
  lede: text,
  phases: z.strictObject({
    'pre-formal': z.strictObject(cited),
    'preparing-talks': z.strictObject(cited),
    'formal-negotiations': z.strictObject(cited),
    stalled: z.strictObject(cited),
    implementation: z.strictObject(cited),
  }),
  risks: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
        title: text,
        ...cited,
        /**
         * The knowledge risks (content/risks/) this risk of funding belongs to: it is listed exactly when
         * one of them is raised, so that the scope and check-your-answers never disagree. The build sets
         * `when` from them; a risk with `risks` must not have a `when` of its own.
         */
        risks: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).min(1).optional(),
        when: conditionSchema.optional(),
        lessons: z.array(z.string()),
      }),
    )
    .min(1),
  monitoring: z.array(z.strictObject({ ...cited, when: conditionSchema.optional() })).min(1),
});

export type SupportContent = z.infer<typeof supportContentSchema>;
