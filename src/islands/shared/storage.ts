/**
 * Answers kept on this device, under one localStorage key. Storage can be switched off (private modes,
 * policies), full, or hold something unreadable: every call returns what happened instead of throwing,
 * so the questionnaire keeps working and can say that answers will not be kept.
 */
import type { AnswersFile } from '../../domain/answers/file.ts';
import { readAnswersFileLite } from '../../domain/answers/read-lite.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';

/** The only key this site stores. "Delete my answers" removes it. */
export const STORAGE_KEY = 'psmd.answers';

export type ReadSaved = { ok: true; file: AnswersFile | null; migratedFrom?: number } | { ok: false; reason: 'unavailable' | 'corrupt' };
export type WriteSaved = { ok: true } | { ok: false; reason: 'unavailable' | 'full' };

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/**
 * Reads the saved answers. Pages that hold the questionnaire read them without the schema library; the
 * full reader (and zod) loads only for other pages, or for a copy saved by an older version.
 */
export async function readSaved(questionnaire?: Questionnaire): Promise<ReadSaved> {
  const s = storage();
  if (!s) return { ok: false, reason: 'unavailable' };
  let text: string | null;
  try {
    text = s.getItem(STORAGE_KEY);
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (text === null) return { ok: true, file: null };
  const lite = questionnaire ? readAnswersFileLite(text, questionnaire) : null;
  const r = lite ?? (await import('../../domain/answers/file.ts')).readAnswersFile(text);
  if (!r.ok) return { ok: false, reason: 'corrupt' };
  return r.migratedFrom ? { ok: true, file: r.file, migratedFrom: r.migratedFrom } : { ok: true, file: r.file };
}

export function writeSaved(file: AnswersFile): WriteSaved {
  const s = storage();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    s.setItem(STORAGE_KEY, JSON.stringify(file));
    return { ok: true };
  } catch (e) {
    const name = (e as { name?: string }).name;
    return { ok: false, reason: name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable' };
  }
}

export function clearSaved(): WriteSaved {
  const s = storage();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    s.removeItem(STORAGE_KEY);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}
