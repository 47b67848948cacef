/**
 * The questionnaire island: it draws the session statechart's snapshot (domain/wizard/session.ts) and
 * forwards the user's events to it. The machines decide where to go and what is refused; the side
 * effects (saving, history, focus, title, files) are in session-effects.ts.
 */
import type { VNode } from 'preact';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import type { AnswerError } from '../../domain/questionnaire/validate.ts';
import { effectiveAnswers, visibleOptions } from '../../domain/questionnaire/visibility.ts';
import { lessonCards, progress, sectionNumber, type WizardKnowledge } from '../../domain/wizard/view.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { Marked } from '../shared/Marked.tsx';
import { LazyUnreadableNotice as UnreadableNotice } from '../shared/LazyUnreadableNotice.tsx';
import { FileControls } from './FileControls.tsx';
import { Progress } from './Progress.tsx';
import { Lessons } from './Lessons.tsx';
import { fieldId, QuestionPage } from './QuestionPage.tsx';
import { useSession } from './session-effects.ts';

interface Props {
  questionnaire: Questionnaire;
  knowledge: WizardKnowledge;
  ui: UiStrings;
  base: string;
  /** Workshop scenario titles by id, to link check-answers to the comparison with history. */
  scenarios: Record<string, string>;
  /** Each scenario's decided context, shown and not asked while it is loaded. */
  contexts?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

type Lookup = Record<string, string | string[] | undefined>;

function answerErrorText(ui: UiStrings, e: AnswerError, label: string, required: string | undefined): string {
  if (e.code === 'required') return required ?? label;
  if (e.code === 'too-long') return t(ui, 'wizard.error.too-long', { label, max: e.max.toLocaleString('en') });
  return t(ui, 'wizard.error.unknown-option');
}

export default function Wizard({ questionnaire, knowledge, ui, base, scenarios, contexts }: Props) {
  const { s, v, send, answer, resume, refs, drafts, parts, loadFile, download, deleteAll } = useSession(questionnaire, ui);
  const { Offer, Summary, Locked, ErrorSummary } = parts;
  const { notice, scenario, offer } = s.context;
  const loading = <p>{t(ui, 'wizard.loading')}</p>;
  if (v.key === 'loading') return loading;
  const answers = v.answers as Lookup;
  const has = Object.keys(answers).length > 0;

  const files = (idPrefix: string, hasAnswers: boolean) => (
    <FileControls ui={ui} idPrefix={idPrefix} hasAnswers={hasAnswers} onDownload={download} onLoad={(f) => loadFile(f, `${idPrefix}-load`)} onDelete={deleteAll}
      error={notice?.kind === 'error' && notice.field === `${idPrefix}-load` ? notice : undefined} />
  );
  const banners = (
    <>
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

  if (offer) return Offer ? <Offer ui={ui} base={base} file={offer} banners={banners} headingRef={refs.heading} files={files('resume', true)} onContinue={resume} onRestart={() => send({ type: 'resume.restart' })} /> : loading;

  // Until the summary's code is here, the page says it is loading rather than drawing half of itself
  // (drawn in two goes, the page jumped as the summary pushed the rest down).
  if (v.position?.page === 'check') {
    if (!Summary) return loading;
    return (
      <Summary questionnaire={questionnaire} knowledge={knowledge} answers={v.answers} ui={ui} base={base} headingRef={refs.heading} banners={banners} files={files('check', has)}
        onChange={(id) => send({ type: 'nav.change', question: id })} onBack={() => send({ type: 'nav.back' })}
        scenario={scenario && scenarios[scenario] ? { id: scenario, title: scenarios[scenario] } : undefined} notKept={v.storage === 'unavailable' || v.storage === 'full'} />
    );
  }

  if (v.position?.page !== 'question') return loading;
  const q = v.position.question;
  const eff = effectiveAnswers(questionnaire, v.answers) as Lookup;
  const isFirst = questionnaire.sections[0]!.questions[0] === q;
  const caption = t(ui, 'wizard.caption', sectionNumber(questionnaire, q));
  // The machine's own check (the session's guard uses the same function), in words.
  const error = s.context.error && answerErrorText(ui, s.context.error, q.shortLabel, q.errorRequired);
  const submit = (value: unknown) => answer(q.id, value);
  const decided = (page: VNode) =>
    Locked && scenario ? (
      <Locked question={q} answer={answers[q.id]} context={contexts?.[scenario]} scenario={scenarios[scenario] ?? scenario} caption={caption} ui={ui} headingRef={refs.heading} onContinue={() => submit(answers[q.id])}>
        {page}
      </Locked>
    ) : (
      page
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
        {error && (
          <div class="error-summary" role="alert" tabIndex={-1} ref={refs.summary} aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{t(ui, 'wizard.error-summary')}</h2>
            <ul>
              <li>
                <a href={`#${fieldId(q.id)}`} onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(fieldId(q.id))?.focus();
                }}>
                  {error}
                </a>
              </li>
            </ul>
          </div>
        )}
        {decided(<QuestionPage key={`${q.id}.${s.context.synced}.${s.context.fresh}`} question={q} options={visibleOptions(q, eff)} caption={caption}
          initial={q.id in drafts.current ? drafts.current[q.id] : answers[q.id]} onDraft={(value) => (drafts.current[q.id] = value)}
          error={error} ui={ui} headingRef={refs.heading} ready={!s.matches({ session: 'reading' })} onSubmit={submit}
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
