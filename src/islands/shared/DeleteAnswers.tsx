/**
 * "Delete my answers from this device", with a confirmation in place of the button. Used by the
 * questionnaire and the draft page, where someone on a borrowed laptop finishes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiStrings } from '../../domain/ui/strings.ts';

export function DeleteAnswers({ ui, onDelete }: { ui: UiStrings; onDelete: () => void }) {
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  // The button pressed is replaced by the question (and back): focus follows, not to the page's top.
  // Not to "Yes, delete": a second Enter must not delete by accident.
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (confirming === false) deleteRef.current?.focus();
  }, [confirming]);
  return confirming ? (
    <div class="warning" role="group" aria-label={t(ui, 'files.delete')}>
      <div>
        <p ref={questionRef} tabIndex={-1}>
          {t(ui, 'files.delete-confirm')}
        </p>
        <div class="button-group">
          <button
            type="button"
            class="button button--warning"
            onClick={() => {
              setConfirming(null);
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
      <button ref={deleteRef} type="button" class="button button--warning" onClick={() => setConfirming(true)}>
        {t(ui, 'files.delete')}
      </button>
    </p>
  );
}
