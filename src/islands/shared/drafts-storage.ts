/**
 * Several drafts in this browser (domain/drafts/drafts.ts is the index's logic; this moves the keys).
 * The open draft lives where the site has always kept the answers (`psmd.answers`, `psmd.versions`);
 * every other draft is set aside under `psmd.draft.<id>` and `psmd.draft.<id>.versions`. Opening a draft
 * swaps them. Loaded only on /drafts/ and where answers are replaced (never before the first answer).
 *
 * Every change is a list of writes made in one go: if storage is full part-way, the writes already made
 * are undone, so a change happens whole or not at all and nothing is lost. An index this tool cannot read
 * is set aside under `psmd.drafts.unreadable` (never overwritten) and the list is made again from the
 * drafts found on the device.
 */
import { addVersion } from '../../domain/answers/versions.ts';
import {
  createDraft,
  deleteDraft,
  describeText,
  duplicateDraft,
  noteMoved,
  openDraft,
  readIndex,
  reconcileIndex,
  renameDraft,
  serializeIndex,
  undoDelete,
  type Change,
  type DraftsIndex,
} from '../../domain/drafts/drafts.ts';
import { STORAGE_KEY } from './storage.ts';

/** The open draft's earlier versions, kept before its answers were replaced (versions.ts). */
export const VERSIONS_KEY = 'psmd.versions';

export const INDEX_KEY = 'psmd.drafts';
export const INDEX_UNREADABLE_KEY = 'psmd.drafts.unreadable';
const PREFIX = 'psmd.draft.';
export const textKey = (id: string) => `${PREFIX}${id}`;
const versionsKey = (id: string) => `${PREFIX}${id}.versions`;

export type Failure = 'unavailable' | 'full' | 'unreadable-index' | 'too-many' | 'unknown' | 'empty-name' | 'name-too-long';
export type Done = { ok: true } | { ok: false; reason: Failure };

export type DraftsState =
  | {
      ok: true;
      index: DraftsIndex;
      /** The open draft's answers as saved (null: none). */
      openText: string | null;
      /** An index set aside as unreadable (offered for download as it was). */
      unreadable: string | null;
      /** The index could not be set aside (storage full): nothing is written over it. */
      stuck: boolean;
      /** Each draft's saved answers, by id (null: none yet). */
      texts: Record<string, string | null>;
    }
  | { ok: false; reason: 'unavailable' };

function store(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

const newId = () => (Date.now().toString(36) + Math.random().toString(36).slice(2, 8)).replace(/[^a-z0-9]/g, '');
/**
 * The id the answers in use get when they become a draft of their own: kept for this tab until the index
 * is written, so the list the page shows and the change the user then makes name the same draft.
 */
let pendingId: string | undefined;

/** Drafts set aside under their own keys, as found on the device. */
function asideIds(s: Storage): string[] {
  const ids: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(PREFIX) && !k.endsWith('.versions')) ids.push(k.slice(PREFIX.length));
  }
  return ids;
}

/** Reads the drafts on this device; an unreadable index is set aside first (where it can be). */
export function readDrafts(): DraftsState {
  const s = store();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    let text = s.getItem(INDEX_KEY);
    let ix = readIndex(text);
    let stuck = false;
    if (!ix) {
      const there = s.getItem(INDEX_UNREADABLE_KEY);
      try {
        if (there !== null && there !== text) throw new Error('an unreadable index is there already');
        s.setItem(INDEX_UNREADABLE_KEY, text!);
        s.removeItem(INDEX_KEY);
        text = null;
      } catch {
        stuck = true;
      }
      ix = readIndex(null)!;
    }
    const openText = s.getItem(STORAGE_KEY);
    pendingId ??= newId();
    const index = reconcileIndex(ix, openText, pendingId, asideIds(s), (id) => describeText(s.getItem(textKey(id))));
    const texts = Object.fromEntries(index.drafts.map((e) => [e.id, e.id === index.open ? openText : s.getItem(textKey(e.id))]));
    // Stuck: the list left where it was is the one offered as it is.
    return { ok: true, index, openText, unreadable: stuck ? text : s.getItem(INDEX_UNREADABLE_KEY), stuck, texts };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}

type Write = [key: string, value: string | null];

/**
 * Makes the writes: every value first, in order, and only then the removals (which cannot fail for want
 * of room). If a value cannot be written (storage full), the values written are taken back, new keys
 * first (which frees the room to put back what they overwrote), and nothing was removed yet: the
 * change did not happen, and nothing is lost.
 */
function commit(s: Storage, writes: Write[]): Done {
  const made: Write[] = [];
  try {
    for (const [k, v] of writes) {
      if (v === null) continue;
      const was = s.getItem(k);
      s.setItem(k, v);
      made.push([k, was]);
    }
  } catch (e) {
    const back = [...made.filter(([, was]) => was === null), ...made.filter(([, was]) => was !== null)];
    for (const [k, was] of back) {
      try {
        if (was === null) s.removeItem(k);
        else s.setItem(k, was);
      } catch {
        // Nothing more can be done; the new keys were removed first, so this is not expected.
      }
    }
    const name = (e as { name?: string }).name;
    return { ok: false, reason: name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable' };
  }
  try {
    for (const [k, v] of writes) if (v === null) s.removeItem(k);
  } catch {
    // A removal refused leaves a copy too many (listed again as a draft of its own), never one too few.
  }
  pendingId = undefined;
  return { ok: true };
}

/** The writes that set the open draft aside under its own keys (before another takes its place). */
function stash(s: Storage, ix: DraftsIndex): Write[] {
  if (ix.open === null) return [];
  return [
    [textKey(ix.open), s.getItem(STORAGE_KEY)],
    [versionsKey(ix.open), s.getItem(VERSIONS_KEY)],
  ];
}

/** Reads the state, applies a change of the index and the writes it needs, in one go. */
function change(make: (s: Storage, ix: DraftsIndex) => { change: Change; writes: (ix: DraftsIndex) => Write[] }): Done {
  const s = store();
  const st = readDrafts();
  if (!s || !st.ok) return { ok: false, reason: 'unavailable' };
  if (st.stuck) return { ok: false, reason: 'unreadable-index' };
  const { change: c, writes } = make(s, st.index);
  if (!c.ok) return c;
  return commit(s, [...writes(c.index), [INDEX_KEY, serializeIndex(noteMoved(st.index, c.index))]]);
}

/** "New draft": the open draft is set aside, and an empty one opened. */
export const newDraft = (now = new Date()): Done =>
  change((s, ix) => ({
    change: createDraft(ix, newId(), now),
    writes: () => [...stash(s, ix), [STORAGE_KEY, null], [VERSIONS_KEY, null]],
  }));

/** "Open": the open draft is set aside and this one takes its place. */
export const openDraftById = (id: string): Done =>
  change((s, ix) => ({
    change: id === ix.open ? { ok: true, index: ix } : openDraft(ix, id),
    writes: () =>
      id === ix.open
        ? []
        : [...stash(s, ix), [STORAGE_KEY, s.getItem(textKey(id))], [VERSIONS_KEY, s.getItem(versionsKey(id))], [textKey(id), null], [versionsKey(id), null]],
  }));

export const renameDraftById = (id: string, name: string): Done => change((_s, ix) => ({ change: renameDraft(ix, id, name), writes: () => [] }));

/** "Duplicate": a copy, answers and versions, listed beside it under `name`. */
export const duplicateDraftById = (id: string, name: string): Done =>
  change((s, ix) => {
    const copy = newId();
    const open = id === ix.open;
    return {
      change: duplicateDraft(ix, id, copy, name),
      writes: () => [
        [textKey(copy), s.getItem(open ? STORAGE_KEY : textKey(id))],
        [versionsKey(copy), s.getItem(open ? VERSIONS_KEY : versionsKey(id))],
      ],
    };
  });

/** "Delete": set aside and marked, so Undo can bring it back; the draft deleted before goes for good. */
export const deleteDraftById = (id: string): Done =>
  change((s, ix) => {
    const c = deleteDraft(ix, id);
    return {
      change: c,
      writes: () => [
        ...(id === ix.open ? [...stash(s, ix), [STORAGE_KEY, null] as Write, [VERSIONS_KEY, null] as Write] : []),
        ...(c.ok ? c.purge.flatMap((p): Write[] => [[textKey(p), null], [versionsKey(p), null]]) : []),
      ],
    };
  });

export const undoDeleteById = (id: string): Done => change((_s, ix) => ({ change: undoDelete(ix, id), writes: () => [] }));

/**
 * Before a file's answers are put in use: the answers in use stay a draft of their own, and the file
 * gets a new draft, whose earlier version is the answers it took the place of (so the loading can be
 * undone either way). Where there is nothing in use, or no room for another draft (or storage is full),
 * the file takes the open draft's place, its answers kept as a version. The caller then saves the file's
 * answers under `psmd.answers`. Says whether the answers in use are safe.
 */
export function setAsideForFile(keepHere: () => boolean, now = new Date()): boolean {
  const s = store();
  const text = s?.getItem(STORAGE_KEY) ?? null;
  if (!s || text === null) return keepHere();
  const kept = JSON.stringify(addVersion([], { kept: now.toISOString(), why: 'load', text }));
  const done = change((_s, ix) => ({ change: createDraft(ix, newId(), now), writes: () => [...stash(s, ix), [VERSIONS_KEY, kept]] }));
  return done.ok || keepHere();
}

/**
 * Where the answers a tab last saw went, when they are no longer in use: `aside` (another tab opened
 * another draft or started a new one, and they are a draft of their own now), `deleted` (another tab
 * deleted that draft), or null (they were changed or deleted in place: the usual merge applies).
 */
export function whereIs(text: string): 'aside' | 'deleted' | null {
  const st = readDrafts();
  const s = store();
  if (!s || !st.ok || !text) return null;
  try {
    for (const id of st.index.moved ?? []) {
      if (s.getItem(textKey(id)) !== text) continue;
      return st.index.drafts.find((e) => e.id === id)?.deleted ? 'deleted' : 'aside';
    }
  } catch {
    // Storage gone: nothing is known, so nothing is assumed.
  }
  return null;
}
