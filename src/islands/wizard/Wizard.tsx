/**
 * The questionnaire island. It renders the wizard statechart's snapshot and sends it events; the
 * machine decides where to go. Side effects live here, outside the machine: saving to this device,
 * downloading and loading the answers file, moving focus and setting the page title.
 */
import type { VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createActor, type Actor } from 'xstate';
import type { Answers } from '../../domain/answers/schema.ts';
import type { AnswersFile } from '../../domain/answers/file.ts';
import { toAnswersFile } from '../../domain/answers/format.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import type { AnswerError } from '../../domain/questionnaire/validate.ts';
import { effectiveAnswers, isVisible, visibleOptions } from '../../domain/questionnaire/visibility.ts';
import { createWizardMachine, firstQuestionView, pageErrors, positionKey, positionOf, restore, type Walk, type WizardMachine, type WizardView } from '../../domain/wizard/machine.ts';
import { pageOf } from '../../domain/questionnaire/pages.ts';
import { lessonCards, progress, sectionNumber, type WizardKnowledge } from '../../domain/wizard/view.ts';
import type { CheckPage } from './CheckSummary.tsx';
import type { Resume as ResumePage } from './Resume.tsx';
import type { LockedContext } from '../workshop/scenario-kit.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { clearSaved, readSaved, STORAGE_KEY, unreadableCopy, watchSaved, writeSaved } from '../shared/storage.ts';
import type { FileErrorSummary } from '../shared/FileError.tsx';
import { useErrorTitle } from '../shared/error-title.ts';
import { Marked } from '../shared/Marked.tsx';
import { LazyUnreadableNotice as UnreadableNotice } from '../shared/LazyUnreadableNotice.tsx';
import { FileControls } from './FileControls.tsx';
import { Progress } from './Progress.tsx';
import { Lessons } from './Lessons.tsx';
import { fieldId, QuestionPage } from './QuestionPage.tsx';

interface Props {
  questionnaire: Questionnaire;
  knowledge: WizardKnowledge;
  ui: UiStrings;
  base: string;
  /** Workshop scenario titles by id, to link check-answers to the comparison with history. */
  scenarios: Record<string, string>;
  /** Each scenario's decided context, shown and not asked while it is loaded. */
  contexts?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
  /** Each scenario's short path for a two-hour session (its questions), walked when a file says `path`. */
  shortPaths?: Readonly<Record<string, readonly string[]>>;
}

/** Whether this device may hold saved answers (or is opening them): only then is there anything to wait for. */
function mayHaveSaved(): boolean {
  if (typeof window === 'undefined') return false;
  if (new URLSearchParams(window.location.search).has('continue')) return true;
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

type StorageProblem = 'unavailable' | 'full' | 'corrupt' | null;
/** `name`: the file's name in the text, isolated for right-to-left text. */
type Notice = { kind: 'success' | 'info'; text: string; name?: string } | { kind: 'error'; title: string; text: string; details: string[]; name: string; field: string };
type Lookup = Record<string, string | string[] | undefined>;
/** The scenario banner and the decided-context view: loaded only once a scenario is in play. */
const kit = () => import('../workshop/scenario-kit.ts');

function answerErrorText(ui: UiStrings, e: AnswerError, label: string, required: string | undefined): string {
  if (e.code === 'required') return required ?? label;
  if (e.code === 'too-long') return t(ui, 'wizard.error.too-long', { label, max: e.max.toLocaleString('en') });
  return t(ui, 'wizard.error.unknown-option');
}

export default function Wizard({ questionnaire, knowledge, ui, base, scenarios, contexts, shortPaths }: Props) {
  /** The walk a file continues on: its scenario's short path (or the rest of it), else the full one. */
  const walkOf = (f: AnswersFile): Walk => ({ path: (f.scenario && shortPaths?.[f.scenario] && f.path) || 'full', short: (f.scenario && shortPaths?.[f.scenario]) || [] });
  // Built on first use, in the task after the page is hydrated: on a slow laptop, building it (about
  // half the start-up work) in the same task kept the page from answering a click for longer.
  const machineRef = useRef<WizardMachine | null>(null);
  const machine = () => (machineRef.current ??= createWizardMachine(questionnaire));
  const actorRef = useRef<Actor<WizardMachine> | null>(null);
  // The first question is rendered on the server, so a first visit shows it before any script runs. The
  // browser's first render must match that HTML for hydration, so saved answers are looked at afterwards.
  const [snapshot, setSnapshot] = useState<WizardView | null>(() => firstQuestionView(questionnaire));
  const [resumeOffer, setResumeOffer] = useState<AnswersFile | null>(null);
  /** "Continue where you left off?", loaded only when there are answers to continue from. */
  const [Resume, setResume] = useState<typeof ResumePage | null>(null);
  const offer = (file: AnswersFile) =>
    import('./Resume.tsx').then((m) => {
      setResume(() => m.Resume);
      setResumeOffer(file);
    });
  const [storage, setStorage] = useState<StorageProblem>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  /** The page's refused answers, in its order: each question's message, linked from the error summary. */
  const [error, setError] = useState<{ id: string; text: string }[] | null>(null);
  /** False until the statechart runs: the server-rendered first question cannot be submitted before. */
  const [ready, setReady] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  /** The view shown first after the saved answers were looked at: it gets no focus move (a page load). */
  const firstView = useRef<string | null>(null);
  /** Check-your-answers' summary and risks, loaded after the first step (question pages do not need them). */
  const [Summary, setSummary] = useState<typeof CheckPage | null>(null);
  /** A scenario's decided context, shown not asked: loaded only once a scenario is in play. */
  const [Locked, setLocked] = useState<typeof LockedContext | null>(null);
  const lockedRef = useRef<typeof LockedContext | null>(null);
  /** A refused file's error summary, loaded with the file reader (most visits never open a file). */
  const [ErrorSummary, setErrorSummary] = useState<typeof FileErrorSummary | null>(null);
  /** Set while the browser's Back or Forward button moves the user: that page is in the history already. */
  const fromHistory = useRef(false);
  /**
   * What was typed or chosen on a page and not submitted, by question: Back (the link or the browser's)
   * does not discard it, and the page shows it again on return. Not saved on the device: it is no answer
   * until Continue checks it.
   */
  const drafts = useRef<Record<string, string | string[] | undefined>>({});
  /** The workshop scenario the answers belong to; kept with every save, dropped by Start again. */
  const scenarioRef = useRef<string | undefined>(undefined);

  /** Starts (or restarts) the actor from a snapshot, saving every later change on this device. */
  const run = (initial?: ReturnType<typeof restore>, keepDrafts = false): void => {
    // A scenario's decided context is shown by a component loaded first, so no question page is
    // replaced under the user's hands when it arrives.
    if (scenarioRef.current && !lockedRef.current) {
      kit().then((m) => {
        setLocked(() => (lockedRef.current = m.LockedContext));
        run(initial, keepDrafts);
      });
      return;
    }
    if (!keepDrafts) drafts.current = {};
    actorRef.current?.stop();
    const actor = createActor(machine(), initial ? { snapshot: initial } : {});
    actor.subscribe((s) => {
      setSnapshot(s);
      // The scenario banner's code loads only once a scenario is in play (or to take the banner down).
      if (scenarioRef.current || document.getElementById('scenario-banner')?.hidden === false) kit().then((m) => m.showScenarioBanner(scenarioRef.current ?? null));
      // Nothing answered yet: nothing to keep (and "Start again" leaves storage empty).
      if (Object.keys(s.context.answers).length === 0) return;
      const r = writeSaved(toAnswersFile(s.context.answers, new Date(), positionKey(positionOf(questionnaire, s)), scenarioRef.current, s.context.path));
      // Another tab deleted or changed the answers since this one looked: writing would undo that.
      if (!r.ok && (r.reason === 'deleted' || r.reason === 'changed')) return void sync();
      const why = r.ok ? null : (r.reason as Exclude<StorageProblem, null>);
      setStorage((prev) => why ?? (prev === 'corrupt' ? prev : null));
    });
    actor.start();
    actorRef.current = actor;
    setReady(true);
    if (positionOf(questionnaire, actor.getSnapshot()).page === 'start') actor.send({ type: 'wizard.start' });
  };

  /** Bumped when another tab's answers are taken in: the question's fields show them (typing is kept in drafts). */
  const [synced, setSynced] = useState(0);
  /** Another tab changed or deleted the saved answers: take that in (sync.ts, loaded only then). */
  /** Starts empty, the answers gone (deleted here, in another tab, or Start again). */
  const reset = (said?: Notice) => {
    scenarioRef.current = undefined;
    setResumeOffer(null);
    run();
    if (said) setNotice(said);
  };
  const sync = () =>
    import('../shared/sync.ts').then(async ({ reconcile }) => {
      const s = actorRef.current?.getSnapshot();
      const o = await reconcile(questionnaire, (s?.context.answers ?? {}) as Answers);
      if (o.kind === 'unreadable') setStorage('corrupt');
      if (o.kind === 'deleted') reset({ kind: 'info', text: t(ui, 'sync.deleted') });
      if (o.kind !== 'changed') return;
      scenarioRef.current = o.file.scenario;
      // Still asking "Continue where you left off?": the question is about the answers as they are now.
      if (!s) return offer(o.file);
      run(restore(machine(), questionnaire, o.answers, positionKey(positionOf(questionnaire, s)), s.context.changing, s.context), true);
      setSynced((n) => n + 1);
      setNotice({ kind: 'info', text: t(ui, o.clashes ? 'sync.clash' : 'sync.changed', { questions: o.clashes }) });
    });
  useEffect(() => watchSaved(sync), []);

  useEffect(() => {
    let cancelled = false;
    if (mayHaveSaved()) setSnapshot(null);
    readSaved(questionnaire).then((r) => {
      if (cancelled) return;
      if (!r.ok) setStorage(r.reason);
      else if (unreadableCopy()) setStorage('corrupt');
      // The resume offer is a page too: it names the scenario the saved answers belong to.
      if (r.ok && r.file?.scenario) kit().then((m) => m.showScenarioBanner(r.file!.scenario));
      // Arriving from "Start this scenario" or the draft's "Check or change your answers" (?continue):
      // the user has just chosen these answers, so there is nothing to ask.
      const fresh = new URLSearchParams(location.search).has('continue');
      if (fresh) history.replaceState(null, '', location.pathname);
      if (r.ok && r.file && Object.keys(r.file.answers).length > 0) {
        if (fresh) {
          scenarioRef.current = r.file.scenario;
          run(restore(machine(), questionnaire, r.file.answers, r.file.at, false, walkOf(r.file)));
        } else offer(r.file);
      } else run();
    });
    return () => {
      cancelled = true;
      actorRef.current?.stop();
    };
  }, []);

  const position = snapshot ? positionOf(questionnaire, snapshot) : null;
  const stepKey = resumeOffer ? 'resume' : position ? (positionKey(position) ?? 'start') : 'loading';
  const stepKeyRef = useRef(stepKey);
  stepKeyRef.current = stepKey;
  const answers = (snapshot?.context.answers ?? {}) as Answers;
  const eff = effectiveAnswers(questionnaire, answers) as Lookup;

  // After each step: a fresh page title and focus on the new heading, as a page load would give.
  useEffect(() => {
    // Waiting for saved answers: whatever shows next is still the page load, not a step.
    if (stepKey === 'loading') {
      firstView.current = null;
      return;
    }
    setError(null);
    const heading =
      stepKey === 'resume' ? t(ui, 'resume.title') : position?.page === 'question' ? (pageOf(questionnaire, position.question.id)?.heading ?? position.question.label) : t(ui, 'check.title');
    document.title = `${heading} – ${t(ui, 'site.title-suffix')}`;
    // Each page of questions is an entry in the browser's history, as separate pages would be, so the
    // browser's Back button goes to the previous page instead of leaving the questionnaire.
    const inHistory = stepKey !== 'resume' && stepKey !== 'start';
    // A page changing one answer from check-answers stays one when Back or Forward returns to it.
    const entry = { psmdAt: stepKey, changing: snapshot?.context.changing === true };
    if (firstView.current === null) {
      firstView.current = stepKey;
      // "Continue where you left off?" is no page to return to: its entry takes no position.
      history.replaceState(inHistory ? entry : null, '');
    } else {
      if (fromHistory.current) fromHistory.current = false;
      else if (inHistory) history.pushState(entry, '');
      headingRef.current?.focus();
    }
  }, [stepKey]);

  // The summary's code loads once the user moves past the first page they see (or opens on the summary),
  // long before they reach it.
  useEffect(() => {
    if (Summary || stepKey === 'loading' || (stepKey !== 'check' && stepKey === firstView.current)) return;
    import('./CheckSummary.tsx').then((m) => {
      setSummary(() => m.CheckPage);
      // Reached the summary while its code was loading (a file opened on the first page): focus its
      // heading now, as any step does. Not on a page load that opened on it.
      if (stepKeyRef.current === 'check' && firstView.current !== 'check') requestAnimationFrame(() => headingRef.current?.focus());
    });
  }, [stepKey]);

  // Back or Forward to a page of the questionnaire: show it, with every answer as it is now.
  useEffect(() => {
    const onPop = (e: PopStateEvent) => {
      const state = e.state as { psmdAt?: string; changing?: boolean } | null;
      const at = state?.psmdAt;
      const s = actorRef.current?.getSnapshot();
      if (!s) return;
      // The entry the page was opened with, when it showed "Continue where you left off?": go on back
      // (an entry with a #fragment is the skip link's, and stays where it is).
      if (!at) {
        if (!location.hash) history.back();
        return;
      }
      const before = positionKey(positionOf(questionnaire, s));
      if (at === before) return;
      fromHistory.current = true;
      // After "Delete my answers" or "Start again", the pages before it are gone: Back starts afresh.
      const answers = s.context.answers as Answers;
      run(restore(machine(), questionnaire, answers, Object.keys(answers).length ? at : undefined, state?.changing, s.context), true);
      // Landed where it already was (no step for the effect to see): the next step is the user's own.
      const now = actorRef.current ? positionKey(positionOf(questionnaire, actorRef.current.getSnapshot())) : before;
      if (now === before) fromHistory.current = false;
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  /** Counts failed submits: each one, the same error again included, moves focus to the summary (GOV.UK). */
  const [failedSubmits, setFailedSubmits] = useState(0);
  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error, failedSubmits]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  useErrorTitle(notice?.kind === 'error', ui, [notice, stepKey]);

  if (stepKey === 'loading') return <p>{t(ui, 'wizard.loading')}</p>;

  const send = (e: Parameters<Actor<WizardMachine>['send']>[0]) => actorRef.current?.send(e);
  const currentFile = () => toAnswersFile(answers, new Date(), position ? positionKey(position) : undefined, scenarioRef.current, snapshot?.context.path);

  const loadFile = async (picked: File, field: string) => {
    // Loaded on use, as the schema it checks against is: most visits never open a file.
    const [{ openAnswersFile }, { FileErrorSummary: loaded }, { keepVersion }] = await Promise.all([import('../shared/open-file.ts'), import('../shared/FileError.tsx'), import('../shared/versions.ts')]);
    const r = await openAnswersFile(picked, ui);
    setErrorSummary(() => loaded);
    if (!r.ok) return setNotice({ kind: 'error', title: r.title, text: r.text, details: r.details, name: r.name, field });
    // The answers it replaces stay restorable from "Your answers and earlier versions".
    keepVersion('load');
    setResumeOffer(null);
    scenarioRef.current = r.file.scenario;
    // A file remembers the page it was saved on (a scenario's starting file, its first open question):
    // loading it continues there, as "Continue where you left off" does; without one, check-answers.
    run(restore(machine(), questionnaire, r.file.answers, r.file.at ?? 'check', false, walkOf(r.file)));
    setNotice({ kind: 'success', text: r.message, name: r.name });
  };

  const deleteAll = () => {
    clearSaved();
    reset({ kind: 'success', text: t(ui, 'files.deleted') });
  };

  const files = (idPrefix: string, has: boolean) => (
    <FileControls
      ui={ui}
      idPrefix={idPrefix}
      hasAnswers={has}
      onDownload={() => import('./download.ts').then((m) => m.download(resumeOffer ?? currentFile()))}
      onLoad={(f) => loadFile(f, `${idPrefix}-load`)}
      onDelete={deleteAll}
      error={notice?.kind === 'error' && notice.field === `${idPrefix}-load` ? notice : undefined}
    />
  );

  const banners = (
    <>
      {storage === 'corrupt' ? (
        <UnreadableNotice ui={ui} />
      ) : (
        storage && (
          <div class="warning" role="status">
            <span class="warning-icon" aria-hidden="true">!</span>
            <p>{t(ui, `storage.${storage}`)}</p>
          </div>
        )
      )}
      {notice &&
        (notice.kind !== 'error' ? (
          <div class={`notification${notice.kind === 'success' ? ' notification--success' : ''}`} role="status" tabIndex={-1} ref={noticeRef}>
            <p>
              <Marked text={notice.text} isolate={notice.name ? [notice.name] : []} />
            </p>
          </div>
        ) : (
          ErrorSummary && <ErrorSummary problem={notice} fieldId={notice.field} headingId="file-error-title" summaryRef={noticeRef} />
        ))}
    </>
  );

  if (resumeOffer && Resume)
    return (
      <Resume
        ui={ui}
        base={base}
        file={resumeOffer}
        banners={banners}
        headingRef={headingRef}
        files={files('resume', true)}
        onContinue={() => {
          setResumeOffer(null);
          scenarioRef.current = resumeOffer.scenario;
          run(restore(machine(), questionnaire, resumeOffer.answers, resumeOffer.at, false, walkOf(resumeOffer)));
        }}
        onRestart={() => reset()}
      />
    );

  // Until the summary's code is here, the page says it is loading rather than drawing half of itself
  // (drawn in two goes, the page jumped as the summary pushed the rest down).
  if (position?.page === 'check') {
    if (!Summary) return <p>{t(ui, 'wizard.loading')}</p>;
    const sc = scenarioRef.current;
    return (
      <Summary
        questionnaire={questionnaire}
        knowledge={knowledge}
        answers={answers}
        ui={ui}
        base={base}
        headingRef={headingRef}
        onChange={(id) => send({ type: 'nav.change', question: id })}
        banners={banners}
        onBack={() => send({ type: 'nav.back' })}
        scenario={sc && scenarios[sc] ? { id: sc, title: scenarios[sc] } : undefined}
        notKept={storage === 'unavailable' || storage === 'full'}
        shortPath={snapshot?.context.path === 'short' ? snapshot.context.short : undefined}
        onRemaining={() => send({ type: 'path.rest' })}
        files={files('check', Object.keys(answers).length > 0)}
      />
    );
  }

  if (position?.page !== 'question') return <p>{t(ui, 'wizard.loading')}</p>;
  const q = position.question;
  const isFirst = questionnaire.sections[0]!.questions[0] === q;
  const sec = sectionNumber(questionnaire, q);
  // The questions asked with this one on its page: those the answers so far open.
  const page = pageOf(questionnaire, q.id)!;
  const companions = page.questions.filter((x) => x !== q && isVisible(x, eff));

  const scenario = scenarioRef.current;
  const decided = (page: VNode) =>
    // A scenario decides single questions of the context; a page asking others with it stays a page.
    Locked && scenario && !companions.length ? (
      <Locked question={q} answer={(answers as Lookup)[q.id]} context={contexts?.[scenario]} scenario={scenarios[scenario] ?? scenario} caption={t(ui, 'wizard.caption', sec)} ui={ui} headingRef={headingRef} onContinue={() => send({ type: 'answer.submit', question: q.id, value: (answers as Lookup)[q.id] as string | string[] })}>
        {page}
      </Locked>
    ) : (
      page
    );

  return (
    <div class="wizard">
      <div>
        {banners}
        <a
          class="back-link"
          href={isFirst ? base : '#back'}
          onClick={(e) => {
            if (isFirst) return;
            e.preventDefault();
            send({ type: 'nav.back' });
          }}
        >
          <span class="back-link-arrow" aria-hidden="true">‹</span>
          {t(ui, 'wizard.back')}
        </a>
        {error && (
          <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{t(ui, 'wizard.error-summary')}</h2>
            <ul>
              {error.map(({ id, text }) => (
                <li key={id}>
                  <a
                    href={`#${fieldId(id)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(fieldId(id))?.focus();
                    }}
                  >
                    {text}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {decided(<QuestionPage
          key={`${q.id}.${synced}`}
          question={q}
          options={visibleOptions(q, eff)}
          caption={t(ui, 'wizard.caption', sec)}
          initial={q.id in drafts.current ? drafts.current[q.id] : (answers as Lookup)[q.id]}
          heading={page.heading}
          companions={companions.map((x) => ({ question: x, options: visibleOptions(x, eff), initial: x.id in drafts.current ? drafts.current[x.id] : (answers as Lookup)[x.id] }))}
          onDraft={(id, value) => (drafts.current[id] = value)}
          errors={Object.fromEntries((error ?? []).map((e) => [e.id, e.text]))}
          ui={ui}
          headingRef={headingRef}
          ready={ready}
          lessons={<Lessons items={lessonCards(knowledge, q.id, eff)} ui={ui} base={base} />}
          onSubmit={(value, others) => {
            // The machine's own check (its guard uses the same function), for the words of each error.
            const refused = pageErrors(questionnaire, answers, q.id, value, others);
            if (refused.length) {
              setError(refused.map(({ question: x, error: e }) => ({ id: x.id, text: answerErrorText(ui, e, x.shortLabel, x.errorRequired) })));
              setFailedSubmits((n) => n + 1);
              document.title = `${t(ui, 'wizard.error-prefix')} ${page.heading ?? q.label} – ${t(ui, 'site.title-suffix')}`;
              return;
            }
            setNotice(null);
            for (const x of page.questions) delete drafts.current[x.id];
            send({ type: 'answer.submit', question: q.id, value, companions: others });
          }}
        />)}
        <details class="no-print">
          <summary>{t(ui, 'files.title')}</summary>
          <div>{files('question', Object.keys(answers).length > 0)}</div>
        </details>
      </div>
      <Progress items={progress(questionnaire, answers, position)} ui={ui} />
    </div>
  );
}
