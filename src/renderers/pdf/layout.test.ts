import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { compose } from '../../domain/mandate/compose.ts';
import { fixtureNames, readFixture } from '../../../tests/fixtures/read.ts';
import { layout, type Measure } from './layout.ts';

const c = loadSiteContent();
// A fake measure: every character half the font size wide, as an average Latin face is.
const measure: Measure = (text, size) => text.length * size * 0.5;

describe('the PDF layout', () => {
  for (const name of fixtureNames()) {
    for (const kind of ['instrument', 'brief'] as const) {
      it(`never leaves a heading alone at the foot of a page (${name}, ${kind}, A4 and Letter)`, () => {
        const doc = compose(c.questionnaire, readFixture(name).answers, c.knowledge, c.mandate, { kind, date: new Date('2026-11-24'), locale: 'en-GB', ui: c.ui });
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
