import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { compose } from '../../domain/mandate/compose.ts';
import { fixtureNames, readFixture } from '../../../tests/fixtures/read.ts';
import { layout, wrap, type Measure } from './layout.ts';

const c = loadSiteContent();
// A fake measure: every character half the font size wide, as an average Latin face is.
const measure: Measure = (text, size) => text.length * size * 0.5;

describe('the PDF layout', () => {
  for (const name of fixtureNames()) {
    for (const kind of ['instrument', 'brief'] as const) {
      it(`never leaves a heading alone at the foot of a page (${name}, ${kind}, A4 and Letter)`, () => {
        const doc = compose(c.questionnaire, readFixture(name).answers, c.knowledge, c.mandate, { kind, date: new Date('2026-11-24'), lang: 'en', ui: c.ui });
        for (const size of ['a4', 'letter'] as const) {
          const laid = layout(doc, size, measure);
          laid.pages.forEach((page, i) => {
            const body = page.runs.filter((r) => !r.alignRight);
            const last = body.at(-1);
            // A bold run at heading size (articles 14 pt, annex items 11.5 pt) must not end a page.
            if (last && last.bold && last.size >= 11.5 && i < laid.pages.length - 1) {
              throw new Error(`${name} ${kind} ${size}: page ${i + 1} ends with the heading "${last.text}"`);
            }
          });
          expect(laid.pages.length).toBeGreaterThan(1);
        }
      });
    }
  }
});

describe('line breaking', () => {
  it('breaks lines exactly where measuring each whole line would, kerning near the limit included', () => {
    // A measure that is not additive: a pair "AV" is kerned tighter, as real fonts do.
    const kerned: Measure = (text, size) => (text.length - (text.match(/AV/g)?.length ?? 0) * 0.3) * size * 0.5;
    const naive = (text: string, width: number, size: number) => {
      const lines: string[] = [];
      let line = '';
      for (const word of text.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (kerned(candidate, size) <= width) line = candidate;
        else {
          lines.push(line);
          line = word;
        }
      }
      return [...lines, line];
    };
    const text = Array.from({ length: 400 }, (_, i) => ['AVA', 'word', 'AVAV', 'x', 'peace'][i % 5]).join(' ');
    for (const width of [40, 61, 99.5, 150, 233]) expect(wrap(text, width, 10, kerned), String(width)).toEqual(naive(text, width, 10));
  });
});

describe('line breaking in French', () => {
  it('never breaks a line at the no-break spaces French puts before : ; ! ? and inside « », and keeps them', () => {
    const text = 'Le Secrétariat\u00A0: il rend compte\u202F; «\u00A0Accord\u00A0» pourquoi\u202F?';
    const lines = wrap(text, 20 * 10 * 0.5, 10, measure);
    for (const mark of ['Secrétariat\u00A0:', 'compte\u202F;', '«\u00A0Accord\u00A0»', 'pourquoi\u202F?']) expect(lines.some((l) => l.includes(mark)), mark).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });
});
