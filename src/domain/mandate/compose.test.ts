import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { fixtureNames, readFixture } from '../../../tests/fixtures/read.ts';
import { compose, ComposeError, slug } from './compose.ts';
import type { MandateContent } from './schema.ts';

const c = loadSiteContent();
const options = (annotated: boolean) => ({ annotated, date: new Date('2026-11-24T09:00:00Z'), locale: 'en-GB', ui: c.ui });

describe('the composer', () => {
  for (const name of fixtureNames()) {
    for (const annotated of [false, true]) {
      it(`gives the same document for ${name} (${annotated ? 'annotated' : 'clean'}) every time`, async () => {
        const doc = compose(c.questionnaire, readFixture(name).answers, c.knowledge, c.mandate, options(annotated));
        expect(compose(c.questionnaire, readFixture(name).answers, c.knowledge, c.mandate, options(annotated))).toEqual(doc);
        await expect(JSON.stringify(doc, null, 2) + '\n').toMatchFileSnapshot(`../../../tests/golden/${name}-${annotated ? 'annotated' : 'clean'}.json`);
      });
    }
  }

  it('numbers the twelve articles and their clauses in order', () => {
    const doc = compose(c.questionnaire, readFixture('careful-state-implementation').answers, c.knowledge, c.mandate, options(false));
    expect(doc.articles.map((a) => a.title)).toEqual([
      'Establishment and legal basis', 'Purpose', 'Functions', 'Placement and reporting', 'Staffing and resources',
      'Alternative thinking and critical feedback', 'Consultation and communication', 'Relations with counterparts and third parties',
      'Confidentiality and records', 'Continuity during interruptions', 'Review, duration and sunset', 'Transition and closure',
    ]);
    for (const a of doc.articles) a.clauses.forEach((cl, i) => expect(cl.number).toBe(`${a.number}.${i + 1}`));
    expect(doc.annexes.map((x) => x.letter + ' ' + x.title)).toEqual(['A Lessons from the cases', 'B Risks and open questions for the parties', 'C Support needs', 'D Sources']);
  });

  it('attaches lessons and their sources only in the annotated version', () => {
    const clean = compose(c.questionnaire, readFixture('state-preparing-talks').answers, c.knowledge, c.mandate, options(false));
    const annotated = compose(c.questionnaire, readFixture('state-preparing-talks').answers, c.knowledge, c.mandate, options(true));
    expect(clean.articles.flatMap((a) => a.clauses.flatMap((x) => x.notes))).toEqual([]);
    const notes = annotated.articles.flatMap((a) => a.clauses.flatMap((x) => x.notes));
    expect(notes.length).toBeGreaterThan(10);
    for (const n of notes) expect(n.sources.length).toBeGreaterThan(0);
  });

  it('derives the donor support needs from the answers', () => {
    const doc = compose(c.questionnaire, readFixture('armed-group-pre-formal').answers, c.knowledge, c.mandate, options(false));
    const support = JSON.stringify(doc.annexes.find((x) => x.key === 'support'));
    expect(support).toContain('Up to 5');
    expect(support).toContain('Secure communications');
    expect(support).toContain('Donors');
  });

  it('treats a slot with no value as an error, never an empty string', () => {
    const broken: MandateContent = { ...c.mandate, preamble: [{ text: 'Established by {party} in {host-state}.' }] };
    expect(() => compose(c.questionnaire, readFixture('state-preparing-talks').answers, c.knowledge, broken, options(false))).toThrow(ComposeError);
  });

  it('names the file from the secretariat and the date', () => {
    const doc = compose(c.questionnaire, readFixture('state-preparing-talks').answers, c.knowledge, c.mandate, options(true));
    expect(doc.fileName).toBe('secretaria-de-paz-bogota-n-o-2026-11-24-annotated.pdf');
    expect(slug('Мир')).toBe('');
  });
});
