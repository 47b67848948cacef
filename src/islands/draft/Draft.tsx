/**
 * The draft page: reads the answers saved on this device, composes the mandate, shows it as HTML,
 * and makes a PDF on request. jsPDF and the font load only when "Download PDF" is pressed.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnswersFile } from '../../domain/answers/file.ts';
import type { Knowledge } from '../../domain/knowledge/schema.ts';
import { compose, composeSupportScope } from '../../domain/mandate/compose.ts';
import type { MandateDocument } from '../../domain/mandate/document.ts';
import type { ScenarioView } from '../../domain/scenarios/compare.ts';
import type { SupportContent } from '../../domain/support/schema.ts';
import type { MandateContent } from '../../domain/mandate/schema.ts';
import { answersNeedingPrint } from '../../domain/mandate/scripts.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { missingRequired } from '../../domain/questionnaire/validate.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { MandateView } from '../../renderers/html/MandateView.tsx';
import { FileOpener } from '../shared/FileOpener.tsx';
import { clearSaved, readSaved, writeSaved } from '../shared/storage.ts';
import { DeleteAnswers } from '../shared/DeleteAnswers.tsx';
import { UnreadableNotice } from '../shared/UnreadableNotice.tsx';
import { SuccessNotice } from '../shared/SuccessNotice.tsx';

interface Props {
  questionnaire: Questionnaire;
  knowledge: Knowledge;
  mandate: MandateContent;
  support: SupportContent;
  ui: UiStrings;
  base: string;
}

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; name: string; kb: number } | { kind: 'error'; text: string };

export default function Draft({ questionnaire, knowledge, mandate, support, ui, base }: Props) {
  const [file, setFile] = useState<AnswersFile | null | undefined>(undefined);
  // A workshop scenario's history loads only for answers made for one (it is a separate static file).
  const [scenario, setScenario] = useState<ScenarioView | undefined>(undefined);
  const [scenarioFailed, setScenarioFailed] = useState(false);
  const [annotated, setAnnotated] = useState(true);
  const [size, setSize] = useState<'a4' | 'letter'>('a4');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const statusRef = useRef<HTMLDivElement>(null);

  /** Set when the answers came from a file this browser could not keep (storage off or full). */
  const [notKept, setNotKept] = useState<string | null>(null);
  const [storageOff, setStorageOff] = useState(false);
  /** Set once the user has deleted the answers here: the page says so. */
  const [deleted, setDeleted] = useState(false);
  const adopt = (f: AnswersFile | null) => {
    setFile(f);
    if (f?.scenario)
      fetch(`${base}workshops/${f.scenario}/scenario.json`)
        .then((res) => {
          if (!res.ok) throw new Error(String(res.status));
          return res.json() as Promise<ScenarioView>;
        })
        .then(setScenario, () => setScenarioFailed(true));
  };
  /** Set when the saved answers could not be read: they were set aside, and the page says so. */
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    readSaved(questionnaire).then((r) => {
      if (!r.ok && r.reason === 'unavailable') setStorageOff(true);
      if (!r.ok && r.reason === 'corrupt') setUnreadable(true);
      adopt(r.ok ? r.file : null);
    });
  }, []);
  // Opening a file here is the way to a draft when this browser keeps no answers; where it can, the
  // answers are kept as if loaded in the questionnaire, so "Check or change your answers" finds them.
  const opened = (f: AnswersFile, name: string) => {
    setNotKept(writeSaved(f).ok ? null : name);
    setOpenedName(name);
    adopt(f);
  };
  /** The file just opened here: the page says so, as the questionnaire does. */
  const [openedName, setOpenedName] = useState<string | null>(null);
  useEffect(() => {
    if (status.kind === 'error') statusRef.current?.focus();
  }, [status]);

  const answers = file?.answers;
  const missing = useMemo(() => (answers ? missingRequired(questionnaire, answers) : []), [answers]);
  const doc = useMemo(
    () =>
      answers && missing.length === 0
        ? compose(questionnaire, answers, knowledge, mandate, { annotated, date: new Date(), locale: 'en-GB', ui, support, ...(scenario ? { scenario } : {}) })
        : null,
    [answers, missing, annotated, scenario],
  );
  const isDonor = answers?.['user-role'] === 'donor';
  const needsPrint = useMemo(() => (answers ? answersNeedingPrint(questionnaire, answers) : []), [answers]);

  if (file === undefined) return <p>{t(ui, 'draft.loading')}</p>;
  if (!answers || Object.keys(answers).length === 0)
    return (
      <>
        <h1>{t(ui, 'draft.title')}</h1>
        {deleted && <SuccessNotice text={t(ui, 'files.deleted')} />}
        {unreadable && !deleted ? (
          <UnreadableNotice ui={ui} />
        ) : storageOff ? (
          <div class="warning" role="note">
            <p>{t(ui, 'draft.storage-unavailable')}</p>
          </div>
        ) : (
          <p>{t(ui, 'draft.no-answers')}</p>
        )}
        <a class="button" href={`${base}questionnaire/`}>{t(ui, 'start.button')}</a>
        <h2>{t(ui, 'draft.open-title')}</h2>
        <FileOpener ui={ui} id="draft-open" onOpen={opened} />
      </>
    );
  if (!doc)
    return (
      <>
        <h1>{t(ui, 'draft.title')}</h1>
        <div class="warning">
          <div>
            <p>{t(ui, missing.length === 1 ? 'check.missing-one' : 'check.missing', { count: missing.length })}</p>
            <ul>{missing.map((q) => <li key={q.id}>{q.shortLabel}</li>)}</ul>
            <a href={`${base}questionnaire/?continue`}>{t(ui, 'draft.back-to-answers')}</a>
          </div>
        </div>
      </>
    );

  const downloadPdf = async (what: MandateDocument) => {
    setStatus({ kind: 'working' });
    try {
      const [{ renderPdf }, font] = await Promise.all([
        import('../../renderers/pdf/jspdf.ts'),
        fetch(`${base}fonts/noto-sans-subset.ttf`).then((r) => {
          if (!r.ok) throw new Error(`font: ${r.status}`);
          return r.arrayBuffer();
        }),
      ]);
      const bytes = await renderPdf(what, size, new Uint8Array(font), { page: (n, total) => t(ui, 'draft.page', { n, total }) });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
      a.download = what.fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 2000);
      setStatus({ kind: 'done', name: what.fileName, kb: Math.round(bytes.length / 1024) });
    } catch {
      setStatus({ kind: 'error', text: t(ui, 'draft.pdf-failed') });
    }
  };

  return (
    <>
      {/* The page's own heading is not printed: the paper starts with the mandate's status and title. */}
      <h1 class="no-print">{t(ui, 'draft.title')}</h1>
      <p class="no-print">{t(ui, 'draft.lede')}</p>
      {openedName && <SuccessNotice text={t(ui, 'files.loaded', { name: openedName })} noPrint />}
      {notKept && (
        <div class="warning no-print" role="note">
          <p>{t(ui, 'draft.not-kept', { name: notKept })}</p>
        </div>
      )}
      {isDonor && <p class="no-print">{t(ui, 'scope.intro')}</p>}
      {scenarioFailed && (
        <div class="warning no-print" role="note">
          <p>{t(ui, 'draft.scenario-failed')}</p>
        </div>
      )}
      {needsPrint.length > 0 && (
        <div class="warning no-print" role="note">
          <div>
            <p>{t(ui, 'draft.needs-print')}</p>
            <ul>{needsPrint.map((r) => <li key={r.question}>{r.question}</li>)}</ul>
          </div>
        </div>
      )}
      <form class="draft-controls no-print" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t(ui, 'draft.version')}</legend>
          <div class="inline-choices">
            {(['annotated', 'clean'] as const).map((v) => (
              <div class="choice" key={v}>
                <input id={`version-${v}`} type="radio" name="version" checked={annotated === (v === 'annotated')} onChange={() => setAnnotated(v === 'annotated')} />
                <label for={`version-${v}`}>{t(ui, `draft.version-${v}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t(ui, 'draft.paper')}</legend>
          <div class="inline-choices">
            {(['a4', 'letter'] as const).map((v) => (
              <div class="choice" key={v}>
                <input id={`paper-${v}`} type="radio" name="paper" checked={size === v} onChange={() => setSize(v)} />
                <label for={`paper-${v}`}>{t(ui, `draft.paper-${v}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div class="button-group">
          <button type="button" class="button" onClick={() => downloadPdf(doc)} disabled={status.kind === 'working'}>
            {t(ui, 'draft.download-pdf')}
          </button>
          {isDonor && (
            <button
              type="button"
              class="button button--secondary"
              disabled={status.kind === 'working'}
              onClick={() => downloadPdf(composeSupportScope(questionnaire, answers, knowledge, support, { date: new Date(), locale: 'en-GB', ui }))}
            >
              {t(ui, 'scope.download')}
            </button>
          )}
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            {t(ui, 'draft.print')}
          </button>
          <a href={`${base}questionnaire/?continue`}>{t(ui, 'draft.back-to-answers')}</a>
        </div>
        <div role="status" aria-live="polite" tabIndex={-1} ref={statusRef} class={status.kind === 'error' ? 'error-message' : 'hint'}>
          {status.kind === 'working' && t(ui, 'draft.pdf-working')}
          {status.kind === 'done' && t(ui, 'draft.pdf-done', { name: status.name, kb: status.kb })}
          {status.kind === 'error' && status.text}
        </div>
      </form>
      <MandateView doc={doc} ui={ui} />
      {/* Someone on a borrowed laptop ends here: the way to leave nothing behind is on this page too. */}
      <section class="no-print draft-finish" aria-labelledby="draft-finish-title">
        <h2 id="draft-finish-title">{t(ui, 'draft.finish-title')}</h2>
        <p>{t(ui, 'draft.finish-body')}</p>
        <DeleteAnswers
          ui={ui}
          onDelete={() => {
            clearSaved();
            setNotKept(null);
            setFile(null);
            setDeleted(true);
          }}
        />
      </section>
    </>
  );
}
