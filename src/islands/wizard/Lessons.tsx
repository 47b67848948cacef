/** The lessons behind a question, each naming its cases and linking to their pages. */
import type { Lesson } from '../../domain/knowledge/schema.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';

export interface LessonCard {
  lesson: Lesson;
  cases: { id: string; country: string }[];
}

export function Lessons({ items, ui, base }: { items: LessonCard[]; ui: UiStrings; base: string }) {
  if (items.length === 0) return null;
  return (
    <details class="lessons-disclosure">
      <summary>{t(ui, 'wizard.lessons', { count: items.length })}</summary>
      <div>
        <ul class="lessons">
          {items.map(({ lesson, cases }) => (
            <li key={lesson.id}>
              {/* h2: the page has only its h1 above (the disclosure's summary is no heading). */}
              <h2>{lesson.title}</h2>
              <p>
                {lesson.origin === 'external' && <strong class="tag tag--external">{t(ui, 'cases.outside')}</strong>} {lesson.text}
              </p>
              {cases.length > 0 && (
                <p class="source-note">
                  {t(ui, 'wizard.lesson-cases')}{' '}
                  {cases.map((c, i) => (
                    <>
                      {i > 0 && ', '}
                      <a href={`${base}cases/${c.id}/#lesson-${lesson.id}`}>{c.country}</a>
                    </>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
