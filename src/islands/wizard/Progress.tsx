/** Progress by mandate area, beside the question. */
import type { ProgressItem } from '../../domain/wizard/view.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';

export function Progress({ items, ui }: { items: ProgressItem[]; ui: UiStrings }) {
  return (
    // A list of where the user is, with no links: no navigation landmark.
    <div class="progress">
      <h2 id="progress-title">{t(ui, 'wizard.progress')}</h2>
      <ol aria-labelledby="progress-title">
        {items.map((s) => (
          <li key={s.id} aria-current={s.status === 'current' ? 'step' : undefined}>
            <span>{s.title}</span>
            <span class="status">{t(ui, `wizard.progress.${s.status}`)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
