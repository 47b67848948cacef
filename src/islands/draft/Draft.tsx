/**
 * The draft page: reads the answers saved on this device, composes the instrument or the brief, shows
 * it as HTML, and makes a PDF or a Word file on request. jsPDF and the font load only when "Download PDF"
 * is pressed, the Word library only when "Download Word" is.
 */
import type { Lang } from '../../domain/i18n/lang.ts';
import { languageTag } from '../../domain/i18n/grammar.ts';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnswersFile } from '../../domain/answers/file.ts';
import type { Knowledge } from '../../domain/knowledge/schema.ts';
import { donorScopeFile, type DonorScope as DonorEntries } from '../../domain/support/budget.ts';
import { DonorScope, type DonorDownload } from './DonorScope.tsx';
import type { MandateDocument } from '../../domain/mandate/document.ts';
import type { ScenarioView } from '../../domain/scenarios/compare.ts';
import type { SupportContent } from '../../domain/support/schema.ts';
import type { MandateContent } from '../../domain/mandate/schema.ts';
import { answersNeedingPrint } from '../../domain/mandate/scripts.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { missingRequired } from '../../domain/questionnaire/validate.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { MandateView, partCount } from '../../renderers/html/MandateView.tsx';
import { FileOpener } from '../shared/FileOpener.tsx';
import { clearSaved, readSaved, unreadableCopy, watchSaved, writeSaved } from '../shared/storage.ts';
import { DeleteAnswers } from '../shared/DeleteAnswers.tsx';
import { UnreadableNotice } from '../shared/UnreadableNotice.tsx';
import { SuccessNotice } from '../shared/SuccessNotice.tsx';
import { Marked } from '../shared/Marked.tsx';
import { warmIntl } from '../shared/intl-warm.ts';
import { pageLocale } from '../shared/locale.ts';
import { readDraftLang, writeDraftLang } from './draft-lang.ts';
import { useProgressive } from '../shared/progressive.ts';
import { fetchJson } from '../shared/fetch-json.ts';
import { composeOffThread, type Choices, type DraftContent } from './compose-off-thread.ts';

interface Props {
  questionnaire: Questionnaire;
  knowledge: Knowledge;
  mandate: MandateContent;
  support: SupportContent;
  ui: UiStrings;
  base: string;
  /** The page's language: the draft is composed in it unless the user chooses another. */
  lang?: Lang;
  /** The languages a draft can be made in, each named in itself, with the address of its content (content-io/draft.ts). */
  languages?: { lang: Lang; name: string; base: string; url: string }[];
}

/** Parts of the draft (see MandateView) drawn at first, and then after each frame (useProgressive): a screen and more at once, in tasks short enough for a phone. */
const FIRST_PARTS = 2;
const MORE_PARTS = 3;

type Status = { kind: 'idle' } | { kind: 'note'; text: string } | { kind: 'working'; format: 'pdf' | 'docx' } | { kind: 'done'; name: string; kb: number } | { kind: 'error'; text: string };

/**
 * The composer on the page: for a donor's support scope, and for the draft where no worker can compose it.
 * Loaded then, not with the page: the worker composes the draft (compose-off-thread.ts).
 */
const composer = () => import('../../domain/mandate/compose.ts');
type Composer = Awaited<ReturnType<typeof composer>>;

/** A language's draft content, from its file (content-io/draft.ts, the same for the page's language and another). */
const contentOf = (languages: NonNullable<Props['languages']>, l: Lang) => {
  const url = languages.find((x) => x.lang === l)?.url;
  return url ? fetchJson<DraftContent>(url) : Promise.reject(new Error(`no content for ${l}`));
};

/** What the page itself carries: where the content is, and the few words shown before it is here. */
interface PageProps extends Pick<Props, 'base' | 'lang' | 'languages'> {
  /** Only the strings shown before the content is here (draft.astro picks them); the rest come with it. */
  ui: UiStrings;
}

/**
 * The draft page. Its content (the questionnaire, lessons, risks, clauses and words of the page's language)
 * is the same file as another language's (content-io/draft.ts): fetched as the page opens (the page's head
 * preloads it, beside the scripts) rather than carried in the page, which stays small: a phone on a slow
 * connection draws the page at once, and the offline copy and the browser's cache keep the content across
 * visits. The locale data and the saved answers are read meanwhile.
 */
export default function DraftPage({ ui, base, lang = 'en', languages = [] }: PageProps) {
  const [own, setOwn] = useState<DraftContent | 'failed' | null>(null);
  useEffect(() => {
    void warmIntl(pageLocale());
    contentOf(languages, lang).then(setOwn, () => setOwn('failed'));
  }, []);
  if (own === 'failed')
    return (
      <div class="warning" role="alert">
        <span class="warning-icon" aria-hidden="true">!</span>
        <p>{t(ui, 'draft.content-failed')}</p>
      </div>
    );
  if (!own) return <p>{t(ui, 'draft.loading')}</p>;
  return <Draft {...own} base={base} lang={lang} languages={languages} />;
}

export function Draft({ questionnaire, knowledge, mandate, support, ui, base, lang = 'en', languages = [] }: Props) {
  // The draft's language may differ from the page's (a party drafting in Spanish with an adviser reading
  // English): the other language's content is fetched once, when chosen, and kept for the visit.
  const [draftLang, setDraftLang] = useState<Lang>(lang);
  const [fetched, setFetched] = useState<Partial<Record<Lang, DraftContent>>>({});
  /** The language being fetched, while it is: its choice shows as made. */
  const [loadingLang, setLoadingLang] = useState<Lang | null>(null);
  const own = useMemo<DraftContent>(() => ({ questionnaire, knowledge, mandate, support, ui }), []);
  const dc = draftLang === lang ? own : (fetched[draftLang] ?? own);
  /** A language named in a sentence of the page ("en inglés", "en espagnol"); the choices name each in itself. */
  const nameOf = (l: Lang) => {
    const named = languages.find((x) => x.lang === l)?.name ?? l;
    if (l === 'qps') return named;
    try {
      return new Intl.DisplayNames([languageTag(lang)], { type: 'language' }).of(l) ?? named;
    } catch {
      return named;
    }
  };
  /** `remember`: chosen here, so kept for the next visit once the draft is in it (draft-lang.ts). */
  const chooseLang = async (l: Lang, remember = true) => {
    // The draft's one status line (below its buttons) says what happens, as it does for downloads.
    if (l === lang || fetched[l]) {
      if (remember) writeDraftLang(l);
      setDraftLang(l);
      setStatus({ kind: 'idle' });
      return;
    }
    setLoadingLang(l);
    setStatus({ kind: 'note', text: t(ui, 'draft.language-loading', { language: nameOf(l) }) });
    try {
      const content = await contentOf(languages, l);
      setFetched((f) => ({ ...f, [l]: content }));
      if (remember) writeDraftLang(l);
      setDraftLang(l);
      setStatus({ kind: 'idle' });
    } catch {
      setStatus({ kind: 'error', text: t(ui, 'draft.language-failed', { language: nameOf(l), current: nameOf(draftLang) }) });
    } finally {
      setLoadingLang(null);
    }
  };
  // The language the last draft on this device was made in, when it is not the page's: made in it again.
  useEffect(() => {
    const saved = readDraftLang();
    if (saved && saved !== lang && languages.some((x) => x.lang === saved)) void chooseLang(saved, false);
  }, []);
  const [file, setFile] = useState<AnswersFile | null | undefined>(undefined);
  // A workshop scenario's history loads only for answers made for one (it is a separate static file).
  const [scenario, setScenario] = useState<ScenarioView | undefined>(undefined);
  const [scenarioFailed, setScenarioFailed] = useState(false);
  const [kind, setKind] = useState<'brief' | 'instrument'>('brief');
  const [size, setSize] = useState<'a4' | 'letter'>('a4');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const statusRef = useRef<HTMLDivElement>(null);
  /** Set while a PDF is being made: a second press, however quick, does nothing. */
  const busy = useRef(false);
  /** The donor's plan and budget as entered (DonorScope keeps them in this browser). */
  const donor = useRef<DonorEntries | undefined>(undefined);

  /** Set when the answers came from a file this browser could not keep (storage off or full). */
  const [notKept, setNotKept] = useState<string | null>(null);
  const [storageOff, setStorageOff] = useState(false);
  /** Set once the answers were deleted, here or in another tab: the page says so. */
  const [deleted, setDeleted] = useState<'here' | 'elsewhere' | null>(null);
  /** Set when another tab changed the answers and this draft now follows them. */
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const adopt = (f: AnswersFile | null) => setFile(f);
  // The scenario's history is written in each language: the draft's language's is fetched.
  const scenarioId = file?.scenario;
  const scenarioBase = languages.find((l) => l.lang === draftLang)?.base ?? base;
  useEffect(() => {
    setScenario(undefined);
    if (!scenarioId) return;
    let current = true;
    fetchJson<ScenarioView>(`${scenarioBase}workshops/${scenarioId}/scenario.json`).then(
        (v) => current && (setScenarioFailed(false), setScenario(v)),
        () => current && setScenarioFailed(true),
      );
    return () => {
      current = false;
    };
  }, [scenarioId, scenarioBase]);
  /** Set when the saved answers could not be read: they were set aside, and the page says so. */
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    readSaved(questionnaire).then((r) => {
      if (!r.ok && r.reason === 'unavailable') setStorageOff(true);
      // Set aside now, or on an earlier visit and still there: the page says so each time.
      setUnreadable(unreadableCopy() !== null);
      adopt(r.ok ? r.file : null);
    });
  }, []);
  /** The answers as this page holds them, for the listener below (set up once). */
  const fileRef = useRef<AnswersFile | null | undefined>(undefined);
  fileRef.current = file;
  // Another tab changed or deleted the answers: the draft follows at once, and says so.
  useEffect(
    () =>
      watchSaved(() =>
        import('../shared/sync.ts').then(async ({ reconcile }) => {
          const o = await reconcile(questionnaire, fileRef.current?.answers ?? {});
          if (o.kind === 'unreadable') setUnreadable(true);
          if (o.kind === 'deleted') {
            setFile(null);
            setOpenedName(null);
            setDeleted('elsewhere');
          }
          if (o.kind === 'changed') {
            setDeleted(null);
            setChangedElsewhere(true);
            adopt(o.file);
          }
        }),
      ),
    [],
  );
  // Opening a file here is the way to a draft when this browser keeps no answers; where it can, the
  // answers are kept as if loaded in the questionnaire, so "Check or change your answers" finds them.
  const opened = async (f: AnswersFile, name: string) => {
    // The answers in use stay a draft of their own, and the file becomes a new one (versions.ts), both
    // listed in "Your drafts and earlier versions".
    (await import('../shared/versions.ts')).keepVersion('load');
    setNotKept(writeSaved(f, true).ok ? null : name);
    setDeleted(null);
    setChangedElsewhere(false);
    setOpenedName(name);
    adopt(f);
  };
  /** The file just opened here: the page says so, as the questionnaire does. */
  const [openedName, setOpenedName] = useState<string | null>(null);
  useEffect(() => {
    if (status.kind === 'error') statusRef.current?.focus();
  }, [status]);

  const answers = file?.answers;
  // A workshop's short path leaves required questions for later on purpose: its draft composes with them as
  // open decisions, as check-answers says (the path asked every required question on it).
  const missing = useMemo(() => (answers && !file?.path ? missingRequired(questionnaire, answers) : []), [answers]);
  const composable = !!answers && missing.length === 0;
  // The draft is composed in a worker (compose-off-thread.ts; on the page where no worker can run) and
  // then drawn a few parts per frame (MandateView's `parts`), so a long draft never holds the page: a key
  // pressed meanwhile is answered at once. Until the first compose, the page says it is loading; after, a
  // new version replaces the old one when it is ready.
  const [doc, setDoc] = useState<MandateDocument | undefined>(undefined);
  useEffect(() => {
    if (!answers || !composable) return setDoc(undefined);
    // A language being fetched: composed once it is here (or, if it cannot be, in the language it was).
    if (loadingLang) return;
    let current = true;
    const choices: Choices = { kind, date: new Date(), lang: draftLang, ...(scenario ? { scenario } : {}) };
    const onPage = () => composer().then((m) => m.compose(dc.questionnaire, answers, dc.knowledge, dc.mandate, { ...choices, ui: dc.ui }));
    const url = languages.find((l) => l.lang === draftLang)?.url;
    void (url ? composeOffThread(url, answers, choices, onPage) : onPage()).then((d) => current && setDoc(d));
    return () => {
      current = false;
    };
  }, [answers, missing, kind, scenario, dc, loadingLang]);
  // A download asked for before the draft is composed (its buttons show first) is made once it is.
  const waiting = useRef<((d: MandateDocument) => void)[]>([]);
  useEffect(() => {
    if (doc) for (const w of waiting.current.splice(0)) w(doc);
  }, [doc]);
  const composed = (): Promise<MandateDocument> => (doc ? Promise.resolve(doc) : new Promise((r) => waiting.current.push(r)));
  const parts = useProgressive(doc ? partCount(doc) : 0, FIRST_PARTS, MORE_PARTS);
  const isDonor = answers?.['user-role'] === 'donor';
  // A donor's support scope is composed on the page: its composer loads first, and the page draws the
  // donor's part and the controls together once it is here (nothing is pushed down after).
  const [scopes, setScopes] = useState<Composer | null>(null);
  useEffect(() => {
    if (isDonor && !scopes) void composer().then(setScopes);
  }, [isDonor]);
  const needsPrint = useMemo(() => (answers ? answersNeedingPrint(questionnaire, answers) : []), [answers]);

  if (file === undefined) return <p>{t(ui, 'draft.loading')}</p>;
  if (!answers || Object.keys(answers).length === 0)
    return (
      <>
        {deleted === 'here' && <SuccessNotice text={t(ui, 'files.deleted')} />}
        {deleted === 'elsewhere' && (
          <div class="notification" role="status">
            <p>{t(ui, 'draft.deleted-elsewhere')}</p>
          </div>
        )}
        {unreadable && !deleted ? (
          <UnreadableNotice ui={ui} />
        ) : storageOff ? (
          <div class="warning" role="note">
            <span class="warning-icon" aria-hidden="true">!</span>
            <p>{t(ui, 'draft.storage-unavailable')}</p>
          </div>
        ) : (
          <p>{t(ui, 'draft.no-answers')}</p>
        )}
        <a class="button" href={`${base}questionnaire/`}>{t(ui, 'start.button')}</a>
        <h2 class="no-print">{t(ui, 'draft.open-title')}</h2>
        <FileOpener ui={ui} id="draft-open" onOpen={opened} />
        <p>
          <a href={`${base}drafts/`}>{t(ui, 'versions.link')}</a>
        </p>
      </>
    );
  if (!composable)
    return (
      <>
        {unreadable && <UnreadableNotice ui={ui} />}
        <div class="warning">
          <span class="warning-icon" aria-hidden="true">!</span>
          <div>
            <p>{t(ui, missing.length === 1 ? 'check.missing-one' : 'check.missing', { count: missing.length })}</p>
            <ul>{missing.map((q) => <li key={q.id}>{q.shortLabel}</li>)}</ul>
            <a href={`${base}questionnaire/?continue`}>{t(ui, 'draft.back-to-answers')}</a>
          </div>
        </div>
      </>
    );

  const save = (bytes: Uint8Array, name: string, type: string) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 2000);
    setStatus({ kind: 'done', name, kb: Math.round(bytes.length / 1024) });
  };
  /** `what`: the draft as shown unless told (the donor's scope is composed on request). */
  const downloadPdf = async (what?: MandateDocument) => {
    // Pressed again while a file is being made: nothing to do. The button stays enabled (aria-disabled),
    // so the focus stays on it instead of dropping to the page, and the status line says it is busy.
    if (busy.current) return;
    busy.current = true;
    setStatus({ kind: 'working', format: 'pdf' });
    try {
      const [{ renderPdf }, font, doc] = await Promise.all([
        import('../../renderers/pdf/jspdf.ts'),
        // The font is shared by every language, at the site's root (`base` is the page's language's).
        fetch(`${import.meta.env.BASE_URL}fonts/noto-sans-subset.ttf`).then((r) => {
          if (!r.ok) throw new Error(`font: ${r.status}`);
          return r.arrayBuffer();
        }),
        what ?? composed(),
      ]);
      const bytes = await renderPdf(doc, size, new Uint8Array(font), { page: (n, total) => t(dc.ui, 'draft.page', { n, total }) });
      save(bytes, `${doc.fileStem}-${size}.pdf`, 'application/pdf');
    } catch {
      setStatus({ kind: 'error', text: t(ui, 'draft.pdf-failed') });
    } finally {
      busy.current = false;
    }
  };
  const downloadWord = async (what?: MandateDocument) => {
    if (busy.current) return;
    busy.current = true;
    setStatus({ kind: 'working', format: 'docx' });
    try {
      // The picture's PNG fallback (for readers that draw no SVG) is drawn here, on a canvas.
      const [{ renderDocx, DOCX_MIME }, { svgToPng }, doc] = await Promise.all([import('../../renderers/docx/docx.ts'), import('./rasterise.ts'), what ?? composed()]);
      save(await renderDocx(doc, size, { page: (n, total) => t(dc.ui, 'draft.page', { n, total }), rasterise: svgToPng }), `${doc.fileStem}-${size}.docx`, DOCX_MIME);
    } catch {
      setStatus({ kind: 'error', text: t(ui, 'draft.docx-failed') });
    } finally {
      busy.current = false;
    }
  };
  if (isDonor && !scopes) return <p>{t(ui, 'draft.loading')}</p>;
  const scope = () => scopes!.composeSupportScope(dc.questionnaire, answers, dc.knowledge, dc.support, { date: new Date(), lang: draftLang, ui: dc.ui }, donor.current);
  const donorDownload = (kind: DonorDownload, entries: DonorEntries) => {
    donor.current = entries;
    if (kind === 'pdf') void downloadPdf(scope());
    else if (kind === 'docx') void downloadWord(scope());
    // UTF-8 with its byte order mark (budgetCsv starts with it), so Excel reads a name in any script.
    else if (kind === 'csv') save(new TextEncoder().encode(scopes!.scopeCsv(entries, dc.ui)), `${scope().fileStem}-budget.csv`, 'text/csv;charset=utf-8');
    else save(new TextEncoder().encode(donorScopeFile(entries)), `${scope().fileStem}-plan.json`, 'application/json');
  };

  return (
    <>
      {/* The page's heading and lede are in its HTML (draft.astro), and not printed: the paper starts with the mandate's status and title. */}
      {unreadable && <UnreadableNotice ui={ui} />}
      {changedElsewhere && (
        <div class="notification no-print" role="status">
          <p>{t(ui, 'draft.changed-elsewhere')}</p>
        </div>
      )}
      {openedName && <SuccessNotice text={t(ui, 'files.loaded', { name: openedName })} isolate={[openedName]} noPrint />}
      {notKept && (
        <div class="warning no-print" role="note">
          <span class="warning-icon" aria-hidden="true">!</span>
          <p>
            <Marked text={t(ui, 'draft.not-kept', { name: notKept })} isolate={[notKept]} />
          </p>
        </div>
      )}
      {isDonor && <p class="no-print">{t(ui, 'scope.intro')}</p>}
      {scenarioFailed && (
        <div class="warning no-print" role="note">
          <span class="warning-icon" aria-hidden="true">!</span>
          <p>{t(ui, 'draft.scenario-failed')}</p>
        </div>
      )}
      {needsPrint.length > 0 && (
        <div class="warning no-print" role="note">
          <span class="warning-icon" aria-hidden="true">!</span>
          <div>
            <p>{t(ui, 'draft.needs-print')}</p>
            <ul>{needsPrint.map((r) => <li key={r.question}>{r.question}</li>)}</ul>
          </div>
        </div>
      )}
      {isDonor && <DonorScope ui={ui} initial={scopes!.donorScopeFor(questionnaire, answers, ui)} busy={status.kind === 'working'} onChange={(d) => (donor.current = d)} onDownload={donorDownload} />}
      <form class="draft-controls no-print" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t(ui, 'draft.version')}</legend>
          <div class="inline-choices">
            {(['brief', 'instrument'] as const).map((v) => (
              <div class="choice" key={v}>
                <input id={`version-${v}`} type="radio" name="version" checked={kind === v} onChange={() => setKind(v)} />
                <label for={`version-${v}`}>{t(ui, `draft.version-${v}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        {languages.length > 1 && (
          <fieldset aria-describedby="draft-language-hint">
            <legend>{t(ui, 'draft.language')}</legend>
            <div id="draft-language-hint" class="hint">{t(ui, 'draft.language-hint')}</div>
            <div class="inline-choices">
              {languages.map((l) => (
                <div class="choice" key={l.lang}>
                  <input
                    id={`draft-lang-${l.lang}`}
                    type="radio"
                    name="draft-lang"
                    checked={(loadingLang ?? draftLang) === l.lang}
                    onChange={() => void chooseLang(l.lang)}
                  />
                  <label for={`draft-lang-${l.lang}`} lang={l.lang === 'qps' ? undefined : languageTag(l.lang)}>{l.name}</label>
                </div>
              ))}
            </div>
          </fieldset>
        )}
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
          <button type="button" class="button" onClick={() => downloadPdf()} aria-disabled={status.kind === 'working' ? 'true' : undefined} aria-describedby="draft-pdf-untagged">
            {t(ui, 'draft.download-pdf')}
          </button>
          <button type="button" class="button" onClick={() => downloadWord()} aria-disabled={status.kind === 'working' ? 'true' : undefined}>
            {t(ui, 'draft.download-docx')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            {t(ui, 'draft.print')}
          </button>
          <a href={`${base}questionnaire/?continue`}>{t(ui, 'draft.back-to-answers')}</a>
          <a href={`${base}compare/case/`}>{t(ui, 'compare.case-link')}</a>
          <a href={`${base}compare/designs/`}>{t(ui, 'designs.link')}</a>
        </div>
        <p id="draft-pdf-untagged" class="hint">{t(ui, 'draft.accessible-versions')}</p>
        <div role="status" aria-live="polite" tabIndex={-1} ref={statusRef} class={status.kind === 'error' ? 'error-message' : 'hint'}>
          {status.kind === 'working' && t(ui, status.format === 'pdf' ? 'draft.pdf-working' : 'draft.docx-working')}
          {status.kind === 'done' && <Marked text={t(ui, 'draft.pdf-done', { name: status.name, kb: status.kb })} isolate={[status.name]} />}
          {(status.kind === 'error' || status.kind === 'note') && status.text}
        </div>
      </form>
      {/* The controls are drawn as soon as the answers are read; the draft follows once composed. */}
      {/* Keyed: not the "loading" line drawn before the controls, moved down (a layout shift), but a new one. */}
      {doc ? <MandateView doc={doc} ui={dc.ui} parts={parts} /> : <p key="composing" aria-busy="true">{t(ui, 'draft.loading')}</p>}
      {/* Someone on a borrowed laptop ends here: the way to leave nothing behind is on this page too. */}
      <section class="no-print draft-finish" aria-labelledby="draft-finish-title">
        <h2 id="draft-finish-title">{t(ui, 'draft.finish-title')}</h2>
        <p>{t(ui, 'draft.finish-body')}</p>
        <p>
          <a href={`${base}drafts/`}>{t(ui, 'versions.link')}</a>
        </p>
        <DeleteAnswers
          ui={ui}
          onDelete={() => {
            clearSaved();
            setNotKept(null);
            setFile(null);
            setUnreadable(false);
            setDeleted('here');
          }}
        />
      </section>
    </>
  );
}
