import { describe, expect, it } from 'vitest';
import { afterKeyDown, noShiftPresses, SHIFT_WINDOW_MS, type KeyDown, type ShiftPresses } from './shift-presses.ts';

/** Feeds key-downs (a key name, or [name, repeat]) 100 ms apart; says whether any of them exits. */
function run(keys: (string | [string, boolean])[], gap = 100): { exits: number[]; state: ShiftPresses } {
  let state = noShiftPresses;
  const exits: number[] = [];
  keys.forEach((k, i) => {
    const e: KeyDown = typeof k === 'string' ? { key: k, repeat: false } : { key: k[0], repeat: k[1] };
    const r = afterKeyDown(state, e, 1000 + i * gap);
    state = r.state;
    if (r.exit) exits.push(i);
  });
  return { exits, state };
}

describe('the Quick exit shortcut (Shift pressed on its own three times)', () => {
  it('exits on the third press of Shift alone', () => {
    expect(run(['Shift', 'Shift', 'Shift']).exits).toEqual([2]);
  });

  it('does not exit when Shift+Tab is pressed three times (moving back through a form)', () => {
    expect(run(['Shift', 'Tab', 'Shift', 'Tab', 'Shift', 'Tab']).exits).toEqual([]);
  });

  it('does not exit when capitals are typed one Shift at a time ("The LTTE and UN NRPC")', () => {
    const keys = 'The LTTE and UN NRPC'.split('').flatMap((c) => (c !== c.toLowerCase() ? ['Shift', c] : [c]));
    expect(run(keys).exits).toEqual([]);
  });

  it('ignores the repeats of a Shift key held down, so typing with Shift held does not exit', () => {
    const held = (word: string): (string | [string, boolean])[] => ['Shift', ['Shift', true], ['Shift', true], ['Shift', true], ...word.split('')];
    expect(run(['T', 'h', 'e', ' ', ...held('LTTE'), ' ', 'a', 'n', 'd', ' ', ...held('UN'), ' ', ...held('NRPC')]).exits).toEqual([]);
  });

  it('counts a held Shift once: held, released, pressed twice more exits', () => {
    expect(run(['Shift', ['Shift', true], ['Shift', true], 'Shift', 'Shift']).exits).toEqual([4]);
  });

  it('starts again after any other key', () => {
    expect(run(['Shift', 'Shift', 'a', 'Shift', 'Shift']).exits).toEqual([]);
    expect(run(['Shift', 'Shift', 'a', 'Shift', 'Shift', 'Shift']).exits).toEqual([5]);
  });

  it('needs the three presses within the time window', () => {
    expect(run(['Shift', 'Shift', 'Shift'], SHIFT_WINDOW_MS / 2 + 10).exits).toEqual([]);
    expect(run(['Shift', 'Shift', 'Shift'], SHIFT_WINDOW_MS / 2 - 10).exits).toEqual([2]);
  });

  it('starts a new count after exiting', () => {
    expect(run(['Shift', 'Shift', 'Shift']).state).toEqual(noShiftPresses);
  });
});
