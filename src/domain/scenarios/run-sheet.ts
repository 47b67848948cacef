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
