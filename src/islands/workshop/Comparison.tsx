/**
 * The participant's design beside what the historical body did, area by area, from the answers on this
 * device. Printable as a handout (the print stylesheet hides the site's frame and the buttons).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnswersFile } from '../../domain/answers/file.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { effectiveAnswers } from '../../domain/questionnaire/visibility.ts';
import { compareWithHistory, type ComparisonRow, type ScenarioView } from '../../domain/scenarios/compare.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { Sources } from '../../renderers/html/MandateView.tsx';
import { FileOpener } from '../shared/FileOpener.tsx';
import { SuccessNotice } from '../shared/SuccessNotice.tsx';
import { Marked } from '../shared/Marked.tsx';
import { readSaved } from '../shared/storage.ts';

interface Props {
  questionnaire: Questionnaire;
  scenario: ScenarioView;
  /** The interface words this page needs, by key. */
  words: UiStrings;
  base: string;
  /**
   * 'case': any design against this case's body (from check-answers or the draft), not only one made for
   * the scenario. Either way the answers are only read: nothing here writes them.
   */
  mode?: 'scenario' | 'case';
}

export default function Comparison({ questionnaire, scenario, words: ui, base, mode = 'scenario' }: Props) {
  const [file, setFile] = useState<AnswersFile | null | undefined>(undefined);
  useEffect(() => {
    readSaved(questionnaire).then((r) => setFile(r.ok ? r.file : null));
  }, []);
  /** The file just opened here: the page says so. */
  const [openedName, setOpenedName] = useState<string | null>(null);
  const open = (f: AnswersFile, name: string) => {
    setFile(f);
    setOpenedName(name);
  };
  const notice = openedName && <SuccessNotice text={t(ui, 'files.loaded', { name: openedName })} isolate={[openedName]} noPrint />;
  const comparable = file && (mode === 'case' ? Object.keys(file.answers).length > 0 : file.scenario === scenario.id);
  const rows = useMemo(
    () => (comparable ? compareWithHistory(questionnaire, effectiveAnswers(questionnaire, file.answers), scenario) : null),
    [file],
  );

  if (file === undefined) return <p>{t(ui, 'workshop.loading')}</p>;
  if (!rows)
    return (
      <>
        {notice}
        {mode === 'case' ? (
          <>
            <p>{t(ui, 'compare.case-none')}</p>
            <a class="button" href={`${base}questionnaire/`}>
              {t(ui, 'compare.case-start')}
            </a>
          </>
        ) : (
          <>
            <p>{t(ui, file && Object.keys(file.answers).length ? 'workshop.compare-other' : 'workshop.compare-none')}</p>
            <a class="button" href={`${base}workshops/${scenario.id}/`}>
              {t(ui, 'workshop.start')}
            </a>
          </>
        )}
        {/* A group's downloaded answers file shows here too (and where the browser keeps no answers, it is
            the only way); it is read for this page only, never saved over the answers on this device. */}
        <FileOpener ui={ui} id="compare-open" onOpen={open} />
      </>
    );
  return (
    <>
      {notice}
      <p>
        <Marked text={t(ui, 'compare.lede', { body: scenario.bodyName, setting: scenario.setting })} foreign={scenario.bodyForeign} />
      </p>
      {mode === 'case' && <p>{t(ui, 'compare.case-read-only')}</p>}
      <div class="button-group no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {t(ui, 'workshop.print')}
        </button>
        {mode === 'case' ? <a href={`${base}compare/case/`}>{t(ui, 'compare.case-other')}</a> : <a href={`${base}draft/`}>{t(ui, 'workshop.draft-link')}</a>}
      </div>
      <ol class="comparison">
        {rows.map((r) => (
          <li key={r.area}>
            <h2>
              {r.title} <span class={`verdict verdict--${r.verdict}`}>{t(ui, `compare.verdict.${r.verdict}`)}</span>
            </h2>
            <div class="comparison-cols">
              <div>
                <h3>{t(ui, 'compare.yours')}</h3>
                {r.yours.length ? (
                  <ul>
                    {r.yours.map((y) => (
                      <li key={y.question}>
                        {/* Each value may be text the user typed, in any direction: isolated. */}
                        {y.question}:{' '}
                        {y.values.map((v, i) => (
                          <>
                            {i > 0 && ', '}
                            <bdi>{v}</bdi>
                          </>
                        ))}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t(ui, 'compare.nothing')}</p>
                )}
              </div>
              <div>
                <h3>
                  <Marked text={t(ui, 'compare.history', { body: scenario.bodyName })} foreign={scenario.bodyForeign} />
                </h3>
                <p>{r.history?.text ?? t(ui, 'compare.unrecorded')}</p>
                {r.differences.length > 0 && (
                  <ul>
                    {r.differences.map((d) => (
                      <li key={d.question}>
                        {t(ui, 'compare.difference', { question: d.question, history: d.history.join(', '), yours: d.yours.join(', ') || t(ui, 'check.not-provided') })}
                      </li>
                    ))}
                  </ul>
                )}
                {r.history && <Sources sources={r.history.sources} ui={ui} />}
              </div>
            </div>
            <Repeats row={r} ui={ui} />
            {r.verdict === 'differs' && r.history && r.history.lessons.length > 0 && (
              <div class="inset">
                <h3>{t(ui, 'compare.lessons')}</h3>
                {r.history.lessons.map((l) => (
                  <LessonNote key={l.title} lesson={l} ui={ui} />
                ))}
              </div>
            )}
          </li>
        ))}
      </ol>
      {/* Another group's file, in the same workshop: read for this page only, as above. */}
      <div class="no-print">
        <h2>{t(ui, 'draft.open-title')}</h2>
        <FileOpener ui={ui} id="compare-open" onOpen={open} />
      </div>
    </>
  );
}

/** The interface words every comparison with history uses; each page adds its own (pages pass only the words they need). */
export const COMPARISON_KEYS = ['compare.lede', 'compare.yours', 'compare.history', 'compare.nothing', 'compare.unrecorded', 'compare.difference', 'compare.verdict.differs', 'compare.verdict.same', 'compare.verdict.unknown', 'compare.verdict.repeats', 'compare.repeats', 'compare.lessons', 'workshop.print', 'workshop.loading', 'cases.source', 'cases.sources', 'cases.outside', 'check.not-provided', 'draft.note', 'draft.open-title'];

/** A lesson beside a comparison row: its title, whether it comes from outside the article, its text and sources. */
function LessonNote({ lesson, ui }: { lesson: { title: string; external?: boolean | undefined; text: string; sources: Parameters<typeof Sources>[0]['sources'] }; ui: UiStrings }) {
  return (
    <div>
      <p>
        <strong>{lesson.title}</strong> {lesson.external && <strong class="tag tag--external">{t(ui, 'cases.outside')}</strong>}
      </p>
      <p>{lesson.text}</p>
      <Sources sources={lesson.sources} ui={ui} />
    </div>
  );
}

/** The failures history records that this area of the design repeats, each with its case and lessons. */
export function Repeats({ row, ui }: { row: ComparisonRow; ui: UiStrings }) {
  if (!row.repeats.length) return null;
  return (
    <>
      {row.repeats.map((f) => (
        <div class="repeats" key={f.id}>
          <h3>{t(ui, 'compare.repeats', { country: f.country })}</h3>
          <p>
            <strong>{f.title}.</strong> {f.text}
          </p>
          <Sources sources={f.sources} ui={ui} />
          {f.lessons.map((l) => (
            <LessonNote key={l.id} lesson={l} ui={ui} />
          ))}
        </div>
      ))}
    </>
  );
}
