/**
 * Quick exit's keyboard shortcut, as GOV.UK's "Exit this page" counts it: only the Shift key pressed on
 * its own counts. A key held down repeats its key-down (the operating system's key repeat), which is one
 * press, not several; any other key in between (Shift+Tab, a capital letter typed with Shift) starts the
 * count again. So moving back through a form with Shift+Tab, or typing "LTTE" with Shift held, never exits.
 * Pure: the caller passes each key-down and the time; the browser code only listens and leaves.
 */

/** What the counter needs of a KeyboardEvent. */
export interface KeyDown {
  key: string;
  repeat: boolean;
}

export interface ShiftPresses {
  /** Times (ms) of the Shift presses counted so far, oldest first. */
  readonly times: readonly number[];
}

/** Presses that exit. */
export const SHIFT_PRESSES_TO_EXIT = 3;
/** The presses must all fall within this many milliseconds. */
export const SHIFT_WINDOW_MS = 1500;

export const noShiftPresses: ShiftPresses = { times: [] };

/** The count after one key-down, and whether it completes the shortcut (the count then starts again). */
export function afterKeyDown(state: ShiftPresses, e: KeyDown, now: number): { state: ShiftPresses; exit: boolean } {
  if (e.key !== 'Shift') return { state: noShiftPresses, exit: false };
  if (e.repeat) return { state, exit: false };
  const times = [...state.times.filter((t) => now - t < SHIFT_WINDOW_MS), now];
  if (times.length >= SHIFT_PRESSES_TO_EXIT) return { state: noShiftPresses, exit: true };
  return { state: { times }, exit: false };
}
