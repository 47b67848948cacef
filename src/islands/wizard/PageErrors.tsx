/**
 * A question page's error summary (GOV.UK pattern): one link per refused answer, in the page's order,
 * each moving focus to its own field. The page focuses the summary itself after each refusal.
 */
import type { Ref } from 'preact';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { fieldId } from './QuestionPage.tsx';

export function PageErrors({ errors, ui, summaryRef }: { errors: readonly { id: string; text: string }[]; ui: UiStrings; summaryRef: Ref<HTMLDivElement> }) {
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t(ui, 'wizard.error-summary')}</h2>
      <ul>
        {errors.map(({ id, text }) => (
          <li key={id}>
            <a href={`#${fieldId(id)}`} onClick={(e) => {
              e.preventDefault();
              document.getElementById(fieldId(id))?.focus();
            }}>
              {text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
