/**
 * How the questionnaire page opens, decided once as its script starts: on saved answers (or to continue
 * them, `?continue`), or on its first question. The page's script and the session (session-effects.ts)
 * both ask, and must agree: a page that will show saved answers is drawn afresh, saying it is loading,
 * instead of bringing the server's first question to life only to replace it (the largest task of a
 * page opened on saved answers, with the CPU slowed as Lighthouse slows it).
 */
import { STORAGE_KEY } from '../shared/storage.ts';

let decided: boolean | undefined;
let continuing: boolean | undefined;

/**
 * Whether the page was opened to continue the saved answers (`?continue`: after "Start this scenario" or
 * the draft's "Check or change your answers"), as it opened: the session then takes it out of the address.
 */
export function opensToContinue(): boolean {
  return (continuing ??= new URLSearchParams(location.search).has('continue'));
}

/**
 * Whether the device must be read as the page opens: it may hold saved answers (or the page was opened
 * to continue them), or its storage is switched off, which the page says at once (answers will not be
 * kept). Otherwise nothing is read until the user starts answering. False on the server.
 */
export function readsAtOnce(): boolean {
  if (typeof document === 'undefined') return false;
  return (decided ??= decide());
}

function decide(): boolean {
  if (opensToContinue()) return true;
  try {
    return localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return true;
  }
}
