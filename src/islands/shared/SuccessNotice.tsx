/**
 * A success message that takes focus when it appears or changes ("Answers loaded from …", "Your answers
 * have been deleted"), so a screen reader user hears what just happened where the page changed.
 */
import { useEffect, useRef } from 'preact/hooks';

export function SuccessNotice({ text, noPrint = false }: { text: string; noPrint?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [text]);
  return (
    <div class={`notification notification--success${noPrint ? ' no-print' : ''}`} role="status" tabIndex={-1} ref={ref}>
      <p>{text}</p>
    </div>
  );
}
