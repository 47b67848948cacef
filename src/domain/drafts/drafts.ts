/**
 * Several drafts on one device: the index of the drafts kept in this browser (which one is open, each
 * one's name, party and last change). Pure: islands/shared/drafts-storage.ts reads and writes the keys.
 *
 * The open draft's answers and versions stay under the keys the rest of the site already reads
 * (`psmd.answers`, `psmd.versions`), so the questionnaire, the draft page, the comparisons and tab sync
 * work on "the open draft" unchanged; the other drafts are set aside under keys of their own. A draft
 * deleted here is only marked, so the page can offer Undo; the next deletion removes it for good.
 */
import type { Answers } from '../answers/schema.ts';
import { answersName } from '../answers/versions.ts';

/** More would make the list a filing cabinet: the page asks to delete one first. */
export const MAX_DRAFTS = 30;
export const MAX_NAME = 80;
const FORMAT = 'peace-secretariat-mandate-drafts';
const VERSION = 1;
/** Ids become parts of storage keys: short, lowercase letters and digits only. */
const ID = /^[a-z0-9]{1,40}$/;

export interface DraftEntry {
  id: string;
  /** The name the user gave it; empty until renamed (the list then names it from its answers). */
  name: string;
  /** The `party-name` answer, as last seen. */
  party: string;
  /** When its answers last changed (ISO 8601), as last seen. */
  changed: string;
  /** Deleted, kept until the next deletion so that it can be undone. */
  deleted?: true;
}

export interface DraftsIndex {
  /** The draft whose answers are in use (under `psmd.answers`); null when none is (after deleting it). */
  open: string | null;
  drafts: DraftEntry[];
  /**
   * The drafts that were open and are not any more (another opened, a new one started, or deleted),
   * newest first: a tab still showing one of them follows instead of merging it into the draft now open.
   */
  moved?: string[];
}

/** How many drafts that were open are remembered: more than the switches a sleeping tab would miss. */
const MAX_MOVED = 10;

export const emptyIndex = (): DraftsIndex => ({ open: null, drafts: [] });

export function serializeIndex(ix: DraftsIndex): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, open: ix.open, drafts: ix.drafts, ...(ix.moved?.length ? { moved: ix.moved } : {}) });
}

const isEntry = (e: unknown): e is DraftEntry => {
  if (typeof e !== 'object' || e === null) return false;
  const d = e as Record<string, unknown>;
  return (
    typeof d.id === 'string' &&
    ID.test(d.id) &&
    typeof d.name === 'string' &&
    d.name.length <= MAX_NAME &&
    typeof d.party === 'string' &&
    typeof d.changed === 'string' &&
    (d.deleted === undefined || d.deleted === true)
  );
};

/**
 * Reads the index: none yet is an empty index; anything this tool did not write (or a newer version
 * wrote) is null, and the caller sets it aside rather than write over it.
 */
export function readIndex(text: string | null): DraftsIndex | null {
  if (text === null) return emptyIndex();
  try {
    const d = JSON.parse(text) as Record<string, unknown> | null;
    if (typeof d !== 'object' || d === null || d.format !== FORMAT || d.version !== VERSION) return null;
    const { open, drafts, moved } = d;
    if (!Array.isArray(drafts) || drafts.length > MAX_DRAFTS + 1 || !drafts.every(isEntry)) return null;
    const ids = new Set(drafts.map((e) => e.id));
    if (ids.size !== drafts.length) return null;
    if (open !== null && (typeof open !== 'string' || !drafts.some((e) => e.id === open && !e.deleted))) return null;
    if (moved !== undefined && (!Array.isArray(moved) || moved.length > MAX_MOVED || !moved.every((m) => typeof m === 'string'))) return null;
    return { open, drafts: drafts.map((e) => ({ ...e })), ...(moved?.length ? { moved: [...(moved as string[])] } : {}) };
  } catch {
    return null;
  }
}

/** What a saved answers text says about itself: its answers, party and when it was saved. */
export function describeText(text: string | null): { answers: Answers; party: string; changed: string } {
  try {
    const d = text ? (JSON.parse(text) as { answers?: unknown; savedAt?: unknown }) : {};
    const answers = (d.answers && typeof d.answers === 'object' ? d.answers : {}) as Answers;
    const party = (answers as Record<string, unknown>)['party-name'];
    return { answers, party: typeof party === 'string' ? party.trim() : '', changed: typeof d.savedAt === 'string' ? d.savedAt : '' };
  } catch {
    return { answers: {} as Answers, party: '', changed: '' };
  }
}

/** The name shown: the one given, else the answers' own (short name, secretariat, party), else none. */
export const draftName = (e: DraftEntry, answers?: Answers): string | undefined => e.name || (answers && answersName(answers)) || undefined;

const live = (ix: DraftsIndex) => ix.drafts.filter((e) => !e.deleted);

/**
 * Brings the index up to date with what is on the device: answers in use while no draft is open
 * (saved before there were drafts, or answered after the open draft was deleted) become a draft of their
 * own, `openId`; drafts set aside under keys the index does not list (an index set aside as unreadable)
 * are listed again; the open draft's party and last change are read from its answers.
 */
export function reconcileIndex(ix: DraftsIndex, openText: string | null, openId: string, asideIds: readonly string[], describe: (id: string) => { party: string; changed: string }): DraftsIndex {
  const drafts = ix.drafts.map((e) => ({ ...e }));
  let open = ix.open;
  if (open === null && openText !== null) {
    drafts.push({ id: openId, name: '', party: '', changed: '' });
    open = openId;
  }
  for (const id of asideIds) if (ID.test(id) && id !== open && !drafts.some((e) => e.id === id)) drafts.push({ id, name: '', ...describe(id) });
  const o = drafts.find((e) => e.id === open);
  if (o && openText !== null) Object.assign(o, (({ party, changed }) => ({ party, changed }))(describeText(openText)));
  return { ...ix, open, drafts };
}

export type Change = { ok: true; index: DraftsIndex } | { ok: false; reason: 'too-many' | 'unknown' | 'empty-name' | 'name-too-long' };

/** A new, empty draft, opened; the one open before stays in the list. */
export function createDraft(ix: DraftsIndex, id: string, now: Date, name = ''): Change {
  if (live(ix).length >= MAX_DRAFTS) return { ok: false, reason: 'too-many' };
  return { ok: true, index: { ...ix, open: id, drafts: [...ix.drafts, { id, name, party: '', changed: now.toISOString() }] } };
}

/** A name as typed, tidied: spaces collapsed, control characters dropped. */
export const tidyName = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();

export function renameDraft(ix: DraftsIndex, id: string, name: string): Change {
  const n = tidyName(name);
  if (!n) return { ok: false, reason: 'empty-name' };
  if (n.length > MAX_NAME) return { ok: false, reason: 'name-too-long' };
  if (!live(ix).some((e) => e.id === id)) return { ok: false, reason: 'unknown' };
  return { ok: true, index: { ...ix, drafts: ix.drafts.map((e) => (e.id === id ? { ...e, name: n } : e)) } };
}

/** A copy of a draft under a new id, listed beside it; the open draft stays open. */
export function duplicateDraft(ix: DraftsIndex, id: string, newId: string, name: string): Change {
  const e = live(ix).find((d) => d.id === id);
  if (!e) return { ok: false, reason: 'unknown' };
  if (live(ix).length >= MAX_DRAFTS) return { ok: false, reason: 'too-many' };
  return { ok: true, index: { ...ix, drafts: [...ix.drafts, { ...e, id: newId, name: tidyName(name).slice(0, MAX_NAME) }] } };
}

export function openDraft(ix: DraftsIndex, id: string): Change {
  if (!live(ix).some((e) => e.id === id)) return { ok: false, reason: 'unknown' };
  return { ok: true, index: { ...ix, open: id } };
}

/**
 * Marks a draft deleted (no draft is open after deleting the open one). The draft deleted before it is
 * removed for good: `purge` lists the drafts whose keys the caller removes.
 */
export function deleteDraft(ix: DraftsIndex, id: string): ({ ok: true; index: DraftsIndex; purge: string[] }) | { ok: false; reason: 'unknown' } {
  if (!live(ix).some((e) => e.id === id)) return { ok: false, reason: 'unknown' };
  const purge = ix.drafts.filter((e) => e.deleted).map((e) => e.id);
  const drafts = ix.drafts.filter((e) => !e.deleted).map((e) => (e.id === id ? { ...e, deleted: true as const } : e));
  return { ok: true, index: { ...ix, open: ix.open === id ? null : ix.open, drafts }, purge };
}

/** Undoes a deletion: the draft is listed again (not opened). */
export function undoDelete(ix: DraftsIndex, id: string): Change {
  const e = ix.drafts.find((d) => d.id === id && d.deleted);
  if (!e) return { ok: false, reason: 'unknown' };
  if (live(ix).length >= MAX_DRAFTS) return { ok: false, reason: 'too-many' };
  return { ok: true, index: { ...ix, drafts: ix.drafts.map((d) => (d.id === id ? { id: d.id, name: d.name, party: d.party, changed: d.changed } : d)) } };
}

/**
 * Notes that the draft open before a change is open no more (see `moved`); the draft open now, and
 * drafts removed for good, are not in it.
 */
export function noteMoved(before: DraftsIndex, after: DraftsIndex): DraftsIndex {
  if (before.open === null || before.open === after.open) return after;
  const kept = new Set(after.drafts.map((e) => e.id));
  const moved = [before.open, ...(after.moved ?? []).filter((id) => id !== before.open)].filter((id) => kept.has(id) && id !== after.open).slice(0, MAX_MOVED);
  return { ...after, moved };
}

/** The drafts to list, the one changed last first (those never changed last). */
export function listDrafts(ix: DraftsIndex): DraftEntry[] {
  return live(ix).sort((a, b) => (b.changed > a.changed ? 1 : b.changed < a.changed ? -1 : 0));
}

/** The drafts deleted and not yet removed for good (the page offers to undo it). */
export const deletedDrafts = (ix: DraftsIndex) => ix.drafts.filter((e) => e.deleted);
