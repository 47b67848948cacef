/**
 * "Load answers from a file" for pages that read the answers saved on this device (the draft, the
 * comparison): without saved answers, or without storage, the user's downloaded file is the way in.
 * A refused file is reported in an error summary that takes focus; nothing else changes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnswersFile } from '../../domain/answers/file.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { openAnswersFile } from './open-file.ts';
import { Marked } from './Marked.tsx';
import { FileErrorSummary, type FileProblem } from './FileError.tsx';
import { useErrorTitle } from './error-title.ts';

/** The UI strings this component needs, for islands that pass a subset of them. */
export const FILE_OPENER_KEYS = ['wizard.error-prefix', 'files.load', 'files.load-hint', 'files.loaded', 'files.migrated', 'files.error-title', 'files.error.too-large', 'files.error.not-text', 'files.error.not-json', 'files.error.not-answers', 'files.error.newer-version', 'files.error.unknown-version', 'files.error.invalid', 'files.error.no-answers', 'files.error.unreadable'];

interface Props {
  ui: UiStrings;
  id: string;
  onOpen: (file: AnswersFile, name: string) => void;
}

export function FileOpener({ ui, id, onOpen }: Props) {
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  useErrorTitle(problem !== null, ui, [problem]);
  const errorId = `${id}-error-message`;
  return (
    <>
      {problem && <FileErrorSummary problem={problem} fieldId={id} headingId={`${id}-error`} summaryRef={ref} />}
      <div class={problem ? 'form-group form-group--error no-print' : 'form-group no-print'}>
        <label for={id}>
          <strong>{t(ui, 'files.load')}</strong>
        </label>
        <div id={`${id}-hint`} class="hint">
          {t(ui, 'files.load-hint')}
        </div>
        {problem && (
          <p id={errorId} class="error-message">
            <span class="visually-hidden">{t(ui, 'wizard.error-prefix')} </span>
            <Marked text={problem.text} isolate={[problem.name]} />
          </p>
        )}
        <input
          id={id}
          type="file"
          accept=".json,application/json"
          aria-describedby={problem ? `${id}-hint ${errorId}` : `${id}-hint`}
          onChange={async (e) => {
            const input = e.currentTarget as HTMLInputElement;
            const picked = input.files?.[0];
            input.value = '';
            if (!picked) return;
            const r = await openAnswersFile(picked, ui);
            if (!r.ok) return setProblem({ title: r.title, text: r.text, details: r.details, name: r.name });
            setProblem(null);
            onOpen(r.file, picked.name);
          }}
        />
      </div>
    </>
  );
}
