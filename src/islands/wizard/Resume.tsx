/**
 * "Continue where you left off?": shown when this device holds answers and the page was opened afresh.
 * Loaded only then (a first visit never needs it, and the first question's page weight is budgeted).
 * Start again sets the saved answers aside as an earlier version (restorable from the drafts page) and
 * starts empty; it asks first, in the page.
 */
import type { ComponentChildren, Ref } from 'preact';
import { pageLocale } from '../shared/locale.ts';
import type { AnswersFile } from '../../domain/answers/file.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { DeleteAnswers } from '../shared/DeleteAnswers.tsx';
import { startAgain } from '../shared/versions.ts';

interface Props {
  ui: UiStrings;
  base: string;
  file: AnswersFile;
  banners: ComponentChildren;
  headingRef: Ref<HTMLHeadingElement>;
  files: ComponentChildren;
  /** Continue or Start again waits for the engine (loaded on first use): the page says it is busy. */
  busy?: boolean;
  onContinue: () => void;
  /** After Start again has set the answers aside. */
  onRestart: () => void;
}

export function Resume({ ui, base, file, banners, headingRef, files, busy, onContinue, onRestart }: Props) {
  const date = file.savedAt ? new Date(file.savedAt) : null;
  return (
    <div class="wizard-single" aria-busy={busy ? 'true' : undefined}>
      {banners}
      <h1 ref={headingRef} tabIndex={-1}>
        {t(ui, 'resume.title')}
      </h1>
      <p>
        {date && !Number.isNaN(date.getTime())
          ? t(ui, 'resume.body', { date: date.toLocaleString(pageLocale(), { dateStyle: 'long', timeStyle: 'short' }) })
          : t(ui, 'resume.body-undated')}
      </p>
      <div class="button-group">
        <button type="button" class="button" onClick={onContinue}>
          {t(ui, 'resume.continue')}
        </button>
      </div>
      <DeleteAnswers
        ui={ui}
        words={{ button: 'resume.restart', question: 'resume.restart-hint', yes: 'resume.restart-yes', cancel: 'files.delete-cancel' }}
        buttonClass="button button--secondary"
        onDelete={() => {
          startAgain();
          onRestart();
        }}
      />
      {files}
      <p>
        <a href={`${base}drafts/`}>{t(ui, 'versions.link')}</a>
      </p>
    </div>
  );
}
