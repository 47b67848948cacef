import { describe, expect, it } from 'vitest';
import {
  createDraft,
  deleteDraft,
  deletedDrafts,
  describeText,
  draftName,
  duplicateDraft,
  emptyIndex,
  listDrafts,
  MAX_DRAFTS,
  MAX_NAME,
  noteMoved,
  openDraft,
  readIndex,
  reconcileIndex,
  renameDraft,
  serializeIndex,
  undoDelete,
  type DraftsIndex,
} from './drafts.ts';

const at = (n: number) => new Date(Date.UTC(2026, 10, 30, 10, n));
const saved = (party: string, n: number) => JSON.stringify({ format: 'peace-secretariat-mandate-answers', schemaVersion: 2, savedAt: at(n).toISOString(), answers: { 'user-role': 'donor', 'party-name': party } });
const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};
const nothing = () => ({ party: '', changed: '' });

/** Two drafts: "a" set aside, "b" open. */
const two = (): DraftsIndex => ok(createDraft(ok(createDraft(emptyIndex(), 'a', at(1))).index, 'b', at(2))).index;

describe('the drafts index', () => {
  it('makes the answers saved before there were drafts the first draft, open, named by their party and dated by their save', () => {
    const ix = reconcileIndex(emptyIndex(), saved('Alpha front', 5), 'first', [], nothing);
    expect(ix.open).toBe('first');
    expect(ix.drafts).toEqual([{ id: 'first', name: '', party: 'Alpha front', changed: at(5).toISOString() }]);
    expect(draftName(ix.drafts[0]!, describeText(saved('Alpha front', 5)).answers)).toBe('Alpha front');
  });

  it('leaves an empty device with no draft at all', () => {
    expect(reconcileIndex(emptyIndex(), null, 'first', [], nothing)).toEqual(emptyIndex());
  });

  it('lists again drafts found on the device that the index does not list, and ignores keys that are no draft id', () => {
    const ix = reconcileIndex(emptyIndex(), null, 'x', ['lost1', 'NOT-AN-ID'], () => ({ party: 'P', changed: 'c' }));
    expect(ix.drafts).toEqual([{ id: 'lost1', name: '', party: 'P', changed: 'c' }]);
    expect(ix.open).toBeNull();
  });

  it('creates a new draft and opens it, the one open before staying in the list', () => {
    const ix = two();
    expect(ix.open).toBe('b');
    expect(ix.drafts.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('renames a draft, tidying spaces and control characters, and refuses an empty or too long name or a draft it does not have', () => {
    const ix = ok(renameDraft(two(), 'a', '  Talks\u0007 draft\t 2 ')).index;
    expect(ix.drafts.find((e) => e.id === 'a')?.name).toBe('Talks draft 2');
    expect(renameDraft(ix, 'a', ' \n ')).toEqual({ ok: false, reason: 'empty-name' });
    expect(renameDraft(ix, 'a', 'x'.repeat(MAX_NAME + 1))).toEqual({ ok: false, reason: 'name-too-long' });
    expect(renameDraft(ix, 'zz', 'Name')).toEqual({ ok: false, reason: 'unknown' });
  });

  it('duplicates a draft under a new id and name, without opening the copy', () => {
    const ix = ok(duplicateDraft(two(), 'a', 'c', 'Copy of A')).index;
    expect(ix.open).toBe('b');
    expect(ix.drafts.find((e) => e.id === 'c')).toMatchObject({ name: 'Copy of A', changed: at(1).toISOString() });
  });

  it('opens a draft it has, and refuses one it does not or that is deleted', () => {
    expect(ok(openDraft(two(), 'a')).index.open).toBe('a');
    expect(openDraft(two(), 'zz')).toEqual({ ok: false, reason: 'unknown' });
    const gone = ok(deleteDraft(two(), 'a')).index;
    expect(openDraft(gone, 'a')).toEqual({ ok: false, reason: 'unknown' });
  });

  it('deletes a draft so that it can be undone, and removes the draft deleted before it for good', () => {
    const first = ok(deleteDraft(two(), 'b'));
    expect(first.index.open).toBeNull();
    expect(first.purge).toEqual([]);
    expect(listDrafts(first.index).map((e) => e.id)).toEqual(['a']);
    expect(deletedDrafts(first.index).map((e) => e.id)).toEqual(['b']);
    const back = ok(undoDelete(first.index, 'b')).index;
    expect(listDrafts(back).map((e) => e.id).sort()).toEqual(['a', 'b']);
    expect(back.drafts.find((e) => e.id === 'b')).not.toHaveProperty('deleted');
    const second = ok(deleteDraft(first.index, 'a'));
    expect(second.purge).toEqual(['b']);
    expect(second.index.drafts.map((e) => e.id)).toEqual(['a']);
    expect(undoDelete(second.index, 'b')).toEqual({ ok: false, reason: 'unknown' });
  });

  it(`keeps at most ${MAX_DRAFTS} drafts: a new one or a copy beyond that is refused`, () => {
    let ix = emptyIndex();
    for (let n = 0; n < MAX_DRAFTS; n++) ix = ok(createDraft(ix, `d${n}`, at(n))).index;
    expect(createDraft(ix, 'one-more', at(59))).toEqual({ ok: false, reason: 'too-many' });
    expect(duplicateDraft(ix, 'd0', 'copy', 'Copy')).toEqual({ ok: false, reason: 'too-many' });
    // A deleted draft (kept for Undo) does not count.
    expect(createDraft(ok(deleteDraft(ix, 'd0')).index, 'one-more', at(59)).ok).toBe(true);
  });

  it('lists the draft changed last first', () => {
    let ix = reconcileIndex(two(), saved('Open one', 30), 'x', [], nothing);
    expect(listDrafts(ix).map((e) => e.id)).toEqual(['b', 'a']);
    ix = ok(openDraft(ix, 'a')).index;
    ix = reconcileIndex(ix, saved('Now a', 45), 'x', [], nothing);
    expect(listDrafts(ix).map((e) => e.party)).toEqual(['Now a', 'Open one']);
  });

  it('remembers the drafts that were open and are not any more, newest first and bounded, so a tab showing one follows', () => {
    let ix = two();
    ix = noteMoved(ix, ok(openDraft(ix, 'a')).index);
    expect(ix.moved).toEqual(['b']);
    ix = noteMoved(ix, ok(openDraft(ix, 'b')).index);
    expect(ix.moved).toEqual(['a']);
    for (let n = 0; n < 15; n++) ix = noteMoved(ix, ok(createDraft(ix, `n${n}`, at(n))).index);
    expect(ix.moved).toHaveLength(10);
    expect(ix.moved?.[0]).toBe('n13');
    expect(noteMoved(ix, ix)).toBe(ix);
  });

  it('reads what it wrote, nothing as an empty index, and refuses anything else (the page sets it aside rather than write over it)', () => {
    const ix = ok(deleteDraft(noteMoved(two(), ok(openDraft(two(), 'a')).index), 'b')).index;
    expect(readIndex(serializeIndex(ix))).toEqual(ix);
    expect(readIndex(null)).toEqual(emptyIndex());
    const bad = [
      'not json',
      'null',
      '[]',
      JSON.stringify({ format: 'peace-secretariat-mandate-drafts', version: 2, open: null, drafts: [] }),
      JSON.stringify({ format: 'peace-secretariat-mandate-drafts', version: 1, open: 'gone', drafts: [] }),
      JSON.stringify({ format: 'peace-secretariat-mandate-drafts', version: 1, open: null, drafts: [{ id: '../x', name: '', party: '', changed: '' }] }),
      JSON.stringify({ format: 'peace-secretariat-mandate-drafts', version: 1, open: null, drafts: [{ id: 'a', name: 1, party: '', changed: '' }] }),
      JSON.stringify({ format: 'peace-secretariat-mandate-drafts', version: 1, open: null, drafts: [{ id: 'a', name: '', party: '', changed: '' }, { id: 'a', name: '', party: '', changed: '' }] }),
      JSON.stringify({ format: 'peace-secretariat-mandate-drafts', version: 1, open: null, drafts: Array.from({ length: MAX_DRAFTS + 2 }, (_, n) => ({ id: `d${n}`, name: '', party: '', changed: '' })) }),
    ];
    for (const text of bad) expect(readIndex(text), text.slice(0, 80)).toBeNull();
  });

  it('reads nothing from answers it cannot parse, rather than failing', () => {
    expect(describeText('{broken')).toEqual({ answers: {}, party: '', changed: '' });
    expect(describeText(null).party).toBe('');
  });
});
