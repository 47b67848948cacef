/** Download, load and delete the answers: the user's own copy, in their hands. */
import { useState } from 'preact/hooks';
import { t, type UiStrings } from '../../domain/ui/strings.ts';

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
  const [confirming, setConfirming] = useState(false);
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
      {hasAnswers &&
        (confirming ? (
          <div class="warning" role="group" aria-label={t(ui, 'files.delete')}>
            <div>
              <p>{t(ui, 'files.delete-confirm')}</p>
              <div class="button-group">
                <button
                  type="button"
                  class="button button--warning"
                  onClick={() => {
                    setConfirming(false);
                    onDelete();
                  }}
                >
                  {t(ui, 'files.delete-yes')}
                </button>
                <button type="button" class="link-button" onClick={() => setConfirming(false)}>
                  {t(ui, 'files.delete-cancel')}
                </button>
              </div>
            </div>
          </div>
        ) : (
          <p>
            <button type="button" class="button button--warning" onClick={() => setConfirming(true)}>
              {t(ui, 'files.delete')}
            </button>
          </p>
        ))}
    </div>
  );
}
