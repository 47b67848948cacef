/**
 * The answers file's constants and writer, apart from its reader (file.ts) so that the questionnaire
 * page can save on every step without loading the schema library; the reader loads when a file or a
 * saved copy is read.
 */
import type { Answers } from './schema.ts';
import type { AnswersFile } from './file.ts';

export const FILE_FORMAT = 'peace-secretariat-mandate-answers';
export const SCHEMA_VERSION = 2;
/** Larger files are refused before parsing: a real answers file is a few kilobytes. */
export const MAX_FILE_BYTES = 1_000_000;
/** Longest free-text answer, in characters (UTF-16 code units, as the browser counts them). */
export const MAX_TEXT = 5000;

/** `path`: a workshop's short path (or the rest of it), kept with the position; the full path is not written. */
export function toAnswersFile(answers: Answers, savedAt: Date, at?: string, scenario?: string, path?: 'full' | 'short' | 'rest'): AnswersFile {
  return { format: FILE_FORMAT, schemaVersion: SCHEMA_VERSION, savedAt: savedAt.toISOString(), ...(at ? { at } : {}), ...(scenario ? { scenario } : {}), ...(path && path !== 'full' ? { path } : {}), answers };
}

/** Stable, readable JSON for downloads and fixtures. */
export function serializeAnswersFile(file: AnswersFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}
