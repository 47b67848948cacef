/**
 * "Are you sure?" before a deletion on the drafts page: the question (focused when it opens, so a screen
 * reader reads it), the button that deletes and the one that does not, in a labelled group.
 */
import type { ComponentChildren, Ref } from 'preact';

interface Props {
  label: string;
  askRef: Ref<HTMLParagraphElement>;
  children: ComponentChildren;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}

export function Confirm({ label, askRef, children, yes, no, onYes, onNo }: Props) {
  return (
    <div class="warning" role="group" aria-label={label}>
      <span class="warning-icon" aria-hidden="true">!</span>
      <div>
        <p ref={askRef} tabIndex={-1}>
          {children}
        </p>
        <div class="button-group">
          <button type="button" class="button button--warning" onClick={onYes}>
            {yes}
          </button>
          <button type="button" class="link-button" onClick={onNo}>
            {no}
          </button>
        </div>
      </div>
    </div>
  );
}
