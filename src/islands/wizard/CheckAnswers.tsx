/** Check your answers: every answer that applies, grouped by mandate area, each with a Change link. */
import type { ComponentChildren, Ref } from 'preact';
import type { CheckSection } from '../../domain/wizard/check.ts';
import type { Question } from '../../domain/questionnaire/schema.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';

interface Props {
  sections: CheckSection[];
  missing: Question[];
  ui: UiStrings;
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (questionId: string) => void;
  /** Shown under the lede: what a workshop's short path left for later. */
  note?: ComponentChildren;
}

export function CheckAnswers({ sections, missing, ui, headingRef, onChange, note }: Props) {
  const change = (q: Question) => (
    <a
      href={`#change-${q.id}`}
      onClick={(e) => {
        e.preventDefault();
        onChange(q.id);
      }}
    >
      {t(ui, 'check.change')}
      <span class="visually-hidden"> {q.shortLabel.toLowerCase()}</span>
    </a>
  );
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t(ui, 'check.title')}
      </h1>
      <p>{t(ui, 'check.lede')}</p>
      {note}
      {missing.length > 0 && (
        <div class="warning" role="note">
          <span class="warning-icon" aria-hidden="true">!</span>
          <div>
            <p>{missing.length === 1 ? t(ui, 'check.missing-one') : t(ui, 'check.missing', { count: missing.length })}</p>
            <ul>
              {missing.map((q) => (
                <li key={q.id}>
                  <a
                    href={`#change-${q.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onChange(q.id);
                    }}
                  >
                    {q.shortLabel}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`check-${s.id}`}>
          <h2 id={`check-${s.id}`}>{s.title}</h2>
          <dl class="summary">
            {s.rows.map((r) => (
              <div class="summary-row" key={r.question.id}>
                <dt>{r.question.shortLabel}</dt>
                <dd>
                  {r.values.length === 0 ? (
                    <span class="summary-missing">{t(ui, 'check.not-provided')}</span>
                  ) : r.list ? (
                    <ul>
                      {r.values.map((v) => (
                        <li key={v}>{v}</li>
                      ))}
                    </ul>
                  ) : (
                    <span dir="auto">{r.values[0]}</span>
                  )}
                </dd>
                <dd>{change(r.question)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
