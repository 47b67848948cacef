/** The mandate document as HTML: headings, numbered clauses with hanging numbers, notes set apart. */
import type { Annex, Block, FrontSection, MandateDocument, NoteSource } from '../../domain/mandate/document.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';

/** A note's sources in one line, each marked when it comes from outside the article. */
export function Sources({ sources, ui }: { sources: NoteSource[]; ui: UiStrings }) {
  if (!sources.length) return null;
  return (
    <p class="source-note">
      {t(ui, sources.length === 1 ? 'cases.source' : 'cases.sources')}:{' '}
      {sources.map((s, i) => (
        <>
          {i > 0 && '; '}
          {s.url ? <a href={s.url} rel="noreferrer noopener">{s.label}</a> : s.label}
          {s.external && <> ({t(ui, 'cases.outside').toLowerCase()})</>}
        </>
      ))}
    </p>
  );
}

function Blocks({ blocks, ui }: { blocks: Block[]; ui: UiStrings }) {
  return (
    <>
      {blocks.map((b, i) =>
        b.kind === 'paragraph' ? (
          <p key={i}>{b.text}</p>
        ) : b.kind === 'heading' ? (
          <h3 key={i}>{b.text}</h3>
        ) : b.kind === 'list' ? (
          <ul key={i}>{b.items.map((it) => <li key={it}>{it}</li>)}</ul>
        ) : (
          <div class="annex-item" key={i}>
            <h3>
              {b.tag && <strong class="tag">{b.tag}</strong>} {b.title}
            </h3>
            {b.text && <p>{b.text}</p>}
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
      <Blocks blocks={annex.blocks} ui={ui} />
    </section>
  );
}

function FrontView({ part, ui }: { part: FrontSection; ui: UiStrings }) {
  return (
    <section class="front-part" aria-labelledby={`front-${part.key}`}>
      <h2 id={`front-${part.key}`}>{part.title}</h2>
      <Blocks blocks={part.blocks} ui={ui} />
    </section>
  );
}

export function MandateView({ doc, ui }: { doc: MandateDocument; ui: UiStrings }) {
  return (
    <article class="mandate" lang="en">
      <header class="mandate-head">
        <p class="mandate-status">{doc.status}</p>
        <h2 class="mandate-title">{doc.title}</h2>
        <p class="muted">{doc.subject}</p>
        <p class="muted">{t(ui, 'draft.prepared', { date: doc.date })}</p>
      </header>
      {doc.front.map((f) => (
        <FrontView key={f.key} part={f} ui={ui} />
      ))}
      {doc.preamble.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {doc.articles.map((a) => (
        <section key={a.key} class="mandate-article" aria-labelledby={`article-${a.number}`}>
          <h3 id={`article-${a.number}`}>
            {t(ui, 'draft.article')} {a.number}. {a.title}
          </h3>
          <ol class="clauses">
            {a.clauses.map((c) => (
              <li key={c.key} class="clause">
                <span class="clause-number">{c.number}</span>
                <div>
                  <p>{c.text}</p>
                  {c.items.length > 0 && <ol class="clause-items">{c.items.map((it) => <li key={it}>{it}</li>)}</ol>}
                  {c.notes.map((n) => (
                    <aside class="note" key={n.title}>
                      <p>
                        <strong>{t(ui, 'draft.note')} {n.title}</strong>
                        {n.external && <> <span class="tag tag--external">{t(ui, 'cases.outside')}</span></>}
                      </p>
                      <p>{n.text}</p>
                      <Sources sources={n.sources} ui={ui} />
                    </aside>
                  ))}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {doc.annexes.map((x) => (
        <AnnexView key={x.letter} annex={x} ui={ui} />
      ))}
    </article>
  );
}
