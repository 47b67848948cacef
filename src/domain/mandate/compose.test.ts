import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { fixtureNames, readFixture } from '../../../tests/fixtures/read.ts';
import { compose, ComposeError, endSentence, inSentence, punctuateList, slug } from './compose.ts';
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

  it('writes a name beginning "The" with a small "the" inside a sentence, and keeps it at the start of one', () => {
    const doc = compose(c.questionnaire, readFixture('scenario-taliban-doha-2013').answers, c.knowledge, c.mandate, options(false));
    expect(doc.preamble[0]).toMatch(/^The Taliban movement, /);
    expect(doc.articles[0]!.clauses[0]!.text).toContain('is established by the Taliban movement.');
    expect(doc.subject).toBe('Draft mandate of a peace secretariat established by the Taliban movement');
    expect(inSentence('Government of the Republic')).toBe('Government of the Republic');
    expect(inSentence('Theatre of Peace')).toBe('Theatre of Peace');
    expect(inSentence('The')).toBe('The');
  });

  it('ends every list item with a semicolon and the last with a full stop, whichever items the answers keep', () => {
    expect(punctuateList(['keep records;', 'advise the leadership;'])).toEqual(['keep records;', 'advise the leadership.']);
    expect(punctuateList(['Youth', 'displaced people'])).toEqual(['Youth;', 'displaced people.']);
    for (const name of fixtureNames()) {
      const doc = compose(c.questionnaire, readFixture(name).answers, c.knowledge, c.mandate, options(false));
      for (const cl of doc.articles.flatMap((x) => x.clauses)) {
        cl.items.forEach((it, i) => expect(it, `${name} ${cl.number}`).toMatch(i === cl.items.length - 1 ? /\.$/ : /;$/));
        if (!cl.items.length) expect(cl.text, `${name} ${cl.number}`).toMatch(/[.\]:]$/);
      }
    }
  });

  it('ends a clause closed by an answer with a full stop, unless the answer already ends a sentence', () => {
    expect(endSentence('This mandate ends, unless renewed: 31 December 2027')).toBe('This mandate ends, unless renewed: 31 December 2027.');
    expect(endSentence('In the words of the party: نريد السلام.')).toBe('In the words of the party: نريد السلام.');
    expect(endSentence('उद्देश्य शांति है।')).toBe('उद्देश्य शांति है।');
    expect(endSentence('[To be decided: the location.]')).toBe('[To be decided: the location.]');
  });

  it('lists the lessons in Annex A in the order of the clauses they annotate', () => {
    for (const name of fixtureNames()) {
      const doc = compose(c.questionnaire, readFixture(name).answers, c.knowledge, c.mandate, options(true));
      const noted = doc.articles.flatMap((x) => x.clauses.flatMap((cl) => cl.notes.map((n) => n.title)));
      const annexA = doc.annexes.find((x) => x.key === 'lessons')!.blocks.flatMap((b) => (b.kind === 'item' ? [b.title] : []));
      expect(annexA.slice(0, noted.length), name).toEqual(noted);
    }
  });

  it('gives an armed group, not a state, the lesson on secretariats serving a narrow circle', () => {
    const titles = (name: string) => compose(c.questionnaire, readFixture(name).answers, c.knowledge, c.mandate, options(false))
      .annexes.find((x) => x.key === 'lessons')!.blocks.flatMap((b) => (b.kind === 'item' ? [b.title] : []));
    expect(titles('armed-group-pre-formal')).toContain('Serving a narrow circle raises questions of legitimacy');
    expect(titles('state-preparing-talks')).not.toContain('Serving a narrow circle raises questions of legitimacy');
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

describe('the annotated draft of a workshop scenario', () => {
  const scenario = c.scenarios.find((s) => s.id === 'taliban-doha-2013')!;
  const answers = readFixture('scenario-taliban-doha-2013').answers;

  it('ends with Annex E, the design against history area by area, with the lesson where they differ', () => {
    const doc = compose(c.questionnaire, answers, c.knowledge, c.mandate, { ...options(true), scenario });
    const e = doc.annexes.at(-1)!;
    expect(e.letter).toBe('E');
    expect(e.title).toContain(scenario.title);
    const headings = e.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toHaveLength(7);
    expect(headings.find((h) => h.startsWith('Placement'))).toMatch(/differs/);
    expect(e.blocks.some((b) => b.kind === 'item' && b.title.startsWith('Lesson:'))).toBe(true);
  });

  it('the clean draft leaves the comparison out', () => {
    const doc = compose(c.questionnaire, answers, c.knowledge, c.mandate, { ...options(false), scenario });
    expect(doc.annexes.map((x) => x.letter)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('the donor view', () => {
  const donor = readFixture('donor-armed-group').answers;

  it("a donor's draft opens with a support scope: what to fund, the risks of funding an armed group, what to monitor, cited lessons", async () => {
    const { composeSupportScope } = await import('./compose.ts');
    const doc = compose(c.questionnaire, donor, c.knowledge, c.mandate, { ...options(false), support: c.support });
    expect(doc.front).toHaveLength(1);
    const scope = doc.front[0]!;
    const headings = scope.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['What to fund in this phase', 'Risks of funding', 'Questions to monitor', 'Lessons for funders']);
    const titles = scope.blocks.flatMap((b) => (b.kind === 'item' ? [b.title] : []));
    expect(titles).toEqual(expect.arrayContaining(['Staff', 'Training', 'Advisers', 'Equipment and premises', 'Being seen to institutionalise an armed group']));
    // Funding decided and accounts published and audited: no risk of unsecured or unseen money, as check-your-answers says.
    expect(titles).not.toContain('Money that is not secured or not seen');
    for (const b of scope.blocks) if (b.kind === 'item' && !['Staff', 'Training', 'Advisers', 'Equipment and premises', 'Running costs and accounting'].includes(b.title)) expect(b.sources.length, b.title).toBeGreaterThan(0);
    const alone = composeSupportScope(c.questionnaire, donor, c.knowledge, c.support, options(false));
    expect(alone.articles).toEqual([]);
    expect(alone.front).toEqual(doc.front);
    expect(alone.fileName).toMatch(/-support-scope\.pdf$/);
  });

  it('a state donor is not warned about institutionalising an armed group', () => {
    const doc = compose(c.questionnaire, readFixture('state-preparing-talks').answers, c.knowledge, c.mandate, { ...options(false), support: c.support });
    expect(doc.front).toEqual([]);
    const asDonor = compose(c.questionnaire, { ...readFixture('state-preparing-talks').answers, 'user-role': 'donor' }, c.knowledge, c.mandate, { ...options(false), support: c.support });
    const titles = asDonor.front[0]!.blocks.flatMap((b) => (b.kind === 'item' ? [b.title] : []));
    expect(titles).not.toContain('Being seen to institutionalise an armed group');
  });
});
