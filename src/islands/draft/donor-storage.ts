/**
 * The donor's plan and budget, kept in this browser under a key of its own (not in the answers file,
 * whose schema is one field per question: a budget is not an answer to one). Storage may be off, full
 * or hold something damaged: every call says what happened instead of throwing, and a damaged copy reads
 * as none (the form starts empty; nothing else on the page depends on it).
 */
import { readDonorScope, type DonorScope } from '../../domain/support/budget.ts';
/** The donor's plan and budget for the support scope; "Delete my answers" deletes it (every "psmd." key). */
export const DONOR_KEY = 'psmd.donor-scope';

function storage(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readDonorSaved(): DonorScope | null {
  try {
    return readDonorScope(storage()?.getItem(DONOR_KEY) ?? null);
  } catch {
    return null;
  }
}

/** True when the entries are kept. */
export function writeDonorSaved(scope: DonorScope): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(DONOR_KEY, JSON.stringify(scope));
    return true;
  } catch {
    return false;
  }
}
