/**
 * Keeps the answers in use as an earlier version before they are replaced, and restores one. Loaded only
 * where answers are replaced or listed (never before the first question's first answer).
 */
import { addVersion, readVersions, type Version, type VersionReason } from '../../domain/answers/versions.ts';
import { clearSaved, readSaved, STORAGE_KEY, VERSIONS_KEY, writeSaved } from './storage.ts';

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
 * Keeps the answers in use (if any) as a version. Says whether they are safe: false only when there were
 * answers and they could not be kept (storage full, or a list this tool did not write).
 */
export function keepVersion(why: VersionReason, now = new Date()): boolean {
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
