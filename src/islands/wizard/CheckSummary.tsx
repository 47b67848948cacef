/**
 * Check-your-answers' page: the summary, the risks the answers raise, the way on to the draft and the
 * answers' file controls. Loaded by the questionnaire once the user has taken a first step (or opens on
 * this page): question pages do not need it, so the first question's page does not wait for it.
 */
import type { ComponentChildren, Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import { useProgressive } from '../shared/progressive.ts';
import type { Answers } from '../../domain/answers/schema.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { missingRequired } from '../../domain/questionnaire/validate.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { checkSections, riskCards } from '../../domain/wizard/check.ts';
import { leftForLater } from '../../domain/scenarios/short-path.ts';
import type { WizardKnowledge } from '../../domain/wizard/view.ts';
import { CheckAnswers } from './CheckAnswers.tsx';
import { Risks } from './Risks.tsx';
import { LazyPicture } from './LazyPicture.tsx';

/** Mandate areas drawn at once, and then per frame: a screen and more at once. */
const FIRST_SECTIONS = 3;
const MORE_SECTIONS = 3;

interface Props {
  questionnaire: Questionnaire;
  knowledge: WizardKnowledge;
  answers: Answers;
  ui: UiStrings;
  base: string;
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (questionId: string) => void;
  /** A workshop's short path (its questions), while the answers are on it. */
  shortPath?: readonly string[] | undefined;
  /** "Answer the remaining questions": on to those the short path left for later. */
  onRemaining?: () => void;
}

export function CheckSummary({ questionnaire, knowledge, answers, ui, base, headingRef, onChange, shortPath, onRemaining }: Props) {
  // The short path leaves required questions for later on purpose: they are counted, not listed as missing.
  const left = shortPath ? leftForLater(questionnaire, answers, shortPath) : [];
  const missing = missingRequired(questionnaire, answers).filter((q) => !left.includes(q));
  const note = left.length > 0 && (
    <div class="inset" role="note">
      <h2>{t(ui, 'check.short-title')}</h2>
      <p>{left.length === 1 ? t(ui, 'check.short-left-one') : t(ui, 'check.short-left', { count: left.length })}</p>
      <button type="button" class="button button--secondary" onClick={onRemaining}>
        {t(ui, 'check.short-remaining')}
      </button>
    </div>
  );
  // Drawn a few parts at a time (useProgressive): the first mandate areas, then the others, then the
  // picture and the risks, each batch painted before the next is made.
  const sections = useMemo(() => checkSections(questionnaire, answers, shortPath), [answers, shortPath]);
  // The picture comes with the batch after the last area, the risks with the one after it: together they
  // were the longest frame.
  const shown = useProgressive(sections.length + 1 + MORE_SECTIONS, FIRST_SECTIONS, MORE_SECTIONS);
  const picture = shown > sections.length;
  const below = shown > sections.length + MORE_SECTIONS;
  return (
    <>
      <CheckAnswers sections={sections.slice(0, shown)} missing={missing} ui={ui} headingRef={headingRef} onChange={onChange} note={note} />
      {!below && <div aria-busy="true" />}
      {picture && <LazyPicture questionnaire={questionnaire} answers={answers} ui={ui} />}
      {below && <Risks items={riskCards(questionnaire, knowledge, answers, { notProvided: t(ui, 'check.not-provided'), without: t(ui, 'check.without'), quoted: t(ui, 'check.quoted') })} ui={ui} base={base} />}
      {/* Here, not in the wizard, so the question pages load nothing more. Read-only: set beside any case
          without starting a scenario, which would replace the answers. */}
      <p class="no-print">
        <a href={`${base}compare/case/`}>{t(ui, 'compare.case-link')}</a>
      </p>
    </>
  );
}

interface PageProps extends Props {
  /** The page's notices, drawn above the Back link. */
  banners: ComponentChildren;
  onBack: () => void;
  /** The workshop scenario the answers belong to, with its title: a link to the comparison with history. */
  scenario?: { id: string; title: string } | undefined;
  /** This browser keeps no answers: the draft page will need the answers file. */
  notKept: boolean;
  files: ComponentChildren;
  /** A Change, Back or file taken waits for the engine (loaded on first use): the page says it is busy. */
  busy?: boolean;
}

export function CheckPage({ banners, onBack, scenario, notKept, files, busy, ...summary }: PageProps) {
  const { ui, base } = summary;
  return (
    <div class="wizard-single" aria-busy={busy ? 'true' : undefined}>
      {banners}
      <a
        class="back-link"
        href="#back"
        onClick={(e) => {
          e.preventDefault();
          onBack();
        }}
      >
        <span class="back-link-arrow" aria-hidden="true">‹</span>
        {t(ui, 'wizard.back')}
      </a>
      <CheckSummary {...summary} />
      {scenario && (
        <div class="inset">
          <h2>{t(ui, 'workshop.check-title', { scenario: scenario.title })}</h2>
          <p>{t(ui, 'workshop.check-body')}</p>
          <p>
            <a href={`${base}workshops/${scenario.id}/compare/`}>{t(ui, 'workshop.compare-link')}</a>
          </p>
        </div>
      )}
      {notKept && (
        // The draft page reads the answers from this device; without storage it needs the file.
        <div class="warning" role="note">
          <span class="warning-icon" aria-hidden="true">!</span>
          <p>{t(ui, 'check.draft-needs-file')}</p>
        </div>
      )}
      <a class="button" href={`${base}draft/`}>
        {t(ui, 'check.continue')}
      </a>
      <h2 class="no-print">{t(ui, 'files.title')}</h2>
      {files}
      <p class="no-print">
        <a href={`${base}drafts/`}>{t(ui, 'versions.link')}</a>
      </p>
    </div>
  );
}
