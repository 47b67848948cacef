/** The mandate document as HTML: headings, numbered clauses with hanging numbers, notes set apart. */
import { splitBrackets, type Annex, type Block, type FrontSection, type MandateDocument, type NoteSource } from '../../domain/mandate/document.ts';
import { t, uiLang, type UiStrings } from '../../domain/ui/strings.ts';
import { PictureFigure } from './PictureFigure.tsx';
import { spacingOf, typeset } from '../../domain/i18n/typography.ts';
import { useMemo } from 'preact/hooks';
import type { VNode } from 'preact';

/** A table of figures: the donor's budget. */
function FigureTable({ b }: { b: Extract<Block, { kind: 'table' }> }) {
  const cls = (i: number) => (b.numeric[i] ? 'table-number' : undefined);
  return (
    <div class="table-wrap">
      <table class="table budget-table">
        <caption>{b.caption}</caption>
        <thead>
          <tr>{b.head.map((h, i) => <th key={i} scope="col" class={cls(i)}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {b.rows.map((r, j) => (
            <tr key={j}>{r.map((c, i) => (i === 0 ? <th key={i} scope="row">{c}</th> : <td key={i} class={cls(i)}>{c}</td>))}</tr>
          ))}
        </tbody>
        <tfoot>
          <tr>{b.foot.map((c, i) => (i === 0 ? <th key={i} scope="row">{c}</th> : <td key={i} class={cls(i)}>{c}</td>))}</tr>
        </tfoot>
      </table>
    </div>
  );
}

/** A note's sources in one line, each marked when it comes from outside the article. */
export function Sources({ sources, ui }: { sources: NoteSource[]; ui: UiStrings }) {
  if (!sources.length) return null;
  // The label is the interface's, set in its language's typography ("Sources :" in French); the works are cited as published.
  const label = spacingOf(uiLang(ui)) ?? ((x: string) => x);
  return (
    <p class="source-note">
      {label(`${t(ui, sources.length === 1 ? 'cases.source' : 'cases.sources')}:`)}{' '}
      {sources.map((s, i) => (
        <>
          {i > 0 && '; '}
          {/* A cited work's name, kept as published in every language. */}
          <cite>{s.url ? <a href={s.url} rel="noreferrer noopener">{s.label}</a> : s.label}</cite>
          {s.external && <> ({t(ui, 'cases.outside').toLowerCase()})</>}
        </>
      ))}
    </p>
  );
}

/** `cited`: the blocks are the works cited (the sources annex), whose titles and publishers stay as published. */
function Blocks({ blocks, ui, cited = false }: { blocks: Block[]; ui: UiStrings; cited?: boolean }) {
  return (
    <>
      {blocks.map((b, i) =>
        b.kind === 'paragraph' ? (
          <p key={i}>{b.text}</p>
        ) : b.kind === 'heading' ? (
          <h3 key={i}>{b.text}</h3>
        ) : b.kind === 'list' ? (
          <ul key={i}>{b.items.map((it) => <li key={it}>{it}</li>)}</ul>
        ) : b.kind === 'table' ? (
          <FigureTable key={i} b={b} />
        ) : b.kind === 'picture' ? (
          <PictureFigure key={i} picture={b.picture} list={b.list} ui={ui} id={`picture-${i}`} />
        ) : (
          <div class="annex-item" key={i}>
            <h3>
              {[...(b.tag ? [b.tag] : []), ...(b.tags ?? [])].map((tag) => (
                <strong class="tag" key={tag}>{tag}</strong>
              ))}{' '}
              {cited ? <cite>{b.title}</cite> : b.title}
            </h3>
            {b.text && <p>{cited ? <cite>{b.text}</cite> : b.text}</p>}
            {b.bullets && b.bullets.length > 0 && <ul>{b.bullets.map((it) => <li key={it}>{it}</li>)}</ul>}
            <Sources sources={b.sources} ui={ui} />
          </div>
        ),
      )}
    </>
  );
}

function AnnexView({ annex, ui }: { annex: Annex; ui: UiStrings }) {
  return (
    <section class={`annex annex--${annex.key}`} aria-labelledby={`annex-${annex.letter}`}>
      <h2 id={`annex-${annex.letter}`}>
        {t(ui, 'draft.annex')} {annex.letter}. {annex.title}
      </h2>
      <Blocks blocks={annex.blocks} ui={ui} cited={annex.key === 'sources'} />
    </section>
  );
}

function FrontView({ part, ui }: { part: FrontSection; ui: UiStrings }) {
  return (
    <section class={`front-part front-part--${part.key}`} aria-labelledby={`front-${part.key}`}>
      <h2 id={`front-${part.key}`}>{part.title}</h2>
      <Blocks blocks={part.blocks} ui={ui} />
    </section>
  );
}

/** Operative text: bracketed blanks and choices are marked for the drafter; the user's words keep their own direction. */
export function Operative({ text }: { text: string }) {
  return (
    <>
      {splitBrackets(text).map((p, i) => (p.open ? <mark key={i} class="blank">{p.text}</mark> : <bdi key={i}>{p.text}</bdi>))}
    </>
  );
}

/**
 * The document's parts, in order: each front section, each article (the first with the instrument's title
 * and preamble), the closing and signatures, each annex. A page may draw them a few at a time.
 */
export function partCount(doc: MandateDocument): number {
  return doc.front.length + doc.articles.length + (doc.articles.length > 0 ? 1 : 0) + doc.annexes.length;
}

/** One article of the instrument, with its clauses and (in the brief) the lessons beside them. */
function ArticleView({ a, label, ui }: { a: MandateDocument['articles'][number]; label: string; ui: UiStrings }) {
  return (
    <section class="mandate-article" aria-labelledby={`article-${a.number}`}>
      <h3 id={`article-${a.number}`}>
        {label} {a.number}. {a.title}
      </h3>
      <ol class="clauses">
        {a.clauses.map((c) => (
          <li key={c.key} class="clause" id={`clause-${c.number}`}>
            <span class="clause-number">{c.number}</span>
            <div>
              <p><Operative text={c.text} /></p>
              {c.items.length > 0 && <ol class="clause-items">{c.items.map((it) => <li key={it}><Operative text={it} /></li>)}</ol>}
              {c.notes.map((n) => (
                <div class="note" key={n.id} role="note" aria-label={`${t(ui, 'draft.note')} ${n.title}`}>
                  <p>
                    <strong>{t(ui, 'draft.note')} {n.title}</strong>
                    {n.external && <> <span class="tag tag--external">{t(ui, 'cases.outside')}</span></>}
                    {n.differs && <> <span class="tag tag--differs">{n.differs}</span></>}
                  </p>
                  <p>{n.text}</p>
                  <Sources sources={n.sources} ui={ui} />
                </div>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** `parts`: draw only the first so many parts (partCount); the article is marked busy until all are drawn. */
export function MandateView({ doc: source, ui, parts = Infinity }: { doc: MandateDocument; ui: UiStrings; parts?: number }) {
  // The language's typography (French spacing) is set as the page draws the document, as the PDF and Word do.
  // Once per document, not once per batch of parts drawn.
  const doc = useMemo(() => typeset(source), [source]);
  const instrumentLabel = t(ui, 'draft.instrument-label');
  let left = parts;
  const take = <T,>(xs: T[]): T[] => {
    const n = Math.max(0, Math.min(xs.length, left));
    left -= n;
    return xs.slice(0, n);
  };
  const front = take(doc.front);
  const articles = take(doc.articles);
  const closing = doc.articles.length > 0 && take([true]).length > 0;
  const annexes = take(doc.annexes);
  const complete = parts >= partCount(doc);
  // Each part's element is made once per document: a later batch of parts does not draw again (Preact
  // skips an element it has drawn before) the parts before it, so each batch costs only its own parts.
  const made = useMemo(() => new Map<object, VNode>(), [doc, ui]);
  const once = (part: object, make: () => VNode): VNode => {
    let v = made.get(part);
    if (!v) made.set(part, (v = make()));
    return v;
  };
  return (
    <article class={`mandate mandate--${doc.kind}`} lang={doc.lang} aria-busy={complete ? undefined : 'true'}>
      {front.map((f) => once(f, () => <FrontView key={f.key} part={f} ui={ui} />))}
      {articles.length > 0 && (
        <section class="instrument" aria-label={instrumentLabel}>
          <header class="mandate-head">
            <p class="mandate-status">{doc.status}</p>
            <h2 class="mandate-title"><Operative text={doc.title} /></h2>
            {doc.longTitle && <p class="mandate-long-title"><Operative text={doc.longTitle} /></p>}
          </header>
          {doc.recitals.map((p, i) => (
            <p key={i} class="recital"><Operative text={p} /></p>
          ))}
          {doc.enacting && <p class="enacting"><strong><Operative text={doc.enacting} /></strong></p>}
          {articles.map((a) => once(a, () => <ArticleView key={a.key} a={a} label={doc.labels.article} ui={ui} />))}
          {closing && doc.closing.map((p, i) => (
            <p key={i} class="closing"><Operative text={p} /></p>
          ))}
          {closing && doc.signatures.length > 0 && (
            <div class="signatures">
              {doc.signatures.map((s, i) => (
                <div class="signature" key={i}>
                  {s.for && <p><Operative text={s.for} /></p>}
                  <p class="signature-line" aria-hidden="true">&nbsp;</p>
                  {s.lines.map((l) => <p key={l}><Operative text={l} /></p>)}
                </div>
              ))}
            </div>
          )}
        </section>
      )}
      {annexes.map((x) => once(x, () => <AnnexView key={x.letter} annex={x} ui={ui} />))}
    </article>
  );
}
