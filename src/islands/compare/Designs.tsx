/**
 * Two designs side by side: opens two answers files (or the saved answers as one of them) and shows the
 * domain's comparison (src/domain/compare/designs.ts). The files are read here and never saved or sent;
 * the saved answers are only read. Printing gives the "points for the parties to settle" sheet alone.
 */
import type { Lang } from '../../domain/i18n/lang.ts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnswersFile } from '../../domain/answers/file.ts';
import type { Answers } from '../../domain/answers/schema.ts';
import { compareClauses, compareDesigns, type Agreement, type PointStatus, type PointView, type QuestionRow } from '../../domain/compare/designs.ts';
import type { Knowledge } from '../../domain/knowledge/schema.ts';
import { compose } from '../../domain/mandate/compose.ts';
import type { MandateContent } from '../../domain/mandate/schema.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { effectiveAnswers } from '../../domain/questionnaire/visibility.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { Sources } from '../../renderers/html/MandateView.tsx';
import { FileOpener } from '../shared/FileOpener.tsx';
import { Marked } from '../shared/Marked.tsx';
import { SuccessNotice } from '../shared/SuccessNotice.tsx';
import { readSaved } from '../shared/storage.ts';
import type { DesignPictures as Pictures } from './DesignPictures.tsx';

interface Props {
  questionnaire: Questionnaire;
  knowledge: Knowledge;
  mandate: MandateContent;
  points: PointView[];
  ui: UiStrings;
  /** The page's language: the instruments are composed in it. */
  lang?: Lang;
}

interface Design {
  file: AnswersFile;
  /** The file's name, or null for the answers saved on this device. */
  fileName: string | null;
}

const SIDES = ['A', 'B'] as const;
type Side = (typeof SIDES)[number];
/** The sheet puts what needs settling first. */
const ORDER: PointStatus[] = ['collide', 'silent', 'open', 'agree'];

export default function Designs({ questionnaire, knowledge, mandate, points, ui, lang = 'en' }: Props) {
  const [saved, setSaved] = useState<AnswersFile | null>(null);
  useEffect(() => {
    readSaved(questionnaire).then((r) => setSaved(r.ok && r.file && Object.keys(r.file.answers).length ? r.file : null));
  }, []);
  const [designs, setDesigns] = useState<Record<Side, Design | null>>({ A: null, B: null });
  /** What just happened, said where focus goes. */
  const [notice, setNotice] = useState<string | null>(null);
  const set = (side: Side, d: Design | null) => setDesigns((x) => ({ ...x, [side]: d }));

  const a = designs.A;
  const b = designs.B;
  const result = useMemo(() => {
    if (!a || !b) return null;
    const ea = effectiveAnswers(questionnaire, a.file.answers);
    const eb = effectiveAnswers(questionnaire, b.file.answers);
    const cmp = compareDesigns(questionnaire, points, ea, eb);
    let clauses = null;
    try {
      const make = (x: Answers) => compose(questionnaire, x, knowledge, mandate, { kind: 'instrument', date: new Date(), lang, ui });
      clauses = compareClauses(mandate, questionnaire, points, make(a.file.answers), make(b.file.answers), ea, eb);
    } catch {
      // A file with answers the composer cannot place still compares by its answers.
    }
    return { ...cmp, clauses };
  }, [a, b]);

  /** The two pictures' code (the picture's rules, layout and SVG), loaded once both designs are open. */
  const [DesignPictures, setPictures] = useState<typeof Pictures | null>(null);
  useEffect(() => {
    if (result && !DesignPictures) import('./DesignPictures.tsx').then((m) => setPictures(() => m.DesignPictures), () => {});
  }, [result]);

  const name = (d: Design) => {
    const n = d.file.answers['party-name'];
    return typeof n === 'string' && n.trim() ? n : t(ui, 'designs.unnamed');
  };
  const counts = result && Object.fromEntries(ORDER.map((s) => [s, result.points.filter((p) => p.status === s).length]));

  return (
    <>
      {notice && <SuccessNotice text={notice} noPrint />}
      <div class="designs-sides no-print">
        {SIDES.map((side) => {
          const d = designs[side];
          return (
            <section key={side} aria-labelledby={`design-${side}-title`}>
              <h2 id={`design-${side}-title`}>{t(ui, 'designs.side', { side })}</h2>
              {d ? (
                <>
                  <p>
                    <Marked text={t(ui, 'designs.side-from', { side, name: name(d), source: d.fileName ?? t(ui, 'designs.saved-source') })} isolate={[name(d), ...(d.fileName ? [d.fileName] : [])]} />
                  </p>
                  <button type="button" class="button button--secondary" onClick={() => set(side, null)}>
                    {t(ui, 'designs.change', { side })}
                  </button>
                </>
              ) : (
                <>
                  {saved && (
                    <p>
                      <button
                        type="button"
                        class="button button--secondary"
                        onClick={() => {
                          set(side, { file: saved, fileName: null });
                          setNotice(t(ui, 'designs.side-from', { side, name: name({ file: saved, fileName: null }), source: t(ui, 'designs.saved-source') }));
                        }}
                      >
                        {t(ui, 'designs.use-saved', { side })}
                      </button>
                    </p>
                  )}
                  <FileOpener
                    ui={ui}
                    id={`design-${side.toLowerCase()}-open`}
                    onOpen={(file, fileName) => {
                      set(side, { file, fileName });
                      setNotice(t(ui, 'files.loaded', { name: fileName }));
                    }}
                  />
                </>
              )}
            </section>
          );
        })}
      </div>
      {!result && (a || b) && <p class="no-print">{t(ui, 'designs.waiting')}</p>}
      {result && a && b && counts && (
        <>
          <h2 class="no-print">
            {t(ui, 'designs.results')}
          </h2>
          <p class="no-print">
            {t(ui, 'designs.summary', { total: result.points.length, collide: counts.collide ?? 0, silent: counts.silent ?? 0, agree: counts.agree ?? 0, open: counts.open ?? 0 })}
          </p>
          <p class="no-print">
            <button type="button" class="button" onClick={() => window.print()}>
              {t(ui, 'designs.print')}
            </button>
          </p>
          <section class="settle-sheet" aria-labelledby="settle-title">
            <h2 id="settle-title">{t(ui, 'designs.sheet-title')}</h2>
            <p>
              <Marked text={t(ui, 'designs.sheet-lede', { a: name(a), b: name(b) })} isolate={[name(a), name(b)]} />
            </p>
            <ol class="settle-points">
              {[...result.points]
                .sort((x, y) => ORDER.indexOf(x.status) - ORDER.indexOf(y.status))
                .map((p) => (
                  <li key={p.point.id} class={`settle-point settle-point--${p.status}`} id={`point-${p.point.id}`}>
                    <h3>
                      {p.point.title} <span class={`verdict verdict--${p.status}`}>{t(ui, `designs.status.${p.status}`)}</span>
                    </h3>
                    <p>{p.point.text}</p>
                    {p.rows.length > 0 && <AnswerTable rows={p.rows} ui={ui} collide />}
                    <p class="settle-lessons">
                      {p.point.lessons.map((l) => (
                        <span key={l.id}>
                          <strong>{l.title}.</strong> {l.text}{' '}
                        </span>
                      ))}
                    </p>
                    {p.point.lessons.map((l) => (
                      <Sources key={l.id} sources={l.sources} ui={ui} />
                    ))}
                  </li>
                ))}
            </ol>
          </section>
          {DesignPictures ? (
            <DesignPictures questionnaire={questionnaire} ui={ui} sides={[{ side: 'A', answers: a.file.answers }, { side: 'B', answers: b.file.answers }]} />
          ) : (
            <p class="hint no-print">{t(ui, 'designs.pictures-loading')}</p>
          )}
          <section class="no-print" aria-labelledby="areas-title">
            <h2 id="areas-title">{t(ui, 'designs.areas')}</h2>
            {result.areas.map((area) => (
              <div key={area.id} class="designs-area">
                <h3>{area.title}</h3>
                {area.rows.length ? <AnswerTable rows={area.rows} ui={ui} /> : <p>{t(ui, 'designs.areas-none')}</p>}
              </div>
            ))}
          </section>
          <section class="no-print" aria-labelledby="clauses-title">
            <h2 id="clauses-title">{t(ui, 'designs.clauses')}</h2>
            {result.clauses ? (
              <>
                <p>{t(ui, 'designs.clauses-lede')}</p>
                <table class="table designs-clauses">
                  <SidesHead first={t(ui, 'designs.clause')} ui={ui} />
                  <tbody>
                    {result.clauses.map((c) => (
                      <tr key={`${c.article}/${c.clause}`} class={`designs-row designs-row--${rowClass(c.status, Boolean(c.point))}`} data-clause={`${c.article}/${c.clause}`}>
                        <th scope="row">
                          {c.articleTitle}: {c.clause}
                        </th>
                        <td>{c.a ? <bdi>{`${c.a.number} ${c.a.text}`}</bdi> : t(ui, 'designs.clause-absent')}</td>
                        <td>{c.b ? <bdi>{`${c.b.number} ${c.b.text}`}</bdi> : t(ui, 'designs.clause-absent')}</td>
                        <td>
                          <StatusTag status={c.status} point={Boolean(c.point)} ui={ui} />
                          {c.point && (
                            <>
                              {' '}
                              <a href={`#point-${c.point}`}>{t(ui, 'designs.clause-point', { point: points.find((p) => p.id === c.point)?.title ?? c.point })}</a>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : (
              <p>{t(ui, 'designs.clauses-failed')}</p>
            )}
          </section>
        </>
      )}
    </>
  );
}

/** A difference on a point involving the other side is a collision; elsewhere it is only a difference. */
const rowClass = (s: Agreement, onPoint: boolean) => (s === 'differ' && onPoint ? 'collide' : s);

function StatusTag({ status, point, ui }: { status: Agreement; point: boolean; ui: UiStrings }) {
  const key = status === 'differ' && !point ? 'designs.row.differ-plain' : `designs.row.${status}`;
  return <strong class={`tag tag--${rowClass(status, point)}`}>{t(ui, key)}</strong>;
}

/** The head of a table that sets design A beside design B: what is compared, each side, and how they meet. */
function SidesHead({ first, ui }: { first: string; ui: UiStrings }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{t(ui, 'designs.side', { side: 'A' })}</th>
        <th scope="col">{t(ui, 'designs.side', { side: 'B' })}</th>
        <th scope="col">{t(ui, 'designs.how')}</th>
      </tr>
    </thead>
  );
}

function AnswerTable({ rows, ui, collide = false }: { rows: QuestionRow[]; ui: UiStrings; collide?: boolean }) {
  return (
    <table class="table designs-answers">
      <SidesHead first={t(ui, 'designs.question')} ui={ui} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} class={`designs-row designs-row--${rowClass(r.status, collide || Boolean(r.point))}`} data-question={r.id}>
            <th scope="row">{r.question}</th>
            <td>{r.a.length ? <bdi>{r.a.join(', ')}</bdi> : t(ui, 'designs.silent')}</td>
            <td>{r.b.length ? <bdi>{r.b.join(', ')}</bdi> : t(ui, 'designs.silent')}</td>
            <td>
              <StatusTag status={r.status} point={collide || Boolean(r.point)} ui={ui} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
