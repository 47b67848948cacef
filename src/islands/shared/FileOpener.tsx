/**
 * "Load answers from a file" for pages that read the answers saved on this device (the draft, the
 * comparison): without saved answers, or without storage, the user's downloaded file is the way in.
 * A refused file is reported in an error summary that takes focus; nothing else changes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnswersFile } from '../../domain/answers/file.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { openAnswersFile } from './open-file.ts';

/** The UI strings this component needs, for islands that pass a subset of them. */
export const FILE_OPENER_KEYS = ['files.load', 'files.load-hint', 'files.loaded', 'files.migrated', 'files.error-title', 'files.error.too-large', 'files.error.not-text', 'files.error.not-json', 'files.error.not-answers', 'files.error.newer-version', 'files.error.unknown-version', 'files.error.invalid', 'files.error.no-answers', 'files.error.unreadable'];

interface Props {
  ui: UiStrings;
  id: string;
  onOpen: (file: AnswersFile, name: string) => void;
}

export function FileOpener({ ui, id, onOpen }: Props) {
  const [problem, setProblem] = useState<{ title: string; text: string; details: string[] } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  return (
    <>
      {problem && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={`${id}-error`}>
          <h2 id={`${id}-error`}>{problem.title}</h2>
          <p>{problem.text}</p>
          {problem.details.length > 0 && <ul class="details">{problem.details.map((d) => <li key={d}>{d}</li>)}</ul>}
        </div>
      )}
      <div class="form-group">
        <label for={id}>
          <strong>{t(ui, 'files.load')}</strong>
        </label>
        <div id={`${id}-hint`} class="hint">
          {t(ui, 'files.load-hint')}
        </div>
        <input
          id={id}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          onChange={async (e) => {
            const input = e.currentTarget as HTMLInputElement;
            const picked = input.files?.[0];
            input.value = '';
            if (!picked) return;
            const r = await openAnswersFile(picked, ui);
            if (!r.ok) return setProblem({ title: r.title, text: r.text, details: r.details });
            setProblem(null);
            onOpen(r.file, picked.name);
          }}
        />
      </div>
    </>
  );
}
