/**
 * The answers reader for pages that already hold the questionnaire: it accepts what this site saved,
 * checked against the questionnaire instead of zod, so that the questionnaire, check-answers and the
 * draft do not download the schema library just to read it. For anything else (not JSON, an older
 * version to migrate, a newer one, text to normalise, a wrong answer) it returns null, and the caller
 * hands the text to the full reader (file.ts), which migrates, normalises or says what is wrong. So it
 * carries no refusal of its own: a refusal is always the full reader's, in the same words everywhere.
 * The build guarantees that the questionnaire's options are exactly the schema's
 * (src/domain/questionnaire/build.ts), and a test feeds both readers the same files.
 */
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { ReadResult } from './file.ts';
import { FILE_FORMAT, MAX_FILE_BYTES, MAX_TEXT, SCHEMA_VERSION } from './format.ts';

/**
 * Whether the JSON holds text that normaliseText (answers/text.ts) would change: CR, TAB and other
 * controls are written as escapes (\r, \t, \u0000; half a surrogate pair as \ud800), C1 controls and
 * line separators as they are. Looked for in the file's text, which is cheaper than in each answer; a
 * backslash typed before "t" or "u" is found too, and merely sends that copy to the full reader. Text the
 * questionnaire saved rarely holds one (a test keeps this in step with normaliseText).
 */
export const UNUSUAL = /\\[bfrtu]|[\x7f-\x9f\u2028\u2029]/;

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FILE_KEYS = new Set(['format', 'schemaVersion', 'savedAt', 'at', 'scenario', 'path', 'answers']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readAnswersFileLite(text: string, questionnaire: Questionnaire): ReadResult | null {
  if (UNUSUAL.test(text) || new TextEncoder().encode(text).length > MAX_FILE_BYTES) return null;
  let d: unknown;
  try {
    d = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(d) || d.format !== FILE_FORMAT || d.schemaVersion !== SCHEMA_VERSION || !isRecord(d.answers)) return null;
  const string = (k: string, max: number, pattern?: RegExp) => {
    const v = d[k];
    return v === undefined || (typeof v === 'string' && v.length <= max && (!pattern || pattern.test(v)));
  };
  if (!Object.keys(d).every((k) => FILE_KEYS.has(k)) || !string('savedAt', 40) || !string('at', 80) || !string('scenario', 80, KEBAB) || !string('path', 5, /^(short|rest)$/)) return null;
  const questions = new Map(questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
  for (const [id, v] of Object.entries(d.answers)) {
    const q = questions.get(id);
    const options = new Set(q?.options?.map((o) => o.id) ?? []);
    const ok = !q
      ? false
      : q.type === 'single'
        ? typeof v === 'string' && options.has(v)
        : q.type === 'multiple'
          ? Array.isArray(v) && v.every((x) => typeof x === 'string' && options.has(x))
          : typeof v === 'string' && v.length <= MAX_TEXT;
    if (!ok) return null;
  }
  return { ok: true, file: d as unknown as Extract<ReadResult, { ok: true }>['file'] };
}
