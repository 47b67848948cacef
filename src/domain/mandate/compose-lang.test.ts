import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { fixtureNames, readFixture } from '../../../tests/fixtures/read.ts';
import type { Answers } from '../answers/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { emptyDonorScope } from '../support/budget.ts';
import { compose, composeSupportScope } from './compose.ts';
import type { MandateDocument } from './document.ts';

// The content is English until the translations land: these tests hold the grammar the composer takes
// from the draft's language (dates, plurals, articles, list parsing, numbers), not the wording.
const c = loadSiteContent();
const date = new Date('2026-11-24T09:00:00Z');
const make = (answers: Answers, lang: Lang, kind: 'instrument' | 'brief' = 'instrument') => compose(c.questionnaire, answers, c.knowledge, c.mandate, { kind, date, lang, ui: c.ui });
const fixture = (name: string) => readFixture(name).answers;
/** The document's shape: articles, clauses, items, lessons, annexes. */
const shape = (doc: MandateDocument) => ({
  articles: doc.articles.map((a) => `${a.number} ${a.key}: ${a.clauses.map((cl) => `${cl.number} ${cl.key}(${cl.items.length})[${cl.notes.map((n) => n.id).join(',')}]`).join(' ')}`),
  signatures: doc.signatures.length,
  front: doc.front.map((f) => `${f.key}: ${f.blocks.length}`),
  annexes: doc.annexes.map((x) => `${x.letter} ${x.key}: ${x.blocks.length}`),
});

describe('a draft in Spanish or French', () => {
  for (const name of fixtureNames()) {
    it(`has the same articles, clauses and lessons as in English, with the language's date and tag (${name})`, () => {
      for (const kind of ['instrument', 'brief'] as const) {
        const en = make(fixture(name), 'en', kind);
        const es = make(fixture(name), 'es', kind);
        const fr = make(fixture(name), 'fr', kind);
        expect(shape(es)).toEqual(shape(en));
        expect(shape(fr)).toEqual(shape(en));
        expect([en.date, es.date, fr.date]).toEqual(['24 November 2026', '24 de noviembre de 2026', '24 novembre 2026']);
        expect([en.lang, es.lang, fr.lang]).toEqual(['en-GB', 'es', 'fr']);
      }
    });
  }

  it('splits the parties a French agreement names at "et", one signature block each', () => {
    const answers = { ...fixture('coalition-formal-talks'), 'legal-basis': 'agreement-between-parties', structure: 'joint', 'joint-members': "le Gouvernement d'Aldoria et l'Alliance des mouvements signataires" } as Answers;
    expect(make(answers, 'fr').signatures.map((s) => s.for)).toEqual(["For le Gouvernement d'Aldoria:", "For l'Alliance des mouvements signataires:", '[Witnessed by [the facilitator]:]']);
    // In English, "et" is part of a name: the agreement keeps the form's own signature blocks.
    expect(make(answers, 'en').signatures.map((s) => s.for)).not.toContain("For le Gouvernement d'Aldoria:");
  });

  it('reads an end date typed in Spanish or French as a date ("on …")', () => {
    const base = { ...fixture('state-preparing-talks'), sunset: 'fixed-date' } as Answers;
    const sunset = (d: string, lang: Lang) => make({ ...base, 'sunset-date': d } as Answers, lang).articles.find((x) => x.key === 'duration')!.clauses[0]!.text;
    expect(sunset('31 de diciembre de 2027', 'es')).toContain('shall end on 31 de diciembre de 2027, unless renewed');
    expect(sunset('31 de diciembre de 2027, salvo renovación', 'es')).not.toContain('unless renewed');
    expect(sunset('1er janvier 2028', 'fr')).toContain('shall end on 1er janvier 2028, unless renewed');
    expect(sunset('1er janvier 2028', 'en')).not.toContain('end on 1er');
  });

  it('chooses the donor\'s count of months by the language\'s plural rules (French counts 0 as one)', () => {
    const donor = { ...emptyDonorScope('Set-up'), phases: [{ name: 'Set-up', months: '0' }, { name: 'Talks', months: '1' }, { name: 'Later', months: '2' }] };
    const phases = (lang: Lang) => {
      const doc = composeSupportScope(c.questionnaire, fixture('donor-armed-group'), c.knowledge, c.support, { date, lang, ui: c.ui }, donor);
      return (doc.front[0]!.blocks.find((b) => b.kind === 'list') as { items: string[] }).items;
    };
    expect(phases('en')).toEqual(['Set-up: 0 months', 'Talks: 1 month', 'Later: 2 months']);
    expect(phases('fr')).toEqual(['Set-up: 0 month', 'Talks: 1 month', 'Later: 2 months']);
  });

  it('writes the donor\'s amounts with the language\'s digits grouping and decimal comma', () => {
    const donor = { ...emptyDonorScope('Set-up'), currency: 'EUR', phases: [{ name: 'Set-up', months: '1' }], cells: { 'staff/0': { units: '2', amount: '1234567.5' } } };
    const cells = (lang: Lang) => {
      const doc = composeSupportScope(c.questionnaire, fixture('donor-armed-group'), c.knowledge, c.support, { date, lang, ui: c.ui }, donor);
      const table = doc.front[0]!.blocks.find((b) => b.kind === 'table') as Extract<MandateDocument['front'][number]['blocks'][number], { kind: 'table' }>;
      return table.foot.slice(1);
    };
    expect(cells('en')).toEqual(['1,234,567.50', '1,234,567.50']);
    expect(cells('es')).toEqual(['1.234.567,50', '1.234.567,50']);
    expect(cells('fr')).toEqual(['1\u202F234\u202F567,50', '1\u202F234\u202F567,50']);
  });
});
