/**
 * Answers kept on this device, under one localStorage key. Storage can be switched off (private modes,
 * policies), full, or hold something unreadable: every call returns what happened instead of throwing,
 * so the questionnaire keeps working and can say that answers will not be kept.
 *
 * A saved copy that cannot be read (damaged, or written by a newer version of the tool) is never
 * overwritten: reading it moves it to a key of its own, `psmd.answers.unreadable`, which the page offers
 * to download as it is. Where it cannot be moved (storage full), it stays where it is and nothing is
 * saved over it on this page. While a copy is set aside, every page that reads the answers says so.
 *
 * Several tabs share these keys. Each tab remembers the text it last read or saved (`seen`); a save
 * that finds something else there does not write, and says why: `deleted` (another tab deleted the
 * answers: writing would bring them back) or `changed` (another tab saved: writing would erase its
 * answers). The page then reconciles (sync.ts, loaded only then). `watchSaved` tells a page at once.
 */
import type { AnswersFile } from '../../domain/answers/file.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';

/** Where the answers are kept. "Delete my answers" removes it, and the unreadable copy below. */
export const STORAGE_KEY = 'psmd.answers';
/** A saved copy that could not be read, set aside as it was. */
export const UNREADABLE_KEY = 'psmd.answers.unreadable';
// The other keys of this tool, all under "psmd." (deleted with the answers): the open draft's earlier
// versions and the other drafts (drafts-storage.ts), the donor's plan (islands/draft/donor-storage.ts).
// They are declared there, so the questionnaire's first script does not carry them.

export type ReadSaved = { ok: true; file: AnswersFile | null; migratedFrom?: number } | { ok: false; reason: 'unavailable' | 'corrupt' };
/** `corrupt`: not saved, because it would overwrite an unreadable copy that could not be set aside. */
export type WriteSaved = { ok: true } | { ok: false; reason: 'unavailable' | 'full' | 'corrupt' | 'deleted' | 'changed' };

/** The unreadable copy this page found (until "Delete my answers"), and whether it was set aside. */
export type Unreadable = { text: string; setAside: boolean };
let unreadable: Unreadable | null = null;
export const unreadableCopy = () => unreadable;
/** The saved text this tab last read or wrote (null: none); undefined until it has looked. */
let seen: string | null | undefined;
export const seenText = () => seen;

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
  seen = text;
  if (unreadable?.setAside !== false) {
    const aside = s.getItem(UNREADABLE_KEY);
    unreadable = aside === null ? null : { text: aside, setAside: true };
  }
  if (text === null) return { ok: true, file: null };
  // The reader loads only when there is something to read: a first visit, the one the questionnaire's
  // page weight is budgeted for, never needs it.
  const lite = questionnaire ? (await import('../../domain/answers/read-lite.ts')).readAnswersFileLite(text, questionnaire) : null;
  const r = lite ?? (await import('../../domain/answers/file.ts')).readAnswersFile(text);
  if (!r.ok) {
    unreadable = { text, setAside: setAside(s, text) };
    if (unreadable.setAside) seen = null;
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

/** `replace`: the user chose to replace the answers (a file opened, a scenario started): no check. */
export function writeSaved(file: AnswersFile, replace = false): WriteSaved {
  const s = storage();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    const now = s.getItem(STORAGE_KEY);
    if (unreadable && !unreadable.setAside && now === unreadable.text) return { ok: false, reason: 'corrupt' };
    if (!replace && seen !== undefined && now !== seen) return { ok: false, reason: now === null ? 'deleted' : 'changed' };
    const text = JSON.stringify(file);
    s.setItem(STORAGE_KEY, text);
    seen = text;
    return { ok: true };
  } catch (e) {
    const name = (e as { name?: string }).name;
    return { ok: false, reason: name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable' };
  }
}

/** Deletes the answers, and (unless `all` is false, as for Start again) every draft, version and unreadable copy. */
export function clearSaved(all = true): WriteSaved {
  const s = storage();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    s.removeItem(STORAGE_KEY);
    if (all) {
      // Every key of this tool: the unreadable copy, the versions, the donor's plan, and every other
      // draft with its versions (drafts-storage.ts), so "Delete my answers" leaves nothing behind.
      for (const k of Object.keys(s)) if (k.startsWith('psmd.')) s.removeItem(k);
      unreadable = null;
    }
    seen = null;
    return { ok: true };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}

/** Calls `changed` whenever another tab changes or deletes the saved answers; returns the unsubscribe. */
export function watchSaved(changed: () => void): () => void {
  const on = (e: StorageEvent) => {
    // null: the whole storage was cleared (as "clear site data" does).
    if (e.key === STORAGE_KEY || e.key === null) changed();
  };
  addEventListener('storage', on);
  return () => removeEventListener('storage', on);
}
