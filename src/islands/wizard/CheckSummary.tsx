/**
 * What check-your-answers shows from the answers: the summary and the risks they raise. Loaded by the
 * questionnaire once the user has taken a first step (or opens on this page): question pages do not
 * need it, so the first question's page does not wait for it.
 */
import type { Ref } from 'preact';
import type { Answers } from '../../domain/answers/schema.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { missingRequired } from '../../domain/questionnaire/validate.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { checkSections, riskCards } from '../../domain/wizard/check.ts';
import type { WizardKnowledge } from '../../domain/wizard/view.ts';
import { CheckAnswers } from './CheckAnswers.tsx';
import { Risks } from './Risks.tsx';
import { LazyPicture } from './LazyPicture.tsx';

interface Props {
  questionnaire: Questionnaire;
  knowledge: WizardKnowledge;
  answers: Answers;
  ui: UiStrings;
  base: string;
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (questionId: string) => void;
}

export function CheckSummary({ questionnaire, knowledge, answers, ui, base, headingRef, onChange }: Props) {
  return (
    <>
      <CheckAnswers sections={checkSections(questionnaire, answers)} missing={missingRequired(questionnaire, answers)} ui={ui} headingRef={headingRef} onChange={onChange} />
      <LazyPicture questionnaire={questionnaire} answers={answers} ui={ui} />
      <Risks items={riskCards(questionnaire, knowledge, answers, { notProvided: t(ui, 'check.not-provided'), without: t(ui, 'check.without') })} ui={ui} base={base} />
      {/* Here, not in the wizard, so the question pages load nothing more. Read-only: set beside any case
          without starting a scenario, which would replace the answers. */}
      <p class="no-print">
        <a href={`${base}compare/case/`}>{t(ui, 'compare.case-link')}</a>
      </p>
    </>
  );
}
