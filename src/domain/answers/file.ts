/**
 * The answers file: the JSON a user downloads, shares and loads again, and the command-line generator
 * reads. Versioned so that an older file keeps working: `readAnswersFile` migrates it.
 *
 *   { "format": "peace-secretariat-mandate-answers", "schemaVersion": 2, "savedAt": "…", "answers": { … } }
 *
 * Version 1 (the first prototype) kept answers as a list of { "question", "value" } pairs.
 */
import { z } from '../zod.ts';
import { answersSchema } from './schema.ts';
import { FILE_FORMAT, MAX_FILE_BYTES, SCHEMA_VERSION } from './format.ts';

export { FILE_FORMAT, MAX_FILE_BYTES, SCHEMA_VERSION, serializeAnswersFile, toAnswersFile } from './format.ts';

export const answersFileSchema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** ISO date-time of the save; informational only. */
  savedAt: z.string().max(40).optional(),
  /** Where the user was in the questionnaire: a question id or "check". */
  at: z.string().max(80).optional(),
  /** The workshop scenario these answers were started from, if any (its id). */
  scenario: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80).optional(),
  answers: answersSchema,
});
export type AnswersFile = z.infer<typeof answersFileSchema>;

const v1Schema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  schemaVersion: z.literal(1),
  savedAt: z.string().max(40).optional(),
  answers: z.array(z.strictObject({ question: z.string(), value: z.union([z.string(), z.array(z.string())]) })),
});

export type ReadResult =
  | { ok: true; file: AnswersFile; migratedFrom?: number }
  | { ok: false; reason: 'too-large' | 'not-json' | 'not-answers' | 'newer-version' | 'unknown-version' | 'invalid'; details: string[] };

function describe(issues: { path: PropertyKey[]; message: string }[]): string[] {
  return issues.slice(0, 5).map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
}

/** Reads an answers file's text. Never throws: a bad file gives a reason the UI and the CLI can explain. */
export function readAnswersFile(text: string): ReadResult {
  if (new TextEncoder().encode(text).length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', details: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'not-json', details: [(e as Error).message] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FILE_FORMAT) {
    return { ok: false, reason: 'not-answers', details: [] };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) return { ok: false, reason: 'newer-version', details: [String(version)] };
  if (version === 1) {
    const old = v1Schema.safeParse(data);
    if (!old.success) return { ok: false, reason: 'invalid', details: describe(old.error.issues) };
    const migrated = {
      format: FILE_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      ...(old.data.savedAt ? { savedAt: old.data.savedAt } : {}),
      answers: Object.fromEntries(old.data.answers.map((p) => [p.question, p.value])),
    };
    const parsed = answersFileSchema.safeParse(migrated);
    if (!parsed.success) return { ok: false, reason: 'invalid', details: describe(parsed.error.issues) };
    return { ok: true, file: parsed.data, migratedFrom: 1 };
  }
  if (version !== SCHEMA_VERSION) return { ok: false, reason: 'unknown-version', details: [String(version)] };
  const parsed = answersFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: 'invalid', details: describe(parsed.error.issues) };
  return { ok: true, file: parsed.data };
}
