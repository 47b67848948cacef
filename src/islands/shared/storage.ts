/**
 * Answers kept on this device, under one localStorage key. Storage can be switched off (private modes,
 * policies), full, or hold something unreadable: every call returns what happened instead of throwing,
 * so the questionnaire keeps working and can say that answers will not be kept.
 *
 * A saved copy that cannot be read (damaged, or written by a newer version of the tool) is never
 * overwritten: reading it moves it to a key of its own, `psmd.answers.unreadable`, which the page offers
 * to download as it is. Where it cannot be moved (storage full), it stays where it is and nothing is
 * saved over it on this page.
 */
import type { AnswersFile } from '../../domain/answers/file.ts';
import { readAnswersFileLite } from '../../domain/answers/read-lite.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';

/** Where the answers are kept. "Delete my answers" removes it, and the unreadable copy below. */
export const STORAGE_KEY = 'psmd.answers';
/** A saved copy that could not be read, set aside as it was. */
export const UNREADABLE_KEY = 'psmd.answers.unreadable';
/** The donor's plan and budget for the support scope (islands/draft/donor-storage.ts); deleted with the answers. */
export const DONOR_KEY = 'psmd.donor-scope';

export type ReadSaved = { ok: true; file: AnswersFile | null; migratedFrom?: number } | { ok: false; reason: 'unavailable' | 'corrupt' };
/** `corrupt`: not saved, because it would overwrite an unreadable copy that could not be set aside. */
export type WriteSaved = { ok: true } | { ok: false; reason: 'unavailable' | 'full' | 'corrupt' };

/** The unreadable copy this page found (until "Delete my answers"), and whether it was set aside. */
export type Unreadable = { text: string; setAside: boolean };
let unreadable: Unreadable | null = null;
export const unreadableCopy = () => unreadable;

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
  if (!r.ok) {
    unreadable = { text, setAside: setAside(s, text) };
    return { ok: false, reason: 'corrupt' };
  }
  return r.migratedFrom ? { ok: true, file: r.file, migratedFrom: r.migratedFrom } : { ok: true, file: r.file };
}

/**
 * Moves an unreadable copy to its own key and says whether it could: not when storage is full, nor when
 * an earlier unreadable copy is there already (neither is overwritten).
 */
function setAside(s: Storage, text: string): boolean {
  try {
    const there = s.getItem(UNREADABLE_KEY);
    if (there !== null && there !== text) return false;
    s.setItem(UNREADABLE_KEY, text);
    s.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}

export function writeSaved(file: AnswersFile): WriteSaved {
  const s = storage();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    if (unreadable && !unreadable.setAside && s.getItem(STORAGE_KEY) === unreadable.text) return { ok: false, reason: 'corrupt' };
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
    s.removeItem(UNREADABLE_KEY);
    s.removeItem(DONOR_KEY);
    unreadable = null;
    return { ok: true };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}
