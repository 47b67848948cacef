/** Download, load and delete the answers: the user's own copy, in their hands. */
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { DeleteAnswers } from '../shared/DeleteAnswers.tsx';

interface Props {
  ui: UiStrings;
  hasAnswers: boolean;
  onDownload: () => void;
  onLoad: (file: File) => void;
  onDelete: () => void;
  /** Where ids are unique: the controls can appear once per page. */
  idPrefix: string;
}

export function FileControls({ ui, hasAnswers, onDownload, onLoad, onDelete, idPrefix }: Props) {
  const inputId = `${idPrefix}-load`;
  return (
    <div class="file-controls">
      {hasAnswers && (
        <p>
          <button type="button" class="button button--secondary" onClick={onDownload}>
            {t(ui, 'files.download')}
          </button>
        </p>
      )}
      <div class="form-group">
        <label for={inputId}>
          <strong>{t(ui, 'files.load')}</strong>
        </label>
        <div id={`${inputId}-hint`} class="hint">
          {t(ui, 'files.load-hint')}
        </div>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${inputId}-hint`}
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
