/**
 * The answers file reader for pages that already hold the questionnaire: the same checks as the schema
 * reader (file.ts), written against the questionnaire instead of zod, so that check-answers and the
 * draft do not download the schema library just to read what this site saved. It reads the current
 * schema version only and returns null for anything else (an older version to migrate, a newer one),
 * which the caller hands to the full reader. The build guarantees that the questionnaire's options are
 * exactly the schema's (src/domain/questionnaire/build.ts), and a test feeds both readers the same files.
 */
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { AnswersFile, ReadResult } from './file.ts';
import { FILE_FORMAT, MAX_FILE_BYTES, MAX_TEXT, SCHEMA_VERSION } from './format.ts';
import { controlProblems, normaliseAnswers } from './text.ts';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FILE_KEYS = new Set(['format', 'schemaVersion', 'savedAt', 'at', 'scenario', 'answers']);

export function readAnswersFileLite(text: string, questionnaire: Questionnaire): ReadResult | null {
  if (new TextEncoder().encode(text).length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', details: [] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, reason: 'not-json', details: [(e as Error).message] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== FILE_FORMAT) {
    return { ok: false, reason: 'not-answers', details: [] };
  }
  const d = data as Record<string, unknown>;
  if (d.schemaVersion !== SCHEMA_VERSION) return null;
  const problems: string[] = [];
  for (const k of Object.keys(d)) if (!FILE_KEYS.has(k)) problems.push(`${k}: unknown field`);
  const optionalString = (k: string, max: number, pattern?: RegExp) => {
    const v = d[k];
    if (v === undefined) return;
    if (typeof v !== 'string' || v.length > max || (pattern && !pattern.test(v))) problems.push(`${k}: invalid`);
  };
  optionalString('savedAt', 40);
  optionalString('at', 80);
  optionalString('scenario', 80, KEBAB);
  const raw = d.answers;
  const answers = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? normaliseAnswers(raw as Record<string, unknown>) : null;
  if (!answers) problems.push('answers: invalid');
  else {
    const questions = new Map(questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
    for (const [id, v] of Object.entries(answers as Record<string, unknown>)) {
      const q = questions.get(id);
      const options = new Set(q?.options?.map((o) => o.id) ?? []);
      const ok = !q
        ? false
        : q.type === 'single'
          ? typeof v === 'string' && options.has(v)
          : q.type === 'multiple'
            ? Array.isArray(v) && v.every((x) => typeof x === 'string' && options.has(x))
            : typeof v === 'string' && v.length <= MAX_TEXT;
      if (!ok) problems.push(`answers.${id}: ${q ? 'invalid' : 'unknown field'}`);
    }
    if (!problems.length) problems.push(...controlProblems(answers));
  }
  if (problems.length) return { ok: false, reason: 'invalid', details: problems.slice(0, 5) };
  return { ok: true, file: { ...d, answers } as unknown as AnswersFile };
}
