/**
 * The answers file: the JSON a user downloads, shares and loads again, and the command-line generator
 * reads. Versioned so that an older file keeps working: `readAnswersFile` migrates it.
 *
 *   { "format": "peace-secretariat-mandate-answers", "schemaVersion": 2, "savedAt": "…", "answers": { … } }
 *
 * Version 1 (the first prototype) kept answers as a list of { "question", "value" } pairs.
 */
import { z } from '../zod.ts';
import { answersSchema, answersShape, schemaOptions, type QuestionId } from './schema.ts';
import { FILE_FORMAT, MAX_FILE_BYTES, SCHEMA_VERSION } from './format.ts';
import { normaliseText } from './text.ts';

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
  /** A workshop's short path for a two-hour session ('short'), or the rest of it once offered ('rest'). */
  path: z.enum(['short', 'rest']).optional(),
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
  | { ok: false; reason: RefusalReason; details: string[] };

/**
 * Why a file is refused. `not-text` (bytes that are not UTF-8 or UTF-16) comes from the decoder in
 * encoding.ts; the others from the readers. For `newer-version` the detail is the version number, for
 * `unknown-version` a sentence saying what the file holds instead (see describeVersion).
 */
export type RefusalReason = 'too-large' | 'not-text' | 'not-json' | 'not-answers' | 'newer-version' | 'unknown-version' | 'invalid';

/**
 * What a file holds where its version should be, in words: "(undefined)" or "(Infinity)" told a user
 * nothing, and a version written as the text "2" is not version 2 but looks like it.
 */
export function describeVersion(version: unknown): string {
  const is = (what: string) => `the file's "schemaVersion" is ${what}`;
  if (version === undefined) return 'the file has no "schemaVersion"';
  if (typeof version === 'string') return is(`the text "${version.length > 20 ? `${version.slice(0, 20)}…` : version}", not a number`);
  if (typeof version === 'number') {
    if (!Number.isFinite(version) || Math.abs(version) > Number.MAX_SAFE_INTEGER) return is('a number too large to be a version');
    if (!Number.isInteger(version)) return is(`${version}, not a whole number`);
    return is(`${version}, a version no release of this tool has written`);
  }
  if (version === null) return is('null (empty), not a number');
  if (Array.isArray(version)) return is('a list, not a number');
  return is(`${typeof version === 'object' ? 'an object' : String(version)}, not a number`);
}

function describe(issues: { path: PropertyKey[]; message: string }[]): string[] {
  return issues.slice(0, 5).map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
}

/**
 * Answers with every free-text answer normalised (answers/text.ts); choices and unknown questions are
 * left as they are for the schema to judge (an option id with a control character in it stays wrong).
 */
export function normaliseAnswers(answers: Record<string, unknown>): Record<string, unknown> {
  const isText = (k: string) => Object.hasOwn(answersShape, k) && schemaOptions(k as QuestionId) === null;
  // fromEntries defines own properties, so a key named "__proto__" stays a key (and is refused later).
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, typeof v === 'string' && isText(k) ? normaliseText(v) : v]));
}

/** Reads an answers file's text. Never throws: a bad file gives a reason the UI and the CLI can explain. */
export function readAnswersFile(text: string): ReadResult {
  if (new TextEncoder().encode(text).length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', details: [] };
  let data: unknown;
  try {
    // A byte order mark left in the text (read as UTF-8 elsewhere) is no reason to refuse the file.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, reason: 'not-json', details: [(e as Error).message] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FILE_FORMAT) {
    return { ok: false, reason: 'not-answers', details: [] };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (Number.isSafeInteger(version) && (version as number) > SCHEMA_VERSION) return { ok: false, reason: 'newer-version', details: [String(version)] };
  if (version === 1) {
    const old = v1Schema.safeParse(data);
    if (!old.success) return { ok: false, reason: 'invalid', details: describe(old.error.issues) };
    const migrated = {
      format: FILE_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      ...(old.data.savedAt ? { savedAt: old.data.savedAt } : {}),
      answers: normaliseAnswers(Object.fromEntries(old.data.answers.map((p) => [p.question, p.value]))),
    };
    return checked(migrated, 1);
  }
  if (version !== SCHEMA_VERSION) return { ok: false, reason: 'unknown-version', details: [describeVersion(version)] };
  const answers = (data as { answers?: unknown }).answers;
  const plain = typeof answers === 'object' && answers !== null && !Array.isArray(answers);
  return checked(plain ? { ...data, answers: normaliseAnswers(answers as Record<string, unknown>) } : data);
}

/** The schema's verdict on a file whose texts are normalised. */
function checked(data: unknown, migratedFrom?: number): ReadResult {
  const parsed = answersFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: 'invalid', details: describe(parsed.error.issues) };
  return migratedFrom ? { ok: true, file: parsed.data, migratedFrom } : { ok: true, file: parsed.data };
}
