/**
 * The questionnaire's side effects, in one place: the session statechart (domain/wizard/session.ts)
 * decides, and this hook does what it says. It reads the device and the browser's history and sends
 * what it found as events; it saves each new answers snapshot, keeps the scenario banner, pushes history
 * entries, sets the page title and moves focus; and it loads the parts of the page most visits never need.
 *
 * The engine (xstate and both machines, engine.ts) loads when the user starts answering (a pointer, a
 * key, focus or a change in the questionnaire). Until then the page draws the session's first snapshot
 * (bootSession), and what the user does (Continue, a file, Delete) waits in a queue and runs, in order,
 * once it is here. The lessons and risks of every question load with it, or at once when there may be
 * saved answers to show (opening.ts): then the device is read without the engine, and the page shows
 * what the machine would (openedSession: check-answers, or "Continue where you left off?"); the engine
 * is given the same reading when it loads.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answers } from '../../domain/answers/schema.ts';
import { toAnswersFile } from '../../domain/answers/format.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { pageOf } from '../../domain/questionnaire/pages.ts';
import { positionKey, positionOf } from '../../domain/wizard/position.ts';
import type { SessionEvent } from '../../domain/wizard/session.ts';
import { bootSession, openedSession, sessionView, type SessionState } from '../../domain/wizard/session-view.ts';
import type { AnswersFile } from '../../domain/answers/file.ts';
import type { StorageProblem } from '../../domain/wizard/session.ts';
import type { WizardKnowledge } from '../../domain/wizard/view.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { fetchJson } from '../shared/fetch-json.ts';
import { clearSaved, readSaved, unreadableCopy, watchSaved, writeSaved } from '../shared/storage.ts';
import type { FileErrorSummary } from '../shared/FileError.tsx';
import { useErrorTitle } from '../shared/error-title.ts';
import type { CheckPage } from './CheckSummary.tsx';
import type { Resume } from './Resume.tsx';
import type { LockedContext } from '../workshop/scenario-kit.ts';
import type { SessionActor } from './engine.ts';
import { opensToContinue, readsAtOnce } from './opening.ts';

/** The scenario banner and the decided-context view: loaded only once a scenario is in play. */
const kit = () => import('../workshop/scenario-kit.ts');

/** What the device held as the page opened: the machine is given the same, whenever it loads. */
interface Opened {
  file: AnswersFile | null;
  /** Opened to continue these answers (?continue): shown at once, not offered. */
  fresh: boolean;
  problem: StorageProblem | null;
  /** Read from an older format: saved again, in the current one, once the machine has it. */
  migrated: boolean;
}

/** Where the engine and the whole knowledge come from, and the part of the knowledge the first page needs. */
export interface Later {
  /** The lessons, risks and case names of every question, as JSON (pages/questionnaire/knowledge.json.ts). */
  knowledgeUrl: string;
  /** What the page carries for its first question: that page's lessons and the case names. */
  knowledge: WizardKnowledge;
}

export function useSession(questionnaire: Questionnaire, ui: UiStrings, later: Later, shortPaths?: Readonly<Record<string, readonly string[]>>) {
  /** The session statechart, once the engine is here; until then `boot` is drawn and events wait in `queue`. */
  const actor = useRef<SessionActor | null>(null);
  const [boot] = useState(() => bootSession(questionnaire));
  // The first question is rendered on the server; the browser's first render must match it for hydration.
  // Opened on saved answers, the page is drawn afresh (opening.ts), saying it is loading while it reads them.
  const [s, setSnapshot] = useState<SessionState>(() => (readsAtOnce() ? { ...boot, context: { ...boot.context, first: null } } : boot));
  const [knowledge, setKnowledge] = useState(later.knowledge);
  /** The engine or the knowledge could not be fetched: said on the page, tried again on the next action. */
  const [failed, setFailed] = useState(false);
  const queue = useRef<(() => void)[]>([]);
  const engine = useRef<Promise<void> | null>(null);
  const now = () => actor.current?.getSnapshot() ?? s;
  /** Runs at once with the engine, or once it has loaded (asking for it). */
  /** Something the user did waits for the engine: the form says it is busy (aria-busy) until it has run. */
  const [waiting, setWaiting] = useState(false);
  const run = (f: () => void) => (actor.current ? f() : (queue.current.push(f), setWaiting(true), load()));
  const send = (e: SessionEvent) => run(() => actor.current!.send(e));
  const v = sessionView(questionnaire, s);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const notice = useRef<HTMLDivElement>(null);
  /** What was typed and not submitted, by question: Back keeps it for the return. No answer until Continue checks it. */
  const drafts = useRef<Record<string, string | string[] | undefined>>({});
  const fresh = useRef(0);
  if (fresh.current !== s.context.fresh) [drafts.current, fresh.current] = [{}, s.context.fresh];

  // Parts loaded on use: "Continue where you left off?", check-answers, a scenario's decided context, a refused file's summary.
  const [Offer, setOffer] = useState<typeof Resume | null>(null);
  const [Summary, setSummary] = useState<typeof CheckPage | null>(null);
  const [Locked, setLocked] = useState<typeof LockedContext | null>(null);
  const [ErrorSummary, setErrorSummary] = useState<typeof FileErrorSummary | null>(null);
  /**
   * A scenario's decided context is shown by a component loaded first, and only then are the scenario's
   * answers shown: no question page is replaced under the user's hands when it arrives.
   */
  const withKit = (scenario: string | undefined, go: () => void) =>
    scenario && !Locked ? kit().then((m) => (setLocked(() => m.LockedContext), go())) : go();

  /** Another tab changed or deleted the saved answers: take that in (sync.ts, loaded only then). */
  const sync = () =>
    import('../shared/sync.ts').then(async ({ reconcile }) => {
      const o = await reconcile(questionnaire, (now().context.wizard?.context.answers ?? {}) as Answers);
      if (o.kind === 'unreadable') send({ type: 'storage.corrupt' });
      if (o.kind === 'deleted') send({ type: 'sync.deleted', notice: { kind: 'info', text: t(ui, 'sync.deleted') } });
      if (o.kind === 'switched' && !o.file) send({ type: 'sync.deleted', notice: { kind: 'info', text: t(ui, 'sync.switched-new') } });
      if (o.kind === 'switched' && o.file) withKit(o.file.scenario, () => send({ type: 'sync.changed', file: o.file!, answers: o.file!.answers, notice: { kind: 'info', text: t(ui, 'sync.switched') } }));
      if (o.kind === 'changed') withKit(o.file.scenario, () => send({ type: 'sync.changed', file: o.file, answers: o.answers, notice: { kind: 'info', text: t(ui, o.clashes ? 'sync.clash' : 'sync.changed', { questions: o.clashes }) } }));
    });

  /** A page asking several questions is titled by its heading, one asking one question by its label. */
  const pageTitle = (q: { id: string; label: string }) => pageOf(questionnaire, q.id)?.heading ?? q.label;

  /** Whether the page opened with answers to read (or to continue): then they are read at once. */
  const expected = useRef(false);
  /** Another tab saved answers while this one had not loaded its engine: taken in once it has. */
  const changedEarly = useRef(false);
  /** The answers snapshot saved last: each new one is saved once. */
  const written = useRef<unknown>(null);
  /** The lessons and risks of every question, fetched once (again after a failure). */
  const knowing = useRef<Promise<void> | null>(null);
  const know = () =>
    (knowing.current ??= fetchJson<WizardKnowledge>(later.knowledgeUrl).then(setKnowledge, (e: unknown) => {
      knowing.current = null;
      throw e;
    }));
  /** The device, read once as the page opens (with a scenario's decided context loaded, if it is shown at once). */
  const reading = useRef<Promise<Opened> | null>(null);
  const readDevice = () =>
    (reading.current ??= readSaved(questionnaire).then((r) => {
      // Arriving from "Start this scenario" or the draft's "Check or change your answers" (?continue):
      // the user has just chosen these answers, so there is nothing to ask.
      const fresh = opensToContinue();
      if (fresh) history.replaceState(null, '', location.pathname);
      const file = r.ok ? r.file : null;
      const problem = !r.ok ? r.reason : unreadableCopy() ? 'corrupt' : null;
      const migrated = r.ok && r.migratedFrom !== undefined;
      return new Promise<Opened>((done) => withKit(fresh ? file?.scenario : undefined, () => done({ file, fresh, problem, migrated })));
    }));
  /** Opened on saved answers: shows them as the machine would, without it (it loads when the user acts). */
  const open = () =>
    Promise.all([readDevice(), know()]).then(
      ([o]) => {
        if (!actor.current) setSnapshot(openedSession(questionnaire, o.file, o.fresh, o.problem, shortPaths));
      },
      () => setFailed(true),
    );
  const load = (): Promise<void> =>
    (engine.current ??= Promise.all([import('./engine.ts'), know(), expected.current ? readDevice() : null]).then(
      ([{ createSession }, , opened]) => {
        setFailed(false);
        const a = (actor.current = createSession(questionnaire, shortPaths));
        a.start();
        // What the page read as it opened (and may be showing), as the machine's events; else nothing was
        // saved, and the session goes on from the first question, as the page shows it.
        if (opened) {
          a.send({ type: 'saved.expected' });
          if (opened.problem) a.send({ type: `storage.${opened.problem}` });
          a.send({ type: 'saved.read', file: opened.file, fresh: opened.fresh });
          // The answers shown are those saved: nothing to write (another tab may have saved others since,
          // which sync() below takes in), unless they were read from an older format.
          if (!opened.migrated) written.current = a.getSnapshot().context.wizard;
        } else a.send({ type: 'saved.read', file: null, fresh: false });
        a.subscribe(onSnapshot);
        onSnapshot(a.getSnapshot());
        for (const f of queue.current.splice(0)) f();
        setWaiting(false);
        if (changedEarly.current) void sync();
      },
      () => {
        engine.current = null;
        setWaiting(false);
        setFailed(true);
      },
    ));

  const onSnapshot = (snap: ReturnType<SessionActor['getSnapshot']>) => {
    setSnapshot(snap);
    if (snap.matches({ session: 'reading' })) return;
    const scenario = snap.context.scenario;
    // Save each new answers snapshot; nothing answered yet is nothing to keep (Start again leaves storage empty).
    const w = snap.context.wizard;
    if (!w || w === written.current) return;
    written.current = w;
    if (Object.keys(w.context.answers).length === 0) return;
    const r = writeSaved(toAnswersFile(w.context.answers, new Date(), positionKey(positionOf(questionnaire, w)), scenario, w.context.path));
    // Another tab deleted or changed the answers since this one looked: writing would undo that.
    if (r.ok) return send({ type: 'storage.saved' });
    if (r.reason === 'deleted' || r.reason === 'changed') return void sync();
    send({ type: `storage.${r.reason}` });
  };

  useEffect(() => {
    const root = document.getElementById('wizard');
    const start = () => void load();
    // Any sign of answering: a pointer, a key, focus, or a field changed by other means (assistive technology).
    const starts = ['pointerdown', 'keydown', 'focusin', 'input', 'change'] as const;
    if (readsAtOnce()) {
      // "Loading" (the first render), not the first question, while the saved answers are read.
      expected.current = true;
      void open();
    }
    for (const e of starts) root?.addEventListener(e, start, { once: true, passive: true });
    // Back or Forward to a page of the questionnaire: show it, with every answer as it is now.
    const onPop = (e: PopStateEvent) => {
      const state = e.state as { psmdAt?: string; changing?: boolean } | null;
      if (!actor.current?.getSnapshot().matches({ session: 'running' })) return;
      // The entry the page was opened with, when it showed "Continue where you left off?": go on back
      // (an entry with a #fragment is the skip link's, and stays where it is).
      if (state?.psmdAt) send({ type: 'history.pop', at: state.psmdAt, changing: state.changing === true });
      else if (!location.hash) history.back();
    };
    addEventListener('popstate', onPop);
    const unwatch = watchSaved(() => {
      if (actor.current) return void sync();
      changedEarly.current = true;
      start();
    });
    return () => {
      for (const e of starts) root?.removeEventListener(e, start);
      actor.current?.stop();
      unwatch();
      removeEventListener('popstate', onPop);
    };
  }, []);

  // After each page shown: a fresh title; a step gets a history entry and focus on the new heading, as a page load would.
  useEffect(() => {
    if (v.key === 'loading') return;
    const p = v.position;
    const title = v.key === 'resume' ? t(ui, 'resume.title') : p?.page === 'question' ? pageTitle(p.question) : t(ui, 'check.title');
    document.title = `${title} – ${t(ui, 'site.title-suffix')}`;
    // Each page is an entry in the browser's history, so its Back button goes to the previous page
    // instead of leaving; a page changing one answer from check-answers stays one when returned to.
    // "Continue where you left off?" is no page to return to: its entry takes no position.
    const entry = v.key !== 'resume' && v.key !== 'start' ? { psmdAt: v.key, changing: v.view?.context.changing === true } : null;
    if (s.context.how === 'load') return history.replaceState(entry, '');
    if (s.context.how === 'step' && entry) history.pushState(entry, '');
    heading.current?.focus();
  }, [v.key]);

  useEffect(() => {
    if (s.matches({ session: 'offering' }) && !Offer) import('./Resume.tsx').then((m) => setOffer(() => m.Resume));
    // Check-answers' code loads once the user moves past the first page (or opens on it), long before it is reached.
    if (!Summary && v.key !== 'loading' && (v.key === 'check' || s.context.how !== 'load'))
      import('./CheckSummary.tsx').then((m) => {
        setSummary(() => m.CheckPage);
        // Reached check-answers by a step while its code was loading: focus its heading now, as any step does.
        const at = now();
        if (sessionView(questionnaire, at).key === 'check' && at.context.how !== 'load') requestAnimationFrame(() => heading.current?.focus());
      });
  }, [v.key]);

  // The scenario banner (the page's, outside the island) follows the answers shown, with or without the
  // engine; its code loads only once a scenario is in play (or to take the banner down).
  const read = !s.matches({ session: 'reading' });
  useEffect(() => {
    const scenario = s.context.scenario;
    if (read && (scenario || document.getElementById('scenario-banner')?.hidden === false)) kit().then((k) => k.showScenarioBanner(scenario ?? null));
  }, [read, s.context.scenario]);

  useEffect(() => {
    if (!s.context.error) return;
    const p = v.position;
    if (p?.page === 'question') document.title = `${t(ui, 'wizard.error-prefix')} ${pageTitle(p.question)} – ${t(ui, 'site.title-suffix')}`;
    summary.current?.focus();
  }, [s.context.failedSubmits]);
  useEffect(() => {
    if (s.context.notice) notice.current?.focus();
  }, [s.context.notice]);
  useErrorTitle(s.context.notice?.kind === 'error', ui, [s.context.notice, v.key]);

  const loadFile = async (picked: File, field: string) => {
    // Loaded on use, as the schema it checks against is: most visits never open a file.
    const [{ openAnswersFile }, { FileErrorSummary: loaded }, { keepVersion }] = await Promise.all([import('../shared/open-file.ts'), import('../shared/FileError.tsx'), import('../shared/versions.ts')]);
    const r = await openAnswersFile(picked, ui);
    setErrorSummary(() => loaded);
    if (!r.ok) return send({ type: 'file.refused', notice: { kind: 'error', title: r.title, text: r.text, details: r.details, name: r.name, field } });
    // The answers it replaces stay restorable from "Your drafts and earlier versions".
    keepVersion('load');
    withKit(r.file.scenario, () => send({ type: 'file.loaded', file: r.file, notice: { kind: 'success', text: r.message, name: r.name } }));
  };
  const download = () => import('./download.ts').then((m) => m.download(s.context.offer ?? toAnswersFile(v.answers, new Date(), v.position ? positionKey(v.position) : undefined, s.context.scenario, v.view?.context.path)));
  const deleteAll = () => {
    clearSaved();
    send({ type: 'answers.deleted', notice: { kind: 'success', text: t(ui, 'files.deleted') } });
  };

  /** A page's answers: what was typed on it stops being a draft once the machine accepts them. */
  const answer = (question: string, value: unknown, companions?: Record<string, unknown>) => {
    run(() => {
      actor.current!.send({ type: 'answer.submit', question, value, ...(companions && { companions }) });
      if (!now().context.error) for (const q of pageOf(questionnaire, question)?.questions ?? []) delete drafts.current[q.id];
    });
  };
  const resume = () => withKit(s.context.offer?.scenario, () => send({ type: 'resume.continue' }));

  // `booting`: drawn without the engine (Continue waits for it). The first render must match the server's
  // HTML, whose Continue is a plain button: QuestionPage makes it submit once it is hydrated.
  return { s, v, send, answer, resume, knowledge, booting: !actor.current, waiting, failed, refs: { heading, summary, notice }, drafts, parts: { Offer, Summary, Locked, ErrorSummary }, loadFile, download, deleteAll };
}
