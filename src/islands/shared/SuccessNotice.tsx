/**
 * A success message that takes focus when it appears or changes ("Answers loaded from …", "Your answers
 * have been deleted"), so a screen reader user hears what just happened where the page changed.
 */
import { useEffect, useRef } from 'preact/hooks';
import { Marked } from './Marked.tsx';

/** `isolate`: the parts of the text the user named or typed (a file name), isolated for right-to-left text. */
export function SuccessNotice({ text, noPrint = false, isolate = [] }: { text: string; noPrint?: boolean; isolate?: readonly string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [text]);
  return (
    <div class={`notification notification--success${noPrint ? ' no-print' : ''}`} role="status" tabIndex={-1} ref={ref}>
      <p>
        <Marked text={text} isolate={isolate} />
      </p>
    </div>
  );
}
