/**
 * Earlier versions of the answers on this device: before answers are replaced (a file loaded, Start
 * again, a workshop scenario started, a version restored), the answers in use are kept here, so each of
 * those can be undone ("Restore the version of 10:42"). The newest comes first; a version the same as
 * the newest is not kept twice; at most MAX_VERSIONS are kept, the oldest dropped. Pure: the page reads
 * and writes the list (islands/shared/versions.ts); "Delete my answers" removes it with the answers.
 */
import type { Answers } from './schema.ts';

export const MAX_VERSIONS = 20;

/** Why the answers were set aside: the page says "before a file was loaded", and so on. */
export type VersionReason = 'load' | 'restart' | 'scenario' | 'restore';

export interface Version {
  /** When it was set aside (ISO 8601). */
  kept: string;
  why: VersionReason;
  /** The saved answers, exactly as they were kept (read again, with every check, when restored). */
  text: string;
}

const REASONS = new Set<string>(['load', 'restart', 'scenario', 'restore']);

/** Adds a version in front; one identical to the newest is not added twice, and the list stays bounded. */
export function addVersion(list: readonly Version[], v: Version): Version[] {
  if (list[0]?.text === v.text) return [...list];
  return [v, ...list].slice(0, MAX_VERSIONS);
}

/**
 * Reads the kept list. Null when it is there but not a list this tool wrote: the caller then leaves it
 * alone rather than write over it.
 */
export function readVersions(text: string | null): Version[] | null {
  if (text === null) return [];
  try {
    const d: unknown = JSON.parse(text);
    if (!Array.isArray(d)) return null;
    const ok = d.every(
      (v) => typeof v === 'object' && v !== null && typeof v.kept === 'string' && typeof v.text === 'string' && REASONS.has(v.why),
    );
    return ok ? (d as Version[]).slice(0, MAX_VERSIONS) : null;
  } catch {
    return null;
  }
}

/** How a set of answers is named in a list: its short name, else the secretariat's or the party's name. */
export function answersName(answers: Answers): string | undefined {
  const a = answers as Record<string, unknown>;
  for (const k of ['short-name', 'secretariat-name', 'party-name']) {
    const v = a[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}
