/**
 * A scenario's decided context, shown and not asked: while a scenario is loaded, a context question it
 * has decided reads as a statement with Continue, and changing it asks first. Loaded by the wizard only
 * once a scenario is in play, so the questionnaire's first page carries none of it. Which questions are
 * decided is the domain's (decidedByScenario); this only shows it. Otherwise it shows the question page.
 */
import { Component, createRef, type ComponentChildren, type Ref } from 'preact';
import type { Question } from '../../domain/questionnaire/schema.ts';
import { decidedByScenario } from '../../domain/scenarios/context.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';

interface Props {
  question: Question;
  answer: string | readonly string[] | undefined;
  context: Readonly<Record<string, string | readonly string[]>> | undefined;
  scenario: string;
  caption: string;
  ui: UiStrings;
  headingRef: Ref<HTMLHeadingElement>;
  onContinue: () => void;
  /** The ordinary question page, shown when the question is not decided or the user chose to change it. */
  children: ComponentChildren;
}

interface State {
  /** Questions the user has chosen to change, for this visit. */
  unlocked: ReadonlySet<string>;
  asking: boolean;
}

/**
 * A class, not hooks: the questionnaire's first page keeps preact/hooks in its own bundle, and a lazily
 * loaded component using hooks split them into a chunk of their own (0.5 KB gzip more before the first
 * answer).
 */
export class LockedContext extends Component<Props, State> {
  override state: State = { unlocked: new Set(), asking: false };
  askRef = createRef<HTMLHeadingElement>();
  changeRef = createRef<HTMLButtonElement>();

  override componentDidUpdate(prev: Props, before: State) {
    if (prev.question.id !== this.props.question.id && this.state.asking) this.setState({ asking: false });
    if (this.state.asking && !before.asking) this.askRef.current?.focus();
    if (!this.state.asking && before.asking && this.state.unlocked === before.unlocked) this.changeRef.current?.focus();
    // After "Yes, change it" the question page replaces this one: its heading takes focus.
    if (this.state.unlocked !== before.unlocked) (this.props.headingRef as { current: HTMLElement | null }).current?.focus();
  }

  override render() {
    const { question: q, answer, context, scenario, caption, ui, headingRef, onContinue, children } = this.props;
    const { unlocked, asking } = this.state;
    if (unlocked.has(q.id) || !decidedByScenario(context, q.id, answer)) return <>{children}</>;
    const ids = answer === undefined ? [] : typeof answer === 'string' ? [answer] : [...answer];
    const words = q.options ? ids.map((id) => q.options!.find((o) => o.id === id)?.label ?? id) : ids;
    return (
      // A form, as a question page is: Continue submits the decided answer, which an <output> named after the
      // question shows.
      <form
        class="locked-context"
        onSubmit={(e) => {
          e.preventDefault();
          onContinue();
        }}
      >
        <span class="caption">{caption}</span>
        <h1 tabIndex={-1} ref={headingRef}>
          {q.label}
        </h1>
        <div class="inset">
          <p>{t(ui, 'workshop.locked-intro', { scenario })}</p>
          <p>
            <output name={q.id}>
              <strong>
                <bdi>{words.join(', ')}</bdi>
              </strong>
            </output>
          </p>
        </div>
        {asking ? (
          <div class="warning">
            <span class="warning-icon" aria-hidden="true">
              !
            </span>
            <div>
              <h2 tabIndex={-1} ref={this.askRef}>
                {t(ui, 'workshop.locked-ask-title')}
              </h2>
              <p>{t(ui, 'workshop.locked-ask-body')}</p>
              <div class="button-group">
                <button type="button" class="button button--warning" onClick={() => this.setState({ unlocked: new Set([...unlocked, q.id]), asking: false })}>
                  {t(ui, 'workshop.locked-yes')}
                </button>
                <button type="button" class="button button--secondary" onClick={() => this.setState({ asking: false })}>
                  {t(ui, 'workshop.locked-no')}
                </button>
              </div>
            </div>
          </div>
        ) : (
          <div class="button-group">
            <button type="submit" class="button">
              {t(ui, 'wizard.continue')}
            </button>
            <button type="button" class="button button--secondary" ref={this.changeRef} onClick={() => this.setState({ asking: true })}>
              {t(ui, 'workshop.locked-change')}
            </button>
          </div>
        )}
      </form>
    );
  }
}
