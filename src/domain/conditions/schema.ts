/** The zod schema of the condition language, apart from its evaluator so browser code need not load zod. */
import { z } from '../zod.ts';
import type { Condition } from './condition.ts';

const qid = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a question id in kebab-case');
const value = z.string().min(1);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: qid, is: value }),
    z.strictObject({ question: qid, in: z.array(value).min(1) }),
    z.strictObject({ question: qid, includes: value }),
    z.strictObject({ question: qid, includesAny: z.array(value).min(1) }),
    z.strictObject({ question: qid, answered: z.boolean() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);
