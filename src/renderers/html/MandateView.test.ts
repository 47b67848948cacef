/**
 * The draft page draws a long document a few parts per task (Draft.tsx): whatever number of parts is
 * drawn, they are the document's first ones in order, and the document says it is still being drawn
 * until the last one is there.
 */
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { loadSiteContent } from '../../content-io/site.ts';
import { readFixture } from '../../../tests/fixtures/read.ts';
import { compose } from '../../domain/mandate/compose.ts';
import { MandateView, partCount } from './MandateView.tsx';

const content = loadSiteContent();
const doc = compose(content.questionnaire, readFixture('state-preparing-talks').answers, content.knowledge, content.mandate, { kind: 'brief', date: new Date('2026-12-01T00:00:00Z'), lang: 'en', ui: content.ui });
const draw = (parts?: number) => renderToString(h(MandateView, { doc, ui: content.ui, ...(parts === undefined ? {} : { parts }) }));
/** The parts drawn, in document order, named by their ids as the page marks them. */
const drawn = (html: string) =>
  [...html.matchAll(/id="(front-[\w-]+|article-\d+|annex-[A-Z])"|class="(closing|signatures)"/g)].map((m) => m[1] ?? 'closing').filter((x, i, all) => x !== 'closing' || all.indexOf(x) === i);
const all = drawn(draw());

describe('a draft drawn a few parts at a time', () => {
  it('counts each front section, each article, the closing and each annex as a part', () => {
    expect(partCount(doc)).toBe(doc.front.length + doc.articles.length + 1 + doc.annexes.length);
    expect(all).toHaveLength(partCount(doc));
    expect(all[0]).toMatch(/^front-/);
    expect(all.at(-1)).toBe(`annex-${doc.annexes.at(-1)!.letter}`);
  });

  it('draws the first parts in order, whatever their number, and marks the document busy until all are drawn', () => {
    for (let n = 0; n <= partCount(doc) + 1; n++) {
      const html = draw(n);
      expect(drawn(html), `${n} parts`).toEqual(all.slice(0, n));
      expect(html.includes('aria-busy="true"'), `${n} parts`).toBe(n < partCount(doc));
    }
  });

  it('draws the instrument\'s title with its first article, and not before', () => {
    const front = doc.front.length;
    expect(draw(front)).not.toContain(doc.status);
    expect(draw(front + 1)).toContain(doc.status);
  });

  it('draws the whole document when no number is given', () => {
    expect(draw()).not.toContain('aria-busy');
  });
});
