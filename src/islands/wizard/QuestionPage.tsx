/** One question per page, GOV.UK style: the question is the page heading; errors on submit. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, Ref } from 'preact';
import type { Question } from '../../domain/questionnaire/schema.ts';
import type { Option } from '../../domain/questionnaire/schema.ts';
import { MAX_TEXT } from '../../domain/answers/format.ts';
import { count, t, type UiStrings } from '../../domain/ui/strings.ts';
import { charCountMessage, COUNT_ANNOUNCE_DELAY_MS } from '../../domain/ui/char-count.ts';

type Value = string | string[] | undefined;

/** A question on the page with the options that apply and the value it opens with. */
export interface PageQuestion {
  question: Question;
  options: Option[];
  initial: Value;
}

export interface QuestionPageProps {
  question: Question;
  options: Option[];
  caption: string;
  initial: Value;
  /** The other questions asked on this page (see src/domain/questionnaire/pages.ts), with its heading. */
  companions?: PageQuestion[];
  heading?: string | undefined;
  /** Each failing question's message, by question id. */
  errors: Record<string, string>;
  ui: UiStrings;
  headingRef: Ref<HTMLHeadingElement>;
  /** The page's answers: its question's value, and the companions' by id. */
  onSubmit: (value: Value, companions: Record<string, Value>) => void;
  /**
   * Whether the session can take an answer (it is not reading the device). Continue submits only when it
   * can and the page is hydrated: the first question is in the page itself, so it can be seen (and
   * answered) before the script runs, and until then Continue must not submit the form natively, which
   * would reload the page and put the answer in the address and the browser's history.
   */
  ready: boolean;
  /** A Continue waits for the questionnaire's engine to arrive (the first answer of a visit). */
  busy?: boolean;
  /** Told of every change not yet submitted, so that leaving by Back keeps it (as a draft) for the return. */
  onDraft?: (question: string, value: Value) => void;
  /** Shown after "Why we ask this", before Continue: the lessons behind the question. */
  lessons?: ComponentChildren;
}

/**
 * Whether a question page has been brought to life in this page yet: the first is drawn by the server and
 * hydrated with a Continue that does not submit; it, and every page after it, then submits. Kept here, so
 * that the hydration flips one button, not a render of the whole questionnaire. (Effects never run on the
 * server, so it stays false there.)
 */
let live = false;

/** The id of the field an error summary links to: the first input of the question. */
export const fieldId = (questionId: string) => `f-${questionId}`;

export function QuestionPage({ question, options, caption, initial, companions = [], heading, errors, ui, headingRef, onSubmit, onDraft, lessons, ready, busy = false }: QuestionPageProps) {
  const all: PageQuestion[] = [{ question, options, initial }, ...companions];
  const [values, setValues] = useState<Record<string, Value>>(() => Object.fromEntries(all.map((x) => [x.question.id, x.initial])));
  // The draft is told at once, not in an effect after the render: Back may come before that.
  const setValue = (id: string, v: Value) => {
    setValues((prev) => ({ ...prev, [id]: v }));
    onDraft?.(id, v);
  };
  const formRef = useRef<HTMLFormElement>(null);
  const [alive, setAlive] = useState(live);
  // A choice made before the script ran lives only in the page (hydration leaves inputs as they are):
  // take it over, or Continue would report it missing and the next render would clear it.
  useEffect(() => {
    live = true;
    setAlive(true);
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    for (const { question: q, initial: was } of all) {
      const inPage = q.type === 'multiple' ? data.getAll(q.id).map(String) : (data.get(q.id) as string | null) ?? undefined;
      const empty = Array.isArray(inPage) ? inPage.length === 0 : !inPage;
      if (!empty && JSON.stringify(inPage) !== JSON.stringify(was)) setValue(q.id, inPage);
    }
  }, []);
  // One question: it is the page heading. Several: the page's heading is, and each question is a
  // fieldset's legend (or a field's label) under it, GOV.UK style.
  const single = companions.length === 0;
  const fields = all.map(({ question: q, options }) => (
    <Field key={q.id} q={q} options={options} value={values[q.id]} setValue={(v) => setValue(q.id, v)} error={errors[q.id]} ui={ui}
      caption={caption} heading={single ? headingRef : undefined} />
  ));
  return (
    <form
      aria-busy={busy ? 'true' : undefined}
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(values[question.id], Object.fromEntries(companions.map((c) => [c.question.id, values[c.question.id]])));
      }}
    >
      {single || (
        <>
          <span class="caption">{caption}</span>
          <h1 ref={headingRef} tabIndex={-1}>
            {heading}
          </h1>
        </>
      )}
      {fields}
      {lessons}
      <button type={ready && alive ? 'submit' : 'button'} class="button">
        {t(ui, 'wizard.continue')}
      </button>
    </form>
  );
}

interface FieldProps {
  q: Question;
  options: Option[];
  value: Value;
  setValue: (v: Value) => void;
  error: string | undefined;
  ui: UiStrings;
  caption: string;
  /** Given when the question is the page heading (it is alone on its page): the focus target. */
  heading?: Ref<HTMLHeadingElement> | undefined;
}

/** One question's fieldset (or labelled field), its hint and its error message. */
function Field({ q, options, value, setValue, error, ui, caption, heading }: FieldProps) {
  const text = typeof value === 'string' ? value : '';
  // The length the live region reads: updated when typing pauses, not on every key.
  const [announced, setAnnounced] = useState(text.length);
  useEffect(() => {
    if (q.type !== 'longtext' || text.length === announced) return;
    const timer = setTimeout(() => setAnnounced(text.length), COUNT_ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const hintId = `${q.id}-hint`;
  const errorId = `${q.id}-error`;
  const describedBy = [q.hint || q.type === 'multiple' ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {q.label}
      {!q.required && <span class="muted"> {t(ui, 'wizard.optional')}</span>}
    </>
  );
  const hint = (q.hint || q.type === 'multiple') && (
    <div id={hintId} class="hint">
      {q.hint}
      {q.type === 'multiple' && <> {t(ui, 'wizard.select-all')}</>}
    </div>
  );
  const errorMessage = error && (
    <p id={errorId} class="error-message">
      <span class="visually-hidden">{t(ui, 'wizard.error-prefix')} </span>
      {error}
    </p>
  );
  const list = Array.isArray(value) ? value : [];

  // Alone on its page, the question is the page heading; under a page's heading, a medium-sized legend or label.
  const cap = heading && <span class="caption">{caption}</span>;
  let field;
  if (q.type === 'single' || q.type === 'multiple') {
    field = (
      <fieldset aria-describedby={describedBy}>
        <legend>
          {cap}
          {heading ? (
            <h1 ref={heading} tabIndex={-1}>
              {label}
            </h1>
          ) : (
            <span class="legend-m">{label}</span>
          )}
        </legend>
        {hint}
        {errorMessage}
        <div class="choices">
          {options.map((o, i) => {
            const id = i === 0 ? fieldId(q.id) : `${fieldId(q.id)}-${o.id}`;
            const checked = q.type === 'single' ? value === o.id : list.includes(o.id);
            return (
              <div class="choice" key={o.id}>
                <input
                  id={id}
                  type={q.type === 'single' ? 'radio' : 'checkbox'}
                  name={q.id}
                  value={o.id}
                  checked={checked}
                  aria-describedby={o.hint ? `${id}-hint` : undefined}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    if (q.type === 'single') setValue(o.id);
                    else setValue(on ? [...list, o.id] : list.filter((x) => x !== o.id));
                  }}
                />
                <div>
                  <label for={id}>{o.label}</label>
                  {o.hint && (
                    <div id={`${id}-hint`} class="hint">
                      {o.hint}
                    </div>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    );
  } else {
    const common = {
      id: fieldId(q.id),
      name: q.id,
      class: 'input',
      value: text,
      spellcheck: true,
      // Arabic or Urdu typed here runs right to left, aligned as its writer expects.
      dir: 'auto' as const,
      'aria-describedby': [describedBy, q.type === 'longtext' ? `${q.id}-count-info` : ''].filter(Boolean).join(' ') || undefined,
      onInput: (e: Event) => setValue((e.currentTarget as HTMLInputElement).value),
    };
    field = (
      <>
        {cap}
        {heading ? (
          <h1 ref={heading} tabIndex={-1} class="label-heading">
            <label for={fieldId(q.id)}>{label}</label>
          </h1>
        ) : (
          <label class="legend-m" for={fieldId(q.id)}>
            {label}
          </label>
        )}
        {hint}
        {errorMessage}
        {q.type === 'longtext' ? <textarea rows={8} {...common} /> : <input type="text" autocomplete="off" {...common} />}
        {q.type === 'longtext' && (
          // GOV.UK's character count: the limit is part of the field's description; the count shows at
          // once but is hidden from screen readers, which hear it from a polite live region once typing pauses.
          <>
            <span id={`${q.id}-count-info`} class="visually-hidden">
              {t(ui, 'wizard.chars-info', { max: count(ui, MAX_TEXT) })}
            </span>
            <span class={text.length > MAX_TEXT ? 'count count--over' : 'count'} aria-hidden="true">
              {charCountMessage(ui, text.length, MAX_TEXT)}
            </span>
            <span id={`${q.id}-count`} class="visually-hidden" aria-live="polite">
              {charCountMessage(ui, announced, MAX_TEXT)}
            </span>
          </>
        )}
      </>
    );
  }

  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      {field}
      <details>
        <summary>{t(ui, 'wizard.why')}</summary>
        <div>
          <p>{q.why}</p>
        </div>
      </details>
    </div>
  );
}
