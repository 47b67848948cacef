/**
 * "Delete my answers from this device", with a confirmation in place of the button. Used by the
 * questionnaire and the draft page, where someone on a borrowed laptop finishes, and by "Start again"
 * on "Continue where you left off?", which deletes the same answers (GOV.UK asks in the page, not in a
 * browser dialogue).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type UiStrings } from '../../domain/ui/strings.ts';

/** The keys of the four strings: the button, the question, the confirming button, and Cancel. */
export interface DeleteWords {
  button: string;
  question: string;
  yes: string;
  cancel: string;
}

const DELETE: DeleteWords = { button: 'files.delete', question: 'files.delete-confirm', yes: 'files.delete-yes', cancel: 'files.delete-cancel' };

interface Props {
  ui: UiStrings;
  onDelete: () => void;
  words?: DeleteWords;
  /** The button's look where it is not a warning (Start again is a secondary choice). */
  buttonClass?: string;
}

export function DeleteAnswers({ ui, onDelete, words = DELETE, buttonClass = 'button button--warning' }: Props) {
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  // The button pressed is replaced by the question (and back): focus follows, not to the page's top.
  // Not to "Yes, delete": a second Enter must not delete by accident. Moved as the question is drawn
  // (a layout effect), not after the next paint: a key pressed meanwhile (the page busy loading the
  // engine) would otherwise be taken by the control it was meant for, and focus then pulled from it.
  useLayoutEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (confirming === false) deleteRef.current?.focus();
  }, [confirming]);
  return confirming ? (
    <div class="warning" role="group" aria-label={t(ui, words.button)}>
      <span class="warning-icon" aria-hidden="true">!</span>
      <div>
        <p ref={questionRef} tabIndex={-1}>
          {t(ui, words.question)}
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
            {t(ui, words.yes)}
          </button>
          <button type="button" class="link-button" onClick={() => setConfirming(false)}>
            {t(ui, words.cancel)}
          </button>
        </div>
      </div>
    </div>
  ) : (
    <p>
      <button ref={deleteRef} type="button" class={buttonClass} onClick={() => setConfirming(true)}>
        {t(ui, words.button)}
      </button>
    </p>
  );
}
