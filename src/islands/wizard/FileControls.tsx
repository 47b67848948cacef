/** Download, load and delete the answers: the user's own copy, in their hands. */
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { DeleteAnswers } from '../shared/DeleteAnswers.tsx';
import { Marked } from '../shared/Marked.tsx';

interface Props {
  ui: UiStrings;
  hasAnswers: boolean;
  onDownload: () => void;
  onLoad: (file: File) => void;
  onDelete: () => void;
  /** The message of a file just refused, shown by the field as well as in the error summary. */
  error?: { text: string; name: string } | undefined;
  /** Where ids are unique: the controls can appear once per page. */
  idPrefix: string;
}

export function FileControls({ ui, hasAnswers, onDownload, onLoad, onDelete, idPrefix, error }: Props) {
  const inputId = `${idPrefix}-load`;
  const errorId = `${inputId}-error`;
  return (
    <div class="file-controls">
      {hasAnswers && (
        <p>
          <button type="button" class="button button--secondary" onClick={onDownload}>
            {t(ui, 'files.download')}
          </button>
        </p>
      )}
      <div class={error ? 'form-group form-group--error' : 'form-group'}>
        <label for={inputId}>
          <strong>{t(ui, 'files.load')}</strong>
        </label>
        <div id={`${inputId}-hint`} class="hint">
          {t(ui, 'files.load-hint')}
        </div>
        {error && (
          <p id={errorId} class="error-message">
            <span class="visually-hidden">{t(ui, 'wizard.error-prefix')} </span>
            <Marked text={error.text} isolate={[error.name]} />
          </p>
        )}
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={error ? `${inputId}-hint ${errorId}` : `${inputId}-hint`}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onLoad(file);
            input.value = '';
          }}
        />
      </div>
      {hasAnswers && <DeleteAnswers ui={ui} onDelete={onDelete} />}
    </div>
  );
}
