/**
 * "Your drafts": the drafts on this device (name, party, last changed), the one changed last first, with
 * Open (or Continue, for the open one), Rename, Duplicate, Delete (asked first, then undoable) and
 * Download; "New draft"; and a file opened as a new draft or, when asked, in place of the open one.
 * Every change is made by drafts-storage.ts, which reads the drafts again first, so a list shown before
 * another tab changed them never writes back what that tab deleted.
 */
import { Confirm } from './Confirm.tsx';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeText, draftName, listDrafts, MAX_DRAFTS, MAX_NAME, tidyName, type DraftEntry } from '../../domain/drafts/drafts.ts';
import { Marked } from '../shared/Marked.tsx';
import { deleteDraftById, duplicateDraftById, newDraft, openDraftById, renameDraftById, type DraftsState, type Done, type Failure } from '../shared/drafts-storage.ts';
import { FileOpen } from './FileOpen.tsx';

export type T = (key: string, vars?: Record<string, string>) => string;
/** What the page says after a change: `isolate` holds the names typed by users; `undo`, a draft deleted. */
export type Said = { text: string; ok: boolean; isolate?: string[]; undo?: { id: string; name: string } };

interface Props {
  t: T;
  /** The page's words by key, for the file opener shared with the other pages. */
  ui: Record<string, string>;
  base: string;
  state: Extract<DraftsState, { ok: true }>;
  say: (said: Said) => void;
  when: (iso: string) => string;
  download: (text: string, name: string) => void;
}

const vh = (name: string) => (
  <span class="visually-hidden">
    {' '}
    <bdi>{name}</bdi>
  </span>
);

export function DraftsList({ t, ui, base, state, say, when, download }: Props) {
  const drafts = listDrafts(state.index);
  const nameOf = (e: DraftEntry) => draftName(e, describeText(state.texts[e.id] ?? null).answers) ?? t('drafts.unnamed');
  const failed = (r: Extract<Done, { ok: false }>) => say({ ok: false, text: t(`drafts.error.${r.reason satisfies Failure}`, { max: String(MAX_DRAFTS) }) });
  const after = (r: Done, text: string, isolate: string[] = [], undo?: Said['undo']) => (r.ok ? say({ ok: true, text, isolate, ...(undo ? { undo } : {}) }) : failed(r));

  const [renaming, setRenaming] = useState<DraftEntry | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const [deleting, setDeleting] = useState<DraftEntry | null>(null);
  const askRef = useRef<HTMLParagraphElement>(null);
  // The form or the question appears below the list: focus goes to it, and back to the list after.
  useEffect(() => nameRef.current?.focus(), [renaming, nameError]);
  useEffect(() => askRef.current?.focus(), [deleting]);
  /** Cancel: focus goes back to the button that opened the form or the question. */
  const back = (id: string, action: 'rename' | 'delete') =>
    setTimeout(() => document.querySelector<HTMLButtonElement>(`[data-draft="${id}"] [data-action="${action}"]`)?.focus());

  const rename = (e: Event) => {
    e.preventDefault();
    if (!renaming) return;
    const typed = nameRef.current?.value ?? '';
    const r = renameDraftById(renaming.id, typed);
    if (!r.ok && (r.reason === 'empty-name' || r.reason === 'name-too-long')) return setNameError(t(`drafts.error.${r.reason}`, { max: String(MAX_NAME) }));
    setRenaming(null);
    setNameError(null);
    const name = tidyName(typed);
    after(r, t('drafts.renamed', { name }), [name]);
  };

  return (
    <>
      <h2>{t('drafts.title')}</h2>
      <p>{t('drafts.lede')}</p>
      {drafts.length === 0 ? (
        <p>{t('drafts.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table drafts-table">
            <caption class="visually-hidden">{t('drafts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('drafts.col-name')}</th>
                <th scope="col">{t('drafts.col-party')}</th>
                <th scope="col">{t('drafts.col-changed')}</th>
                <th scope="col">{t('drafts.col-actions')}</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((e) => {
                const name = nameOf(e);
                const open = e.id === state.index.open;
                const text = state.texts[e.id] ?? null;
                return (
                  <tr key={e.id} data-draft={e.id}>
                    <th scope="row">
                      {open && <strong class="tag">{t('drafts.open-tag')}</strong>}
                      <Marked text={name} isolate={[name]} />
                    </th>
                    <td>{e.party ? <bdi>{e.party}</bdi> : t('drafts.no-party')}</td>
                    <td>{(e.changed && when(e.changed)) || t('drafts.never-changed')}</td>
                    <td>
                      <div class="button-group">
                        {open ? (
                          <a class="button button--secondary" href={`${base}questionnaire/?continue`}>
                            {t('drafts.continue')}
                            {vh(name)}
                          </a>
                        ) : (
                          <button type="button" class="button button--secondary" onClick={() => after(openDraftById(e.id), t('drafts.opened', { name }), [name])}>
                            {t('drafts.open')}
                            {vh(name)}
                          </button>
                        )}
                        <button
                          type="button"
                          class="link-button"
                          data-action="rename"
                          onClick={() => {
                            setDeleting(null);
                            setNameError(null);
                            setRenaming(e);
                          }}
                        >
                          {t('drafts.rename')}
                          {vh(name)}
                        </button>
                        <button
                          type="button"
                          class="link-button"
                          onClick={() => {
                            const copy = t('drafts.copy-of', { name }).slice(0, MAX_NAME);
                            after(duplicateDraftById(e.id, copy), t('drafts.duplicated', { name: copy }), [copy]);
                          }}
                        >
                          {t('drafts.duplicate')}
                          {vh(name)}
                        </button>
                        {text && (
                          <button type="button" class="link-button" onClick={() => download(text, name)}>
                            {t('drafts.download', { name: '' }).trim()}
                            {vh(name)}
                          </button>
                        )}
                        <button
                          type="button"
                          class="link-button"
                          data-action="delete"
                          onClick={() => {
                            setRenaming(null);
                            setDeleting(e);
                          }}
                        >
                          {t('drafts.delete')}
                          {vh(name)}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {renaming && (
        <form class="drafts-form" onSubmit={rename} noValidate>
          <div class={nameError ? 'form-group form-group--error' : 'form-group'}>
            <label for="draft-name">
              <strong>
                <Marked text={t('drafts.rename-label', { name: nameOf(renaming) })} isolate={[nameOf(renaming)]} />
              </strong>
            </label>
            {nameError && (
              <p id="draft-name-error" class="error-message">
                <span class="visually-hidden">{t('wizard.error-prefix')} </span>
                {nameError}
              </p>
            )}
            <input
              id="draft-name"
              ref={nameRef}
              class="input"
              type="text"
              autocomplete="off"
              spellcheck={false}
              defaultValue={renaming.name || nameOf(renaming)}
              aria-describedby={nameError ? 'draft-name-error' : undefined}
              aria-invalid={nameError ? 'true' : undefined}
            />
          </div>
          <div class="button-group">
            <button type="submit" class="button">
              {t('drafts.rename-save')}
            </button>
            <button
              type="button"
              class="link-button"
              onClick={() => {
                back(renaming.id, 'rename');
                setRenaming(null);
                setNameError(null);
              }}
            >
              {t('drafts.cancel')}
            </button>
          </div>
        </form>
      )}
      {deleting && (
        <Confirm
          label={`${t('drafts.delete')} ${nameOf(deleting)}`}
          askRef={askRef}
          yes={t('drafts.delete-yes')}
          no={t('drafts.cancel')}
          onYes={() => {
            const name = nameOf(deleting);
            setDeleting(null);
            after(deleteDraftById(deleting.id), t('drafts.deleted', { name }), [name], { id: deleting.id, name });
          }}
          onNo={() => {
            back(deleting.id, 'delete');
            setDeleting(null);
          }}
        >
          <Marked text={t('drafts.delete-confirm', { name: nameOf(deleting) })} isolate={[nameOf(deleting)]} />
        </Confirm>
      )}
      <p>
        <button type="button" class="button button--secondary" onClick={() => after(newDraft(), t('drafts.created'))}>
          {t('drafts.new')}
        </button>
      </p>
      <FileOpen t={t} ui={ui} say={say} hasOpen={state.openText !== null} />
    </>
  );
}
