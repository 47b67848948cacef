/** The run sheet's clock: each step's start and end from the minutes of the steps before it. Pure. */
import type { RunSheet } from './schema.ts';

/** Minutes as a clock from the start of the session: 95 → "1:35". */
export const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

export function schedule(sheet: RunSheet) {
  let at = 0;
  const steps = sheet.steps.map((s) => {
    const from = at;
    at += s.minutes;
    return { ...s, from: clock(from), to: clock(at) };
  });
  return { steps, total: at, prints: sheet.steps.flatMap((s) => (s.print ? [s.print] : [])) };
}

/**
 * The step in which the groups walk the short path, and the minutes it leaves a question page when the
 * path takes `pages` pages (rounded down to the half minute, so the run sheet never promises more time).
 */
export function shortPathTiming(sheet: RunSheet, pages: number): { minutes: number; each: number } {
  const minutes = sheet.steps.find((s) => s.shortPath)?.minutes ?? 0;
  return { minutes, each: pages > 0 ? Math.floor((minutes / pages) * 2) / 2 : 0 };
}
