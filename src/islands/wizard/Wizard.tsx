/**
 * The questionnaire island: it draws the session statechart's snapshot (domain/wizard/session.ts) and
 * forwards the user's events to it. The machines decide where to go and what is refused; the side
 * effects (saving, history, focus, title, files) are in session-effects.ts.
 */
import type { VNode } from 'preact';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { pageOf } from '../../domain/questionnaire/pages.ts';
import { effectiveAnswers, isVisible, visibleOptions } from '../../domain/questionnaire/visibility.ts';
import { answerErrorText, lessonCards, progress, sectionNumber, type WizardKnowledge } from '../../domain/wizard/view.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { Marked } from '../shared/Marked.tsx';
import { LazyUnreadableNotice as UnreadableNotice } from '../shared/LazyUnreadableNotice.tsx';
import { FileControls } from './FileControls.tsx';
import { Progress } from './Progress.tsx';
import { Lessons } from './Lessons.tsx';
import { PageErrors } from './PageErrors.tsx';
import { QuestionPage } from './QuestionPage.tsx';
import { useSession } from './session-effects.ts';

interface Props {
  questionnaire: Questionnaire;
  /** The first page's lessons and the case names; the rest loads with the engine, from `knowledgeUrl`. */
  knowledge: WizardKnowledge;
  knowledgeUrl: string;
  ui: UiStrings;
  base: string;
  /** Workshop scenario titles by id, to link check-answers to the comparison with history. */
  scenarios: Record<string, string>;
  /** Each scenario's decided context, shown and not asked while it is loaded. */
  contexts?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
  /** Each scenario's short path for a two-hour session (its questions), walked when a file says `path`. */
  shortPaths?: Readonly<Record<string, readonly string[]>>;
}

type Lookup = Record<string, string | string[] | undefined>;

export default function Wizard({ questionnaire, knowledge: firstPage, knowledgeUrl, ui, base, scenarios, contexts, shortPaths }: Props) {
  const { s, v, send, answer, resume, knowledge, booting, waiting, failed, refs, drafts, parts, loadFile, download, deleteAll } = useSession(questionnaire, ui, { knowledge: firstPage, knowledgeUrl }, shortPaths);
  const { Offer, Summary, Locked, ErrorSummary } = parts;
  const { notice, scenario, offer } = s.context;
  const loading = <p>{t(ui, 'wizard.loading')}</p>;
  const failure = (key: string) =>
    failed && (
      <div class="warning" role="alert">
        <span class="warning-icon" aria-hidden="true">!</span>
        <p>{t(ui, key)}</p>
      </div>
    );
  // Opened on saved answers, which cannot be shown without the rest of the questionnaire: it says so.
  if (v.key === 'loading') return failed ? failure('wizard.open-failed') : loading;
  const answers = v.answers as Lookup;
  const has = Object.keys(answers).length > 0;

  const files = (idPrefix: string, hasAnswers: boolean) => (
    <FileControls ui={ui} idPrefix={idPrefix} hasAnswers={hasAnswers} onDownload={download} onLoad={(f) => loadFile(f, `${idPrefix}-load`)} onDelete={deleteAll}
      error={notice?.kind === 'error' && notice.field === `${idPrefix}-load` ? notice : undefined} />
  );
  const banners = (
    <>
      {failure('wizard.engine-failed')}
      {v.storage === 'corrupt' ? (
        <UnreadableNotice ui={ui} />
      ) : (
        v.storage && (
          <div class="warning" role="status">
            <span class="warning-icon" aria-hidden="true">!</span>
            <p>{t(ui, `storage.${v.storage}`)}</p>
          </div>
        )
      )}
      {notice &&
        (notice.kind !== 'error' ? (
          <div class={`notification${notice.kind === 'success' ? ' notification--success' : ''}`} role="status" tabIndex={-1} ref={refs.notice}>
            <p>
              <Marked text={notice.text} isolate={notice.name ? [notice.name] : []} />
            </p>
          </div>
        ) : (
          ErrorSummary && <ErrorSummary problem={notice} fieldId={notice.field} headingId="file-error-title" summaryRef={refs.notice} />
        ))}
    </>
  );

  if (offer) return Offer ? <Offer ui={ui} base={base} file={offer} banners={banners} headingRef={refs.heading} files={files('resume', true)} busy={waiting} onContinue={resume} onRestart={() => send({ type: 'resume.restart' })} /> : loading;

  // Until the summary's code is here, the page says it is loading rather than drawing half of itself
  // (drawn in two goes, the page jumped as the summary pushed the rest down).
  if (v.position?.page === 'check') {
    if (!Summary) return loading;
    return (
      <Summary questionnaire={questionnaire} knowledge={knowledge} answers={v.answers} ui={ui} base={base} headingRef={refs.heading} banners={banners} files={files('check', has)} busy={waiting}
        onChange={(id) => send({ type: 'nav.change', question: id })} onBack={() => send({ type: 'nav.back' })}
        scenario={scenario && scenarios[scenario] ? { id: scenario, title: scenarios[scenario] } : undefined} notKept={v.storage === 'unavailable' || v.storage === 'full'}
        shortPath={v.view?.context.path === 'short' ? v.view.context.short : undefined} onRemaining={() => send({ type: 'path.rest' })} />
    );
  }

  if (v.position?.page !== 'question') return loading;
  const q = v.position.question;
  const eff = effectiveAnswers(questionnaire, v.answers) as Lookup;
  const isFirst = questionnaire.sections[0]!.questions[0] === q;
  const caption = t(ui, 'wizard.caption', sectionNumber(questionnaire, q));
  // The questions asked with this one on its page: those the answers so far open.
  const page = pageOf(questionnaire, q.id)!;
  const companions = page.questions.filter((x) => x !== q && isVisible(x, eff));
  // The machine's own check (the session's guard uses the same function), in words, question by question.
  const errors = s.context.error?.map(({ question: x, error: e }) => ({ id: x.id, text: answerErrorText(ui, e, x.shortLabel, x.errorRequired) }));
  const submit = (value: unknown, others?: Record<string, unknown>) => answer(q.id, value, others);
  const draftOf = (id: string) => (id in drafts.current ? drafts.current[id] : answers[id]);
  const decided = (node: VNode) =>
    // A scenario decides single questions of the context; a page asking others with it stays a page.
    Locked && scenario && !companions.length ? (
      <Locked question={q} answer={answers[q.id]} context={contexts?.[scenario]} scenario={scenarios[scenario] ?? scenario} caption={caption} ui={ui} headingRef={refs.heading} onContinue={() => submit(answers[q.id])}>
        {node}
      </Locked>
    ) : (
      node
    );

  return (
    <div class="wizard">
      <div>
        {banners}
        <a class="back-link" href={isFirst ? base : '#back'} onClick={(e) => {
          if (isFirst) return;
          e.preventDefault();
          send({ type: 'nav.back' });
        }}>
          <span class="back-link-arrow" aria-hidden="true">‹</span>
          {t(ui, 'wizard.back')}
        </a>
        {errors && <PageErrors errors={errors} ui={ui} summaryRef={refs.summary} />}
        {decided(<QuestionPage key={`${q.id}.${s.context.synced}.${s.context.fresh}`} question={q} options={visibleOptions(q, eff)} caption={caption}
          initial={draftOf(q.id)} onDraft={(id, value) => (drafts.current[id] = value)} heading={page.heading}
          companions={companions.map((x) => ({ question: x, options: visibleOptions(x, eff), initial: draftOf(x.id) }))}
          errors={Object.fromEntries((errors ?? []).map((e) => [e.id, e.text]))} ui={ui} headingRef={refs.heading} ready={booting || !s.matches({ session: 'reading' })} busy={waiting} onSubmit={submit}
          lessons={<Lessons items={lessonCards(knowledge, q.id, eff)} ui={ui} base={base} />} />)}
        <details class="no-print">
          <summary>{t(ui, 'files.title')}</summary>
          <div>{files('question', has)}</div>
        </details>
      </div>
      <Progress items={progress(questionnaire, v.answers, v.position)} ui={ui} />
    </div>
  );
}
