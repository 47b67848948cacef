/**
 * The drafts' keys as they move: opening swaps the open draft with one set aside, a file becomes a new
 * draft, and a change that meets a full storage part-way is undone whole. A small in-memory Storage
 * stands in for the browser's (the page's behaviour is in tests/e2e/drafts.spec.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDraftById, duplicateDraftById, INDEX_KEY, newDraft, openDraftById, readDrafts, setAsideForFile, textKey, whereIs } from './drafts-storage.ts';

class MemoryStorage {
  map = new Map<string, string>();
  /** Writes allowed before the storage is "full" (Infinity: never). */
  room = Infinity;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.room-- <= 0) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const answers = (party: string) => JSON.stringify({ format: 'peace-secretariat-mandate-answers', schemaVersion: 2, savedAt: '2026-11-30T10:00:00.000Z', answers: { 'party-name': party } });
let store: MemoryStorage;

beforeEach(() => {
  store = new MemoryStorage();
  (globalThis as { window?: unknown }).window = { localStorage: store };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const open = () => {
  const st = readDrafts();
  if (!st.ok) throw new Error('storage unavailable');
  return st;
};

describe('drafts in storage', () => {
  it('makes the answers saved before there were drafts the open draft, without writing anything just to look', () => {
    store.setItem('psmd.answers', answers('Alpha'));
    const st = open();
    expect(st.index.drafts).toHaveLength(1);
    expect(st.index.open).toBe(st.index.drafts[0]!.id);
    expect([...store.map.keys()]).toEqual(['psmd.answers']);
  });

  it('sets the open draft aside with its versions on New draft, and swaps them back on Open', () => {
    store.setItem('psmd.answers', answers('Alpha'));
    store.setItem('psmd.versions', '[]');
    const alpha = open().index.open!;
    expect(newDraft().ok).toBe(true);
    expect(store.getItem('psmd.answers')).toBeNull();
    expect(store.getItem(textKey(alpha))).toBe(answers('Alpha'));
    expect(store.getItem(`${textKey(alpha)}.versions`)).toBe('[]');
    store.setItem('psmd.answers', answers('Beta'));
    const beta = open().index.open!;
    expect(openDraftById(alpha).ok).toBe(true);
    expect(store.getItem('psmd.answers')).toBe(answers('Alpha'));
    expect(store.getItem('psmd.versions')).toBe('[]');
    expect(store.getItem(textKey(beta))).toBe(answers('Beta'));
    expect(store.getItem(textKey(alpha))).toBeNull();
    // A tab still showing Beta learns it was set aside, not deleted in place.
    expect(whereIs(answers('Beta'))).toBe('aside');
    expect(whereIs(answers('Alpha'))).toBeNull();
  });

  it('says a tab\'s draft was deleted when another tab deleted it while open', () => {
    store.setItem('psmd.answers', answers('Alpha'));
    expect(deleteDraftById(open().index.open!).ok).toBe(true);
    expect(store.getItem('psmd.answers')).toBeNull();
    expect(whereIs(answers('Alpha'))).toBe('deleted');
  });

  it('keeps the answers in use as a draft of their own before a file is loaded, the new draft holding them as its first version', () => {
    store.setItem('psmd.answers', answers('Alpha'));
    const alpha = open().index.open!;
    expect(setAsideForFile(() => false)).toBe(true);
    const st = open();
    expect(st.index.open).not.toBe(alpha);
    expect(store.getItem(textKey(alpha))).toBe(answers('Alpha'));
    expect(JSON.parse(store.getItem('psmd.versions')!)[0]).toMatchObject({ why: 'load', text: answers('Alpha') });
  });

  it('undoes a change that meets a full storage part-way: every key is as it was, and it says so', () => {
    store.setItem('psmd.answers', answers('Alpha'));
    store.setItem('psmd.versions', '[]');
    const alpha = open().index.open!;
    const before = new Map(store.map);
    store.room = 1; // the first write (the open draft set aside) succeeds, the next fails
    expect(duplicateDraftById(alpha, 'Copy')).toEqual({ ok: false, reason: 'full' });
    expect(store.map).toEqual(before);
    store.room = 2;
    expect(newDraft()).toEqual({ ok: false, reason: 'full' });
    expect(store.map).toEqual(before);
  });

  it('sets a damaged index aside, never over an earlier one, and lists the drafts found under their own keys', () => {
    store.setItem(INDEX_KEY, '{"damaged"');
    store.setItem(textKey('kept1'), answers('Kept'));
    const st = open();
    expect(st.unreadable).toBe('{"damaged"');
    expect(store.getItem('psmd.drafts.unreadable')).toBe('{"damaged"');
    expect(store.getItem(INDEX_KEY)).toBeNull();
    expect(st.index.drafts.map((e) => [e.id, e.party])).toEqual([['kept1', 'Kept']]);
    // A second damaged index, with the first still set aside: left where it is, and nothing changes.
    store.setItem(INDEX_KEY, '{"another"');
    const again = open();
    expect(again.stuck).toBe(true);
    expect(again.unreadable).toBe('{"another"');
    expect(newDraft()).toEqual({ ok: false, reason: 'unreadable-index' });
    expect(store.getItem(INDEX_KEY)).toBe('{"another"');
    expect(store.getItem('psmd.drafts.unreadable')).toBe('{"damaged"');
  });

  it('says storage is unavailable when the browser refuses it', () => {
    (globalThis as { window?: unknown }).window = {
      get localStorage() {
        throw new Error('denied');
      },
    };
    expect(readDrafts()).toEqual({ ok: false, reason: 'unavailable' });
    expect(newDraft()).toEqual({ ok: false, reason: 'unavailable' });
  });
});
