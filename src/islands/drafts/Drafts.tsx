/**
 * "Your drafts and earlier versions": the drafts on this device (DraftsList.tsx), the answers of the
 * open draft, and the versions kept before
 * they were replaced (a file loaded, Start again, a scenario started, a version restored), each with
 * "Restore the version of 10:42". Restoring keeps the answers in use as a version first, so it is undone
 * the same way. A page of its own, so none of this loads with the questionnaire; its words come ready
 * from the page (as a scenario page's do), so it shares no code with the questionnaire but storage: a
 * shared module would be split into chunks of its own, which made the questionnaire's first page heavier.
 */
import { Confirm } from './Confirm.tsx';
import { pageLocale } from '../shared/locale.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnswersFile } from '../../domain/answers/file.ts';
import type { Answers } from '../../domain/answers/schema.ts';
import { answersName, type Version } from '../../domain/answers/versions.ts';
import { serializeAnswersFile } from '../../domain/answers/format.ts';
import { Marked } from '../shared/Marked.tsx';
import { clearSaved, readSaved } from '../shared/storage.ts';
import { warmIntl } from '../shared/intl-warm.ts';
import { listVersions, restoreVersion } from '../shared/versions.ts';
import { readDrafts, undoDeleteById, type DraftsState } from '../shared/drafts-storage.ts';
import { DraftsList, type Said } from './DraftsList.tsx';
import { MAX_DRAFTS } from '../../domain/drafts/drafts.ts';

interface Props {
  /** Interface strings by key (without the "versions." prefix), "{time}", "{name}"… filled in here. */
  words: Record<string, string>;
  base: string;
  /** Each role's words, to say whose answers these are. */
  roles: Record<string, string>;
}

const when = (iso: string | undefined) => {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toLocaleString(pageLocale(), { dateStyle: 'medium', timeStyle: 'short' }) : '';
};

/** A version's answers, for its name and role (it was valid when kept; it is checked again on restore). */
function answersOf(text: string): Answers {
  try {
    const a = (JSON.parse(text) as { answers?: unknown }).answers;
    return (a && typeof a === 'object' ? a : {}) as Answers;
  } catch {
    return {};
  }
}

export default function Drafts({ words, base, roles }: Props) {
  const t = (key: string, vars: Record<string, string> = {}) => (words[key.replace(/^versions\./, '')] ?? key).replace(/\{([a-z]+)\}/g, (m, k: string) => vars[k] ?? m);
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const saidRef = useRef<HTMLDivElement>(null);
  // As "Delete my answers" elsewhere: the question replaces the button, and focus follows (not to "Yes").
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (confirming === false) deleteRef.current?.focus();
  }, [confirming]);
  const [current, setCurrent] = useState<AnswersFile | null | undefined>(undefined);
  const [versions, setVersions] = useState<Version[]>([]);
  const [said, setSaid] = useState<Said | null>(null);
  const [drafts, setDrafts] = useState<DraftsState | null>(null);
  const failedRef = useRef<HTMLDivElement>(null);
  // The list's dates are the page's first Intl objects: the locale data loads in a worker meanwhile
  // (intl-warm.ts), so drawing them does not hold the page (the first list waits for it, within a second).
  const refresh = () =>
    Promise.all([readSaved(), warmIntl(pageLocale())]).then(([r]) => {
      setCurrent(r.ok ? r.file : null);
      setVersions(listVersions());
      setDrafts(readDrafts());
    });
  /** After a change to the drafts: the list is read again, and the page says what happened. */
  const say = (s: Said) => {
    setSaid(s);
    void refresh();
  };
  useEffect(() => {
    refresh();
    // Another tab saved, restored or deleted: the list follows.
    addEventListener('storage', refresh);
    return () => removeEventListener('storage', refresh);
  }, []);
  useEffect(() => {
    (said?.ok ? saidRef : failedRef).current?.focus();
  }, [said]);

  // Keyed: replaced, not moved down (a layout shift), when the list arrives.
  if (current === undefined) return <p key="loading">{t('draft.loading')}</p>;
  /** Its name (typed by the user, so isolated for right-to-left text) and whose answers they are. */
  const describe = (a: Answers) => {
    const role = (a as Record<string, string>)['user-role'];
    const name = answersName(a);
    return <Marked text={[name ?? t('versions.unnamed'), role && roles[role]].filter(Boolean).join(' · ')} isolate={name ? [name] : []} />;
  };
  /** Saved answers (a version, a draft) as a file of their own, as "Download answers" makes it. */
  const save = (saved: string, filename: string) => {
    let text = saved;
    try {
      text = serializeAnswersFile(JSON.parse(saved) as AnswersFile);
    } catch {
      // Kept as it was: offered as it was.
    }
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  /** The unreadable list of drafts, exactly as it was (it is not answers: nothing is rewritten). */
  const saveAsIs = (text: string) => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: 'drafts-list-as-it-was.json' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const download = (v: Version) => save(v.text, `answers-${v.kept.slice(0, 16).replace(/[T:]/g, '-')}.json`);
  /** A file name from a draft's name: letters and digits of any script kept, the rest made dashes. */
  const downloadDraft = (text: string, name: string) => save(text, `answers-${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'draft'}.json`);
  const restore = async (v: Version) => {
    const ok = await restoreVersion(v);
    await refresh();
    setSaid({ ok, text: t(ok ? 'versions.restored' : 'versions.restore-failed', { time: when(v.kept) }) });
  };

  return (
    <>
      {/* The heading and lede are in the page's HTML (drafts.astro): they show at once, and nothing moves when this arrives. */}
      {said &&
        (said.ok ? (
          <div class="notification notification--success" role="status" tabIndex={-1} ref={saidRef}>
            <p>
              <Marked text={said.text} isolate={said.isolate} />
            </p>
            {said.undo && (
              <p>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => {
                    const { id, name } = said.undo!;
                    const r = undoDeleteById(id);
                    say(r.ok ? { ok: true, text: t('drafts.undone', { name }), isolate: [name] } : { ok: false, text: t(`drafts.error.${r.reason}`, { max: String(MAX_DRAFTS) }) });
                  }}
                >
                  <Marked text={t('drafts.undo', { name: said.undo.name })} isolate={[said.undo.name]} />
                </button>
              </p>
            )}
          </div>
        ) : (
          <div class="warning" role="alert" tabIndex={-1} ref={failedRef}>
            <span class="warning-icon" aria-hidden="true">!</span>
            <p>
              <Marked text={said.text} isolate={said.isolate} />
            </p>
          </div>
        ))}
      {drafts && !drafts.ok && (
        <div class="warning" role="alert">
          <span class="warning-icon" aria-hidden="true">!</span>
          <p>{t('drafts.storage-off')}</p>
        </div>
      )}
      {drafts?.ok && drafts.unreadable !== null && (
        <div class="warning">
          <span class="warning-icon" aria-hidden="true">!</span>
          <div>
            <p>{t(drafts.stuck ? 'drafts.index-stuck' : 'drafts.index-unreadable')}</p>
            <p>
              <button type="button" class="link-button" onClick={() => saveAsIs(drafts.unreadable!)}>
                {t('drafts.download-index')}
              </button>
            </p>
          </div>
        </div>
      )}
      {drafts?.ok && <DraftsList t={t} ui={words} base={base} state={drafts} say={say} when={when} download={downloadDraft} />}
      <h2>{t('versions.in-use')}</h2>
      {current && Object.keys(current.answers).length > 0 ? (
        <>
          <p>
            <strong>{describe(current.answers)}</strong>
            {current.savedAt && <> — {t('versions.changed', { time: when(current.savedAt) })}</>}
          </p>
          <p>
            <a class="button" href={`${base}questionnaire/?continue`}>
              {t('versions.continue')}
            </a>
          </p>
        </>
      ) : (
        <p>{t('versions.none-in-use')}</p>
      )}
      <h2>{t('versions.earlier')}</h2>
      {versions.length === 0 ? (
        <p>{t('versions.none')}</p>
      ) : (
        <ul class="version-list">
          {versions.map((v) => (
            <li key={`${v.kept}-${v.text.length}`}>
              <p>
                <strong>{describe(answersOf(v.text))}</strong> — {t(`versions.why-${v.why}`, { time: when(v.kept) })}
              </p>
              <div class="button-group">
                <button type="button" class="button button--secondary" onClick={() => restore(v)}>
                  {t('versions.restore', { time: when(v.kept) })}
                </button>
                <button type="button" class="link-button" onClick={() => download(v)}>
                  {t('versions.download', { time: when(v.kept) })}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {(current || versions.length > 0 || (drafts?.ok && drafts.index.drafts.length > 0)) && (
        <>
          <h2>{t('versions.delete-title')}</h2>
          {confirming ? (
            <Confirm
              label={t('files.delete')}
              askRef={confirmRef}
              yes={t('files.delete-yes')}
              no={t('files.delete-cancel')}
              onYes={() => {
                setConfirming(null);
                clearSaved();
                refresh();
                setSaid({ ok: true, text: t('files.deleted') });
              }}
              onNo={() => setConfirming(false)}
            >
              {t('files.delete-confirm')}
            </Confirm>
          ) : (
            <p>
              <button ref={deleteRef} type="button" class="button button--warning" onClick={() => setConfirming(true)}>
                {t('files.delete')}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
