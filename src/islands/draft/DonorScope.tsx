/**
 * The donor's plan and budget, entered on the draft page: phases, modality, a budget by category and
 * phase, co-funding and exit. Every figure is the donor's own (an empty cell stays empty); totals are
 * computed in the domain (support/budget.ts). Entries are kept in this browser as typed, so a mistyped
 * figure loses nothing: it gets a message beside it, and the downloads wait until it is a number.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decodeAnswersBytes } from '../../domain/answers/encoding.ts';
import { MAX_DONOR_FILE, readDonorScopeFile } from '../../domain/support/budget.ts';
import { Marked } from '../shared/Marked.tsx';
import { budgetTable, cellKey, formatAmount, MAX_FIELD, MAX_PHASES, MODALITIES, removePhase, type Category, type DonorScope as Scope } from '../../domain/support/budget.ts';
import { t, uiLang, type UiStrings } from '../../domain/ui/strings.ts';
import { readDonorSaved, writeDonorSaved } from './donor-storage.ts';

export type DonorDownload = 'pdf' | 'docx' | 'csv' | 'json';

interface Props {
  ui: UiStrings;
  /** The scope to start from when this browser keeps none: one phase, named after the answers' phase. */
  initial: Scope;
  busy: boolean;
  onChange: (scope: Scope) => void;
  onDownload: (kind: DonorDownload, scope: Scope) => void;
}

const cellId = (c: Category, i: number, field: 'units' | 'amount') => `donor-${c}-${i}-${field}`;
const monthsId = (i: number) => `donor-phase-${i}-months`;

export function DonorScope({ ui, initial, busy, onChange, onDownload }: Props) {
  const [scope, setScope] = useState<Scope>(() => readDonorSaved() ?? initial);
  const [kept, setKept] = useState(true);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [summary, setSummary] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusNext, setFocusNext] = useState<string | null>(null);
  /** A plan file that could not be opened (its reason), or the name of the one just opened. */
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const fileSummaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fileProblem) fileSummaryRef.current?.focus();
  }, [fileProblem]);

  const lang = uiLang(ui);
  const table = useMemo(() => budgetTable(scope, { number: t(ui, 'donor.error-number'), months: t(ui, 'donor.error-months') }, lang), [scope]);
  const phaseName = (i: number) => scope.phases[i]!.name.trim() || t(ui, 'donor.phase-name', { n: i + 1 });
  const categoryName = (c: Category) => t(ui, `scope.category.${c}`);
  const unitsLabel = (c: Category, i: number) => t(ui, 'donor.units-of', { category: categoryName(c), unit: t(ui, `scope.unit.${c}`), phase: phaseName(i) });
  const amountLabel = (c: Category, i: number) => t(ui, 'donor.amount-of', { category: categoryName(c), phase: phaseName(i) });
  /** Each field whose entry is not a number: its id, what it is called, and the message. */
  const errorOf = new Map(
    table.errors.map((e) => {
      const [head, n] = e.key.split('/') as [string, string];
      const i = Number(n);
      if (e.field === 'months') return [monthsId(i), { label: t(ui, 'donor.phase-months', { n: i + 1 }), text: e.text }] as const;
      const c = head as Category;
      return [cellId(c, i, e.field), { label: e.field === 'units' ? unitsLabel(c, i) : amountLabel(c, i), text: e.text }] as const;
    }),
  );
  const shown = (id: string) => (summary || touched.has(id) ? errorOf.get(id)?.text : undefined);

  useEffect(() => onChange(scope), []);
  const update = (next: Scope) => {
    setScope(next);
    setKept(writeDonorSaved(next));
    onChange(next);
  };
  useEffect(() => {
    if (summary) summaryRef.current?.focus();
  }, [summary]);
  useEffect(() => {
    if (focusNext) document.getElementById(focusNext)?.focus();
    setFocusNext(null);
  }, [focusNext]);
  // Once every figure is a number again, the summary has nothing to say.
  useEffect(() => {
    if (summary && errorOf.size === 0) setSummary(false);
  }, [errorOf.size]);

  const blur = (id: string) => () => touched.has(id) || setTouched(new Set([...touched, id]));
  const download = (kind: DonorDownload) => {
    if (errorOf.size) {
      // The summary may already be open: focus it again, so the press is never silent.
      if (summary) summaryRef.current?.focus();
      setSummary(true);
      return;
    }
    onDownload(kind, scope);
  };
  const setCell = (c: Category, i: number, field: 'units' | 'amount', value: string) => {
    const key = cellKey(c, i);
    const cell = scope.cells[key] ?? { units: '', amount: '' };
    update({ ...scope, cells: { ...scope.cells, [key]: { ...cell, [field]: value } } });
  };
  const errorText = (id: string) => {
    const e = shown(id);
    return e ? (
      <p id={`${id}-error`} class="error-message">
        <span class="visually-hidden">{t(ui, 'wizard.error-prefix')} </span>
        {e}
      </p>
    ) : null;
  };
  const numberInput = (id: string, value: string, label: string, set: (v: string) => void, cls = 'input input--cell') => (
    <>
      <input
        id={id}
        class={shown(id) ? `${cls} input--error` : cls}
        type="text"
        inputMode="decimal"
        spellcheck={false}
        autoComplete="off"
        aria-label={label}
        value={value}
        maxLength={24}
        aria-invalid={shown(id) ? 'true' : undefined}
        aria-describedby={shown(id) ? `${id}-error` : undefined}
        onInput={(e) => set(e.currentTarget.value)}
        onBlur={blur(id)}
      />
      {errorText(id)}
    </>
  );

  return (
    <section class="donor-scope no-print" aria-labelledby="donor-title">
      <h2 id="donor-title">{t(ui, 'donor.title')}</h2>
      <p>{t(ui, 'donor.lede')}</p>
      {!kept && (
        <div class="warning" role="note">
          <span class="warning-icon" aria-hidden="true">!</span>
          <p>{t(ui, 'donor.not-kept')}</p>
        </div>
      )}
      {summary && errorOf.size > 0 && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="donor-error-title">
          <h3 id="donor-error-title">{t(ui, 'donor.error-summary')}</h3>
          <ul>
            {[...errorOf].map(([id, e]) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(id)?.focus();
                  }}
                >
                  {e.label}: {e.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="form-group">
        <label for="donor-currency">{t(ui, 'donor.currency')}</label>
        <div id="donor-currency-hint" class="hint">{t(ui, 'donor.currency-hint')}</div>
        <input id="donor-currency" class="input input--short" type="text" maxLength={12} aria-describedby="donor-currency-hint" value={scope.currency} onInput={(e) => update({ ...scope, currency: e.currentTarget.value })} />
      </div>
      <fieldset class="form-group">
        <legend>{t(ui, 'donor.phases')}</legend>
        {scope.phases.map((p, i) => (
          <div class="donor-phase" key={i}>
            <div>
              <label for={`donor-phase-${i}-name`}>{t(ui, 'donor.phase-name', { n: i + 1 })}</label>
              <input id={`donor-phase-${i}-name`} class="input" type="text" maxLength={120} value={p.name} onInput={(e) => update({ ...scope, phases: scope.phases.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)) })} />
            </div>
            <div class={shown(monthsId(i)) ? 'form-group--error' : undefined}>
              <label for={monthsId(i)}>{t(ui, 'donor.phase-months', { n: i + 1 })}</label>
              {numberInput(monthsId(i), p.months, t(ui, 'donor.phase-months', { n: i + 1 }), (v) => update({ ...scope, phases: scope.phases.map((x, j) => (j === i ? { ...x, months: v } : x)) }), 'input input--short')}
            </div>
            {scope.phases.length > 1 && (
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  update(removePhase(scope, i));
                  setFocusNext(`donor-phase-${Math.max(0, i - 1)}-name`);
                }}
              >
                {t(ui, 'donor.remove-phase', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        {scope.phases.length < MAX_PHASES && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              update({ ...scope, phases: [...scope.phases, { name: '', months: '' }] });
              setFocusNext(`donor-phase-${scope.phases.length}-name`);
            }}
          >
            {t(ui, 'donor.add-phase')}
          </button>
        )}
      </fieldset>
      <fieldset class="form-group" aria-describedby="donor-modality-hint">
        <legend>{t(ui, 'donor.modality')}</legend>
        <div id="donor-modality-hint" class="hint">{t(ui, 'donor.modality-hint')}</div>
        <div class="choices">
          {MODALITIES.map((m) => (
            <div class="choice" key={m}>
              <input
                id={`donor-modality-${m}`}
                type="checkbox"
                checked={scope.modality.includes(m)}
                onChange={(e) => update({ ...scope, modality: MODALITIES.filter((x) => (x === m ? e.currentTarget.checked : scope.modality.includes(x))) })}
              />
              <label for={`donor-modality-${m}`}>{t(ui, `scope.modality.${m}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div class="table-wrap">
        <table class="table budget-form">
          <caption>{t(ui, 'donor.budget')}{scope.currency.trim() ? ` (${scope.currency.trim()})` : ''}</caption>
          <thead>
            <tr>
              <td />
              {scope.phases.map((_, i) => (
                <th key={i} scope="colgroup" colSpan={2}>{phaseName(i)}</th>
              ))}
              <th scope="colgroup" colSpan={2}>{t(ui, 'scope.total')}</th>
            </tr>
            <tr>
              <th scope="col">{t(ui, 'scope.category')}</th>
              {[...scope.phases, null].map((_, i) => [
                <th key={`u${i}`} scope="col">{t(ui, 'scope.units')}</th>,
                <th key={`a${i}`} scope="col">{t(ui, 'scope.amount')}</th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => {
              const category = categoryName(r.category);
              const unit = t(ui, `scope.unit.${r.category}`);
              return (
                <tr key={r.category}>
                  <th scope="row">
                    {category} <span class="hint">({unit})</span>
                  </th>
                  {scope.phases.map((_, i) => {
                    const cell = scope.cells[cellKey(r.category, i)] ?? { units: '', amount: '' };
                    return [
                      <td key={`u${i}`} class={shown(cellId(r.category, i, 'units')) ? 'form-group--error' : undefined}>
                        {numberInput(cellId(r.category, i, 'units'), cell.units, unitsLabel(r.category, i), (v) => setCell(r.category, i, 'units', v))}
                      </td>,
                      <td key={`a${i}`} class={shown(cellId(r.category, i, 'amount')) ? 'form-group--error' : undefined}>
                        {numberInput(cellId(r.category, i, 'amount'), cell.amount, amountLabel(r.category, i), (v) => setCell(r.category, i, 'amount', v))}
                      </td>,
                    ];
                  })}
                  <td class="table-number" data-total={`${r.category}-units`}>{formatAmount(r.totalUnits, lang)}</td>
                  <td class="table-number" data-total={`${r.category}-amount`}>{formatAmount(r.totalAmount, lang)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t(ui, 'scope.total-amount')}</th>
              {table.phaseTotals.map((x, i) => [<td key={`u${i}`} />, <td key={`a${i}`} class="table-number">{formatAmount(x, lang)}</td>])}
              <td />
              <td class="table-number" data-total="all">{formatAmount(table.total, lang)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {(['cofunding', 'exit'] as const).map((f) => (
        <div class="form-group" key={f}>
          <label for={`donor-${f}`}>{t(ui, `donor.${f}`)}</label>
          <div id={`donor-${f}-hint`} class="hint">{t(ui, `donor.${f}-hint`)}</div>
          <textarea id={`donor-${f}`} class="input" rows={3} maxLength={MAX_FIELD} aria-describedby={`donor-${f}-hint`} value={scope[f]} onInput={(e) => update({ ...scope, [f]: e.currentTarget.value })} />
        </div>
      ))}
      <div class="button-group">
        <button type="button" class="button" aria-disabled={busy ? 'true' : undefined} aria-describedby="draft-pdf-untagged" onClick={() => download('pdf')}>
          {t(ui, 'scope.download')}
        </button>
        <button type="button" class="button button--secondary" aria-disabled={busy ? 'true' : undefined} onClick={() => download('docx')}>
          {t(ui, 'scope.download-docx')}
        </button>
        <button type="button" class="button button--secondary" aria-disabled={busy ? 'true' : undefined} onClick={() => download('csv')}>
          {t(ui, 'donor.download-csv')}
        </button>
      </div>
      <p class="hint">{t(ui, 'donor.file-hint')}</p>
      <div class="button-group">
        <button type="button" class="button button--secondary" aria-disabled={busy ? 'true' : undefined} onClick={() => onDownload('json', scope)}>
          {t(ui, 'donor.save-file')}
        </button>
      </div>
      {fileProblem && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={fileSummaryRef} aria-labelledby="donor-file-error-title">
          <h3 id="donor-file-error-title">{t(ui, 'donor.file-error-title')}</h3>
          <ul>
            <li>
              <a
                href="#donor-open"
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById('donor-open')?.focus();
                }}
              >
                {fileProblem}
              </a>
            </li>
          </ul>
        </div>
      )}
      {opened && (
        <p class="notification notification--success" role="status">
          <Marked text={t(ui, 'donor.file-opened', { name: opened })} isolate={[opened]} />
        </p>
      )}
      <div class={fileProblem ? 'form-group form-group--error' : 'form-group'}>
        <label for="donor-open">{t(ui, 'donor.open-file')}</label>
        <div id="donor-open-hint" class="hint">{t(ui, 'donor.open-file-hint')}</div>
        {fileProblem && (
          <p id="donor-open-error" class="error-message">
            <span class="visually-hidden">{t(ui, 'wizard.error-prefix')} </span>
            {fileProblem}
          </p>
        )}
        <input
          id="donor-open"
          type="file"
          accept=".json,application/json"
          aria-describedby={fileProblem ? 'donor-open-hint donor-open-error' : 'donor-open-hint'}
          onChange={async (e) => {
            const input = e.currentTarget;
            const picked = input.files?.[0];
            input.value = '';
            if (!picked) return;
            // A file far too big for a plan is refused before it is read into memory.
            const r = picked.size > MAX_DONOR_FILE ? ({ ok: false, reason: 'too-large' } as const) : readDonorScopeFile(new Uint8Array(await picked.arrayBuffer()), decodeAnswersBytes);
            if (!r.ok) {
              // The form keeps what it holds: a refused file changes nothing.
              setOpened(null);
              return setFileProblem(t(ui, `donor.file-error.${r.reason}`));
            }
            setFileProblem(null);
            setTouched(new Set());
            setSummary(false);
            update(r.scope);
            setOpened(picked.name);
          }}
        />
      </div>
    </section>
  );
}
