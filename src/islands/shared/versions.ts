/**
 * Keeps the answers in use as an earlier version before they are replaced, and restores one. Loaded only
 * where answers are replaced or listed (never before the first question's first answer).
 */
import { addVersion, readVersions, type Version, type VersionReason } from '../../domain/answers/versions.ts';
import type { AnswersFile } from '../../domain/answers/file.ts';
import { setAsideForFile, VERSIONS_KEY } from './drafts-storage.ts';
// sync.ts reaches the drafts through here: a chunk of their own would add its name to the questionnaire's
// first script (the list of what each lazy import needs), which is over its budget already.
export { whereIs } from './drafts-storage.ts';
import { clearSaved, readSaved, STORAGE_KEY, writeSaved, type WriteSaved } from './storage.ts';

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The versions kept on this device, newest first; none where storage is off or the list is not ours. */
export const listVersions = (): Version[] => readVersions(get(VERSIONS_KEY)) ?? [];

/**
 * Keeps the answers in use (if any) before they are replaced. Says whether they are safe: false only when
 * there were answers and they could not be kept (storage full, or a list this tool did not write).
 * Before a file is loaded ('load'), the answers in use stay a draft of their own and the file becomes a
 * new draft (drafts-storage.ts), so the questionnaire and the draft page open files as new drafts
 * through this one call.
 */
export function keepVersion(why: VersionReason, now = new Date()): boolean {
  return why === 'load' ? setAsideForFile(() => keepHere(why, now), now) : keepHere(why, now);
}

/** Keeps the answers in use (if any) as a version of the open draft. */
function keepHere(why: VersionReason, now = new Date()): boolean {
  const text = get(STORAGE_KEY);
  if (text === null) return true;
  const list = readVersions(get(VERSIONS_KEY));
  if (!list) return false;
  try {
    localStorage.setItem(VERSIONS_KEY, JSON.stringify(addVersion(list, { kept: now.toISOString(), why, text })));
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens an answers file the user picked (already read and checked) as a new draft, or, when the user
 * asked (`replace`), in place of the open draft, whose answers are kept as a version. Either is undone
 * from "Your drafts": the draft open before is still listed, or its answers are a version to restore.
 */
export async function openFileAsDraft(file: AnswersFile, { replace = false } = {}): Promise<WriteSaved> {
  await readSaved();
  if (replace) keepHere('load');
  else keepVersion('load');
  return writeSaved(file, true);
}

/** Start again: the answers become a version (restorable), and the page starts empty. */
export function startAgain() {
  keepVersion('restart');
  clearSaved(false);
}

/**
 * Restores a version: the answers in use are kept as a version first, so a restore is undone the same way.
 * The version's text is read with every check, as a file would be; one that no longer reads is refused.
 */
export async function restoreVersion(v: Version): Promise<boolean> {
  const { readAnswersFile } = await import('../../domain/answers/file.ts');
  const r = readAnswersFile(v.text);
  if (!r.ok || !keepVersion('restore')) return false;
  // The list without the version restored (it is the answers in use now).
  const rest = listVersions().filter((x) => x.text !== v.text || x.kept !== v.kept);
  try {
    localStorage.setItem(VERSIONS_KEY, JSON.stringify(rest));
  } catch {
    return false;
  }
  await readSaved();
  return writeSaved(r.file, true).ok;
}
