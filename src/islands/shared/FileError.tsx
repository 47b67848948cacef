/**
 * A refused answers file, as GOV.UK reports an error: an error summary that links to the file field
 * (with "Error: " in front of the page title while it shows, see error-title.ts, and the message again by
 * the field). The questionnaire loads it with the file reader, only when a file is opened.
 */
import type { Ref } from 'preact';
import { Marked } from './Marked.tsx';

export interface FileProblem {
  title: string;
  text: string;
  details: string[];
  /** The file's name, as the user's system gave it: isolated wherever the text shows it. */
  name: string;
}

/** Moves focus to a field, opening the disclosure it may be folded in (the questionnaire's "Your answers on this device"). */
export function focusField(id: string) {
  const field = document.getElementById(id);
  const folded = field?.closest('details');
  if (folded) folded.open = true;
  field?.focus();
}

interface Props {
  problem: FileProblem;
  /** The file input's id, which the message links to. */
  fieldId: string;
  headingId: string;
  summaryRef: Ref<HTMLDivElement>;
}

export function FileErrorSummary({ problem, fieldId, headingId, summaryRef }: Props) {
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={headingId}>
      <h2 id={headingId}>{problem.title}</h2>
      <ul>
        <li>
          <a
            href={`#${fieldId}`}
            onClick={(e) => {
              e.preventDefault();
              focusField(fieldId);
            }}
          >
            <Marked text={problem.text} isolate={[problem.name]} />
          </a>
        </li>
      </ul>
      {problem.details.length > 0 && (
        <ul class="details">
          {problem.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
