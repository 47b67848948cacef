/** The risks the current answers raise, why, and what to add to the mandate. Updates with the answers. */
import type { RiskFinding } from '../../domain/rules/findings.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';

export interface RiskCard {
  finding: RiskFinding;
  because: string[];
  cases: { id: string; country: string }[];
}

export function Risks({ items, ui, base }: { items: RiskCard[]; ui: UiStrings; base: string }) {
  return (
    <section aria-labelledby="risks-title" class="risks">
      <h2 id="risks-title">{t(ui, 'check.risks-title')}</h2>
      {items.length === 0 ? (
        <p>{t(ui, 'check.no-risks')}</p>
      ) : (
        <>
          <p>{t(ui, 'check.risks-lede', { count: items.length })}</p>
          <ul class="risk-list">
            {items.map(({ finding: { risk, safeguards, questions, basis }, because, cases }) => (
              <li key={risk.id} class={`risk risk--${risk.severity}`} data-risk={risk.id}>
                <h3>
                  <strong class={`tag tag--risk-${risk.severity}`}>{t(ui, `check.severity.${risk.severity}`)}</strong> {risk.title}
                </h3>
                <p>{risk.risk}</p>
                <p class="because">
                  <strong>{t(ui, 'check.because')}</strong> {because.join('; ')}
                </p>
                <p>
                  <strong>{t(ui, 'check.what-to-add')}</strong> {risk.mitigation}
                </p>
                {safeguards.length > 0 && (
                  <ul>
                    {safeguards.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                )}
                <p>
                  <strong>{t(ui, 'check.questions')}</strong>
                </p>
                <ul class="risk-questions">
                  {questions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
                {cases.length === 0 && basis !== 'explicit' && <p class="source-note">{t(ui, `check.${basis === 'implied' ? 'implied' : 'external-basis'}`)}</p>}
                {cases.length > 0 && (
                  <p class="source-note">
                    {t(ui, 'check.risk-cases')}{' '}
                    {cases.map((c, i) => (
                      <>
                        {i > 0 && ', '}
                        <a href={`${base}cases/${c.id}/`}>{c.country}</a>
                      </>
                    ))}
                    {basis === 'implied' && <> {t(ui, 'check.implied')}</>}
                    {basis === 'external' && <> {t(ui, 'check.external-basis')}</>}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
