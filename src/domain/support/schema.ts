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
        when: conditionSchema.optional(),
        lessons: z.array(z.string()),
      }),
    )
    .min(1),
  monitoring: z.array(z.strictObject({ ...cited, when: conditionSchema.optional() })).min(1),
});

export type SupportContent = z.infer<typeof supportContentSchema>;
