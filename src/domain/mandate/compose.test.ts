import { describe, expect, it } from 'vitest';
import { t } from '../ui/strings.ts';
import { loadSiteContent } from '../../content-io/site.ts';
import { fixtureNames, readFixture } from '../../../tests/fixtures/read.ts';
import type { Answers } from '../answers/schema.ts';
import { atStart, compose, ComposeError, composeSupportScope, endSentence, inSentence, namesIn, punctuateList, slug } from './compose.ts';
import { splitBrackets, type MandateDocument } from './document.ts';
import { relevantLessons } from '../rules/findings.ts';
import { riskCards } from '../wizard/check.ts';
import { evaluate } from '../conditions/condition.ts';
import { emptyDonorScope } from '../support/budget.ts';
import { effectiveAnswers, visibleOptions } from '../questionnaire/visibility.ts';
import type { Question } from '../questionnaire/schema.ts';
import type { MandateContent } from './schema.ts';

const c = loadSiteContent();
const options = (kind: 'instrument' | 'brief') => ({ kind, date: new Date('2026-11-24T09:00:00Z'), lang: 'en' as const, ui: c.ui });
const make = (answers: Answers, kind: 'instrument' | 'brief' = 'instrument') => compose(c.questionnaire, answers, c.knowledge, c.mandate, options(kind));
const fixture = (name: string) => readFixture(name).answers;
const visibleOptionIds = (q: Question, a: Record<string, string>) => visibleOptions(q, a).map((o) => o.id);

/** Every operative sentence of the instrument, with its clause number. */
const sentences = (doc: MandateDocument) => doc.articles.flatMap((a) => a.clauses.flatMap((cl) => [cl.text, ...cl.items].map((text) => ({ at: cl.number, key: `${a.key}/${cl.key}`, text }))));
/** The text outside brackets: what the instrument decides, not what it leaves open. */
const decided = (text: string) => splitBrackets(text).filter((p) => !p.open).map((p) => p.text).join('');
const wholeText = (doc: MandateDocument) => [doc.title, ...doc.recitals, doc.enacting, ...sentences(doc).map((s) => s.text), ...doc.closing, ...doc.signatures.flatMap((s) => [s.for ?? '', ...s.lines])].join('\n');
const userTexts = (a: Answers) => Object.values(a).filter((v): v is string => typeof v === 'string' && v.includes(' '));

/** The shape of a document: its form, article and clause keys, and (in the brief) which lessons stand beside which clause. */
function structure(doc: MandateDocument) {
  return {
    form: doc.form,
    recitals: doc.recitals.length,
    articles: doc.articles.map((a) => `${a.number} ${a.key}: ${a.clauses.map((cl) => cl.key + (cl.items.length ? `(${cl.items.length})` : '') + (cl.notes.length ? ` [${cl.notes.map((n) => n.id).join(', ')}]` : '')).join(' · ')}`),
    signatures: doc.signatures.length,
    front: doc.front.map((f) => f.key),
    annexes: doc.annexes.map((x) => `${x.letter} ${x.key}: ${x.blocks.length}`),
  };
}

describe('the instrument and the brief keep their structure', () => {
  for (const name of fixtureNames()) {
    for (const kind of ['instrument', 'brief'] as const) {
      it(`the ${kind} for ${name} has the articles, clauses and lessons of its structure snapshot, and is the same every time`, async () => {
        const doc = make(fixture(name), kind);
        expect(make(fixture(name), kind)).toEqual(doc);
        await expect(JSON.stringify(structure(doc), null, 2) + '\n').toMatchFileSnapshot(`../../../tests/structure/${name}-${kind}.json`);
      });
    }
  }
});

describe('the instrument reads as a text a party would adopt', () => {
  const all = fixtureNames().map((name) => ({ name, a: fixture(name), doc: make(fixture(name)) }));

  it('carries no tool name, no "you", no lesson, risk, source or annex', () => {
    for (const { name, doc } of all) {
      const text = wholeText(doc);
      expect(text, name).not.toMatch(/Mandate Designer|\byour?\b|\bannex\b|\blessons? from\b|\brisks?\b|Accord 29|without prejudice to the party's ownership|professional, accountable/i);
      expect(doc.front, name).toEqual([]);
      expect(doc.annexes, name).toEqual([]);
      expect(doc.articles.flatMap((x) => x.clauses.flatMap((cl) => cl.notes)), name).toEqual([]);
    }
  });

  it('states duties with "shall" and discretion with "may", never in the descriptive present', () => {
    for (const { name, a, doc } of all) {
      const own = userTexts(a);
      for (const s of sentences(doc)) {
        if (own.some((u) => s.text.includes(u.trim().split('\n')[0]!.slice(0, 30))) || s.key.startsWith('definitions/')) continue;
        expect(s.text, `${name} ${s.at}`).not.toMatch(/\b(reports to|are appointed|is funded|are recruited|is established by|acts on)\b/);
      }
      for (const a2 of doc.articles.filter((x) => !['definitions', 'further', 'final', 'purpose'].includes(x.key))) {
        for (const cl of a2.clauses) expect(`${cl.text} ${cl.items.join(' ')}`, `${name} ${cl.number}`).toMatch(/\b(shall|may|hereby)\b|^\[/);
      }
    }
  });

  it('defines one short name and uses it, with one capital, in every clause', () => {
    for (const { name, a } of all) {
      // A short name is asked only once the body has a full name.
      const doc = make({ ...a, 'secretariat-name': a['secretariat-name'] ?? 'Peace Office of the Parties', 'short-name': 'the Office' });
      const defs = doc.articles[0]!.clauses[0]!.items.join(' ');
      expect(defs, name).toContain('"the Office" means');
      const text = sentences(doc).filter((s) => !s.key.startsWith('definitions/')).map((s) => s.text).join('\n');
      expect(text, name).not.toMatch(/\bthe Secretariat\b|\bthe office\b(?! in the host)/);
      expect(text, name).toMatch(/\bthe Office\b/);
      for (const cl of doc.articles.flatMap((x) => x.clauses)) expect(cl.text, `${name} ${cl.number}`).not.toMatch(/^the Office/);
    }
  });

  it('opens every sentence with a capital and keeps a name\'s article inside a sentence', () => {
    const doc = make(fixture('scenario-taliban-doha-2013'));
    expect(doc.recitals.join(' ')).toContain('the Taliban movement');
    for (const { name, doc: d } of all) {
      for (const s of [d.title, ...d.recitals, d.enacting, ...d.articles.flatMap((x) => x.clauses.map((cl) => cl.text))]) expect(s, name).toMatch(/^(\P{L}*\p{Lu}|\[|\d|"|\p{Lo})/u);
    }
    expect(inSentence('The Government of Nepal')).toBe('the Government of Nepal');
    expect(inSentence('Theatre of Peace')).toBe('Theatre of Peace');
    expect(atStart('the Office')).toBe('The Office');
    expect(atStart('«the Office')).toBe('«The Office');
  });

  it('gives no number, period or frequency that the answers did not give', () => {
    const periods = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?|years?)\b|\bevery (year|month)\b|\bannual(ly)?\b/gi;
    for (const { name, a, doc } of all) {
      // The review's and the reports' rhythms are the answers' own.
      const reports = { monthly: 'every month', quarterly: 'three months', 'six-monthly': 'six months' }[a['report-frequency'] as string] ?? '';
      const allowed = [a.review === 'six-monthly' ? 'six months' : '', a.review === 'yearly' ? 'every year' : '', reports, ...userTexts(a)].filter(Boolean);
      for (const s of sentences(doc)) {
        let text = decided(s.text);
        for (const u of allowed) text = text.split(u).join('');
        // The budget is annual by nature of a budget, not a period the text invents for a decision.
        text = text.replace('an annual budget', '');
        expect(text.match(periods), `${name} ${s.at}: ${s.text}`).toBeNull();
      }
    }
  });

  it('speaks of "the Government" in a state\'s instrument, never of "the party"', () => {
    for (const { name, a, doc } of all) {
      if (a['party-type'] !== 'state') continue;
      expect(wholeText(doc), name).not.toMatch(/\bthe party\b/i);
      expect(wholeText(doc), name).toMatch(/\bthe Government\b/);
    }
  });

  it('puts the user\'s own words in as provisions, never as a quotation', () => {
    for (const { name, a, doc } of all) {
      expect(wholeText(doc), name).not.toMatch(/In the words of|proposed for discussion/);
      if (typeof a.remarks === 'string' && a.remarks.trim()) {
        const further = doc.articles.find((x) => x.key === 'further');
        expect(further, name).toBeDefined();
        expect(further!.clauses.map((cl) => cl.text).join('\n'), name).toContain(a.remarks.trim().split('\n')[0]!.trim());
      }
    }
  });

  it('never lets two clauses contradict each other or the answers', () => {
    for (const { name, a, doc } of all) {
      const text = sentences(doc).map((s) => decided(s.text)).join('\n');
      if (a.phase === 'pre-formal') expect(text, name).not.toMatch(/If the negotiations are suspended/);
      if (a.visibility !== 'public') expect(text, name).not.toMatch(/\b(this \w+|its mandate) shall be published/);
      expect(text, name).not.toMatch(/established by decree, which shall set out|which shall record this mandate/);
      const endsAfterImplementation = /shall end when the implementation of the peace agreement has been completed/.test(text);
      const becomesAtEnd = /At the end of its mandate, .* shall continue as a body supporting the implementation/.test(text);
      expect(endsAfterImplementation && becomesAtEnd, name).toBe(false);
    }
    // Implementation under way, the mandate ending with it, and the office becoming an implementation body: the text asks.
    const both = make({ ...fixture('careful-state-implementation'), phase: 'implementation', sunset: 'after-implementation', transformation: 'implementation-body' });
    const sunset = both.articles.find((x) => x.key === 'duration')!.clauses.find((cl) => cl.key === 'sunset')!;
    expect(sunset.text).toMatch(/^\[.* \/ .*\]\.?$/);
    const brief = make({ ...fixture('careful-state-implementation'), phase: 'implementation', sunset: 'after-implementation', transformation: 'implementation-body' }, 'brief');
    expect(JSON.stringify(brief.annexes.find((x) => x.key === 'risks'))).toContain('Which is meant?');
  });

  it('prints an undecided point as the question\'s options in brackets, never a bare "to be decided"', () => {
    const doc = make({ ...fixture('state-preparing-talks'), location: 'not-decided', funding: 'not-decided' });
    const seat = doc.articles.find((x) => x.key === 'seat')!.clauses[0]!.text;
    expect(seat).toBe('The Secretariat shall have its seat [in the capital / near the other bodies supporting the peace process / in [ ], on terms agreed with the host State].');
    expect(doc.articles.find((x) => x.key === 'funding')!.clauses[0]!.text).toMatch(/^The Secretariat shall be funded \[from the budget of the Government \/ by donors/);
    for (const { name, doc: d } of all) expect(wholeText(d), name).not.toMatch(/To be decided|To be completed/);
  });

  it('takes the form its legal basis calls for: title, enacting words, final words and signatures', () => {
    const base = fixture('state-preparing-talks');
    const form = (basis: string) => make({ ...base, 'legal-basis': basis as Answers['legal-basis'] });
    expect(form('cabinet-decision')).toMatchObject({ form: 'cabinet-decision', enacting: 'The Cabinet decides as follows:' });
    expect(form('cabinet-decision').title).toMatch(/^Decision of the Cabinet on the establishment of /);
    expect(form('cabinet-decision').closing[0]).toMatch(/^Adopted by the Cabinet at \[place\] on \[date\]\.$/);
    expect(form('decree').title).toMatch(/^Decree No\. \[ \] establishing /);
    expect(form('decree').recitals.at(-1)).toMatch(/^In exercise of the powers conferred by \[/);
    expect(form('decree').closing[0]).toBe('Done at [place] on [date].');
    const act = form('statute');
    expect(act.title).toMatch(/ Act \[year\]$/);
    expect(act.longTitle).toMatch(/^An Act to establish /);
    expect(act.enacting).toMatch(/enacted/);
    expect(act.labels.article).toBe('Section');
    expect(act.articles[0]!.clauses[0]!.items.join(' ')).toMatch(/under section \d+/);
    const resolution = form('party-resolution');
    expect(resolution.enacting).toMatch(/resolves as follows:$/);
    const agreement = make({ ...fixture('coalition-formal-talks'), 'legal-basis': 'agreement-between-parties' });
    expect(agreement.recitals[0]).toMatch(/\(hereinafter "the Parties"\),$/);
    expect(agreement.enacting).toBe('The Parties have agreed as follows:');
    expect(agreement.closing[0]).toMatch(/in \[number\] originals\.$/);
    expect(agreement.articles.at(-1)!.clauses.at(-1)!.text).toMatch(/texts of this Agreement shall be equally authentic\.$/);
    expect(agreement.signatures.length).toBeGreaterThanOrEqual(2);
    const open = form('not-decided');
    expect(open.title).toMatch(/^\[Decision \/ Decree \/ Resolution \/ Agreement\] establishing /);
    for (const d of [form('cabinet-decision'), act, resolution, agreement, open]) {
      expect(d.articles.map((x) => x.key).slice(0, 2)).toEqual(['definitions', 'establishment']);
      expect(d.articles.at(-1)!.key).toBe('final');
      expect(d.articles.map((x) => x.key)).toEqual(expect.arrayContaining(['purpose', 'functions', 'head', 'reporting', 'staff', 'relations', 'funding', 'conduct', 'records', 'continuity', 'review', 'duration']));
    }
  });

  it('numbers its articles and clauses in order and resolves every reference to an article', () => {
    for (const { name, doc } of all) {
      doc.articles.forEach((a, i) => {
        expect(a.number, name).toBe(String(i + 1));
        a.clauses.forEach((cl, j) => expect(cl.number, name).toBe(`${a.number}.${j + 1}`));
      });
      expect(wholeText(doc), name).not.toMatch(/\u0000|\{[a-z-]+\}/);
    }
  });

  it('ends every list item with a semicolon and the last with a full stop, whichever items the answers keep', () => {
    expect(punctuateList(['keep records;', 'advise the leadership;'])).toEqual(['keep records;', 'advise the leadership.']);
    for (const { name, doc } of all) {
      for (const cl of doc.articles.flatMap((x) => x.clauses)) {
        cl.items.forEach((it, i) => expect(it, `${name} ${cl.number}`).toMatch(i === cl.items.length - 1 ? /\.$/ : /;$/));
        if (!cl.items.length) expect(cl.text, `${name} ${cl.number}`).toMatch(/[.\]!?।۔。؟]$/u);
      }
    }
    expect(endSentence('The mandate shall end on 31 December 2027')).toBe('The mandate shall end on 31 December 2027.');
    expect(endSentence('उद्देश्य शांति है।')).toBe('उद्देश्य शांति है।');
  });

  it('writes a fixed end date as "on" a date, and a period as typed, renewing only when the user did not say so', () => {
    const base = { ...fixture('state-preparing-talks'), sunset: 'fixed-date' as const };
    const sunset = (d: string) => make({ ...base, 'sunset-date': d }).articles.find((x) => x.key === 'duration')!.clauses[0]!.text;
    expect(sunset('31 December 2027')).toBe('The mandate of the Secretariat shall end on 31 December 2027, unless renewed by the Cabinet.');
    expect(sunset('12 months after the date of adoption unless the Cabinet renews it')).toBe('The mandate of the Secretariat shall end 12 months after the date of adoption unless the Cabinet renews it.');
  });

  it('treats a slot with no value as an error, never an empty string', () => {
    const broken: MandateContent = { ...c.mandate, recitals: [{ text: 'Established in {joint-members}.' }] };
    expect(() => compose(c.questionnaire, fixture('state-preparing-talks'), c.knowledge, broken, options('instrument'))).toThrow(ComposeError);
  });

  it('names its files instrument or brief, and keeps a name in any script readable', () => {
    expect(make(fixture('state-preparing-talks')).fileStem).toBe('secretaría-de-paz-bogotá-ñ-ő-мир-2026-11-24-instrument');
    expect(make(fixture('state-preparing-talks'), 'brief').fileStem).toMatch(/-brief$/);
    expect(slug('Мир')).toBe('мир');
    expect(slug('مكتب السلام')).toBe('مكتب-السلام');
  });
});

describe('the brief', () => {
  it('places each lesson once, beside a clause it bears on, and points to it from the lessons annex', () => {
    const clauseQuestions = new Map(c.mandate.articles.flatMap((a) => a.clauses.map((cl) => [`${a.key}/${cl.key}`, cl.questions] as const)));
    for (const name of fixtureNames()) {
      const doc = make(fixture(name), 'brief');
      const seen = new Set<string>();
      for (const a of doc.articles) for (const cl of a.clauses) for (const n of cl.notes) {
        expect(seen.has(n.id), `${name}: ${n.id} twice`).toBe(false);
        seen.add(n.id);
        const lesson = c.knowledge.lessons.find((l) => l.id === n.id)!;
        const qs = clauseQuestions.get(`${a.key}/${cl.key.replace(/-\d+$/, '')}`) ?? [];
        expect(lesson.questions.some((q) => qs.includes(q)), `${name}: ${n.id} beside ${a.key}/${cl.key}`).toBe(true);
      }
      const pointers = doc.annexes.find((x) => x.key === 'lessons')!.blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
      expect(pointers.length, name).toBe(seen.size);
      for (const p of pointers) expect(p, name).toMatch(/\(beside (Article|Section) \d+\.\d+\)$/);
    }
  });

  it('opens with a cover note that is not part of the instrument, and says which decisions are open', () => {
    const doc = make({ ...fixture('state-preparing-talks'), location: 'not-decided' }, 'brief');
    expect(doc.front.map((f) => f.key)).toEqual(['cover']);
    const cover = JSON.stringify(doc.front[0]);
    expect(cover).toContain('not part of the instrument');
    expect(cover).toContain('Location');
    expect(doc.annexes.map((x) => x.key)).toEqual(['lessons', 'risks', 'support', 'sources']);
  });

  it('marks lessons from outside the article and risks the sources only imply', () => {
    const docs = fixtureNames().map((n) => make(fixture(n), 'brief'));
    expect(docs.some((d) => d.articles.some((a) => a.clauses.some((cl) => cl.notes.some((n) => n.external))))).toBe(true);
    const inferred = c.knowledge.risks.filter((r) => r.basis === 'implied').map((r) => r.title);
    for (const d of docs) for (const b of d.annexes.find((x) => x.key === 'risks')!.blocks) {
      if (b.kind === 'item' && inferred.includes(b.title)) expect(b.tags, b.title).toContain('inferred');
    }
  });

  it('derives the support needs from the answers', () => {
    const support = JSON.stringify(make(fixture('armed-group-pre-formal'), 'brief').annexes.find((x) => x.key === 'support'));
    expect(support).toContain('Up to 5');
    expect(support).toContain('Secure communications');
  });

  it('of a workshop scenario ends with Annex E, the design against history, which the instrument leaves out', () => {
    const scenario = c.scenarios.find((s) => s.id === 'taliban-doha-2013')!;
    const answers = fixture('scenario-taliban-doha-2013');
    const doc = compose(c.questionnaire, answers, c.knowledge, c.mandate, { ...options('brief'), scenario });
    const e = doc.annexes.at(-1)!;
    expect(e.letter).toBe('E');
    expect(e.blocks.filter((b) => b.kind === 'heading')).toHaveLength(7);
    expect(compose(c.questionnaire, answers, c.knowledge, c.mandate, { ...options('instrument'), scenario }).annexes).toEqual([]);
  });
});

describe('the donor\'s support scope, a document of its own', () => {
  it('says what to fund, the risks of funding, what to monitor, and cited lessons', () => {
    // With a plan for the day donor funding stops (the fixture itself has none: see the next test).
    const planned = { ...fixture('donor-armed-group'), 'funding-terms': ['per-phase', 'core-if-stops'] } as Answers;
    const doc = composeSupportScope(c.questionnaire, planned, c.knowledge, c.support, options('instrument'));
    expect(doc.kind).toBe('scope');
    expect(doc.articles).toEqual([]);
    const headings = doc.front[0]!.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['Duration and phases', 'Modality', 'Budget', 'What to fund in this phase', 'Risks of funding', 'Co-funding', 'Exit', 'Questions to monitor', 'Lessons for funders']);
    const titles = doc.front[0]!.blocks.flatMap((b) => (b.kind === 'item' ? [b.title] : []));
    expect(titles).toEqual(expect.arrayContaining(['Staff', 'Training', 'Advisers', 'Equipment and premises']));
    // The funder's angle on a finding stands under it: donors' anxiety about institutionalising an armed group.
    const bullets = doc.front[0]!.blocks.flatMap((b) => (b.kind === 'item' ? (b.bullets ?? []) : []));
    expect(bullets.some((x) => x.startsWith('For a funder:') && /institutionalise armed groups/.test(x))).toBe(true);
    // Funding decided and accounts published and audited: no risk of unsecured or unseen money, as check-your-answers says.
    expect(titles).not.toContain('Money that is not secured or not seen');
    expect(doc.fileStem).toMatch(/-support-scope$/);
  });

  it('lists money that is not secured when donors fund the office with no plan for the day their funding stops', () => {
    const titles = (a: Answers) => composeSupportScope(c.questionnaire, a, c.knowledge, c.support, options('instrument')).front[0]!.blocks.flatMap((b) => (b.kind === 'item' ? [b.title] : []));
    expect(titles(fixture('donor-armed-group'))).toContain('Outside funding with no plan for when it stops');
    expect(titles({ ...fixture('donor-armed-group'), 'funding-terms': ['wind-down-plan'] } as Answers)).not.toContain('Outside funding with no plan for when it stops');
  });


  it('is never inside the instrument or the brief, and neither carries its risks of funding or its budget', () => {
    for (const name of fixtureNames())
      for (const kind of ['instrument', 'brief'] as const) {
        const doc = make({ ...fixture(name), 'user-role': 'donor' }, kind);
        expect(doc.front.map((f) => f.key), name).not.toContain('support-scope');
        const texts = JSON.stringify(doc);
        expect(texts, `${name} ${kind}`).not.toContain(c.ui['scope.risks']);
        expect(texts, `${name} ${kind}`).not.toContain(c.ui['scope.budget-caption']);
      }
  });

  for (const name of fixtureNames()) {
    it(`lists as risks of funding for ${name} exactly the risks check-your-answers raises, and only lessons that fit the party`, () => {
      const answers = fixture(name);
      const blocks = composeSupportScope(c.questionnaire, answers, c.knowledge, c.support, options('instrument')).front[0]!.blocks;
      const at = (heading: string) => blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
      const risks = blocks.slice(at('Risks of funding') + 1, at('Co-funding')).flatMap((b) => (b.kind === 'item' ? [b.title] : []));
      const check = riskCards(c.questionnaire, c.knowledge, answers, { notProvided: '', without: '' }).map((r) => r.finding.risk.title);
      expect(risks).toEqual(check);
      const eff = effectiveAnswers(c.questionnaire, answers);
      const fitting = new Set(relevantLessons(eff, c.knowledge.lessons).map((f) => f.lesson.title));
      const lessons = blocks.slice(at('Lessons for funders') + 1).flatMap((b) => (b.kind === 'item' ? [b.title] : []));
      for (const title of lessons) expect(fitting.has(title), title).toBe(true);
      // A government's scope carries no lesson or risk written for armed groups only.
      if (eff['party-type'] === 'state') {
        const forGroups = c.knowledge.lessons.filter((l) => l.when && !evaluate(l.when, { ...eff })).map((l) => l.title);
        for (const title of lessons) expect(forGroups).not.toContain(title);
      }
    });
  }

  it('puts the donor\'s phases, modality, budget with totals, co-funding and exit in the scope, and no amount the donor did not enter', () => {
    const donor = {
      ...emptyDonorScope('Preparing talks'),
      currency: 'EUR',
      phases: [
        { name: 'Set-up', months: '6' },
        { name: 'Talks', months: '12' },
      ],
      modality: ['grant', 'advisers-in-kind'] as const,
      cofunding: 'The party pays the premises.',
      exit: 'Support ends six months after an agreement.',
      cells: { 'staff/0': { units: '24', amount: '60,000' }, 'staff/1': { units: '', amount: '90000' }, 'training/1': { units: '10', amount: '' } },
    };
    const doc = composeSupportScope(c.questionnaire, fixture('state-leader-office-donor'), c.knowledge, c.support, options('instrument'), { ...donor, modality: [...donor.modality] });
    const blocks = doc.front[0]!.blocks;
    const table = blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.head).toEqual(['Category', 'Set-up', 'Talks', 'Total']);
    expect(table.rows[0]).toEqual(['Staff (staff-months)', '24', '', '24']);
    expect(table.rows[1]).toEqual(['Staff: amount', '60,000', '90,000', '150,000']);
    expect(table.rows[2]).toEqual(['Training (training days)', '', '10', '10']);
    // A row the donor left empty stays empty: no cost is proposed.
    expect(table.rows[3]).toEqual(['Training: amount', '', '', '']);
    for (const r of table.rows.slice(4)) expect(r.slice(1).every((x) => x === '')).toBe(true);
    expect(table.foot).toEqual(['Total amount', '60,000', '90,000', '150,000']);
    const texts = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : []));
    expect(texts).toEqual(expect.arrayContaining(['Set-up: 6 months', 'Talks: 12 months', 'Duration: 18 months in all.', 'A grant', 'Advisers in kind', 'The party pays the premises.', 'Support ends six months after an agreement.']));
    expect(texts.some((x) => x.includes('Amounts in EUR.'))).toBe(true);
  });

  it('shows an empty budget, with a phase named after the answers, when the donor has entered nothing', () => {
    const doc = composeSupportScope(c.questionnaire, fixture('state-leader-office-donor'), c.knowledge, c.support, options('instrument'));
    const table = doc.front[0]!.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.head).toEqual(['Category', 'Before formal talks, exploring whether dialogue is possible', 'Total']);
    expect([...table.rows.flatMap((r) => r.slice(1)), ...table.foot.slice(1)].every((x) => x === '')).toBe(true);
  });
});

describe('the support scope for a government', () => {
  it('says when no risk of funding applies, and lists no lesson that does not fit the answers', () => {
    const doc = composeSupportScope(c.questionnaire, fixture('state-leader-office-donor'), c.knowledge, c.support, options('instrument'));
    const blocks = doc.front[0]!.blocks;
    const risksAt = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Risks of funding');
    const next = blocks[risksAt + 1]!;
    if (next.kind === 'paragraph') expect(next.text).toMatch(/None of the risks of funding/);
    const lessons = blocks.slice(blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Lessons for funders')).flatMap((b) => (b.kind === 'item' ? [b.title] : []));
    const fitting = new Set(relevantLessons(effectiveAnswers(c.questionnaire, fixture('state-leader-office-donor')), c.knowledge.lessons).map((f) => f.lesson.title));
    for (const title of lessons) expect(fitting.has(title), title).toBe(true);
  });
});

describe('after a drafter\'s second read', () => {
  it('an agreement signs once for each party the answers name, keeping the witness', () => {
    const doc = make({ ...fixture('coalition-formal-talks'), 'legal-basis': 'agreement-between-parties', structure: 'joint', 'joint-members': 'the Alliance of Signatory Movements and the Government of Aldoria' });
    expect(doc.signatures.map((s) => s.for)).toEqual(['For the Alliance of Signatory Movements:', 'For the Government of Aldoria:', '[Witnessed by [the facilitator]:]']);
    expect(namesIn('A, B and C')).toEqual(['A', 'B', 'C']);
    expect(namesIn('A\nB; C')).toEqual(['A', 'B', 'C']);
  });

  it('a list of one reads as one sentence', () => {
    for (const name of fixtureNames()) for (const cl of make(fixture(name)).articles.flatMap((a) => a.clauses)) expect(cl.items.length, `${name} ${cl.number}`).not.toBe(1);
    const doc = make({ ...fixture('state-preparing-talks'), 'women-participation': ['gender-adviser'] });
    expect(doc.articles.flatMap((a) => a.clauses).find((cl) => cl.key === 'women')!.text).toMatch(/in particular through a gender adviser\.$/);
  });

  it('asks whether an office that works confidentially is also to deal with the media, instead of saying both', () => {
    const doc = make({ ...fixture('state-preparing-talks'), visibility: 'confidential', tasks: ['communications-media', 'advice'] });
    expect(doc.articles.find((a) => a.key === 'seat')!.clauses.find((cl) => cl.key === 'visibility')!.text).toMatch(/^The Secretariat shall work \[confidentially; .* \/ with a low public profile, .*\]\.$/);
    expect(JSON.stringify(make({ ...fixture('state-preparing-talks'), visibility: 'confidential', tasks: ['communications-media'] }, 'brief').annexes)).toContain('Which is meant: confidential work');
  });

  it('lets the head delegate to the deputy the instrument appoints, and offers "a deputy" only where none is appointed', () => {
    const withDeputy = wholeText(make(fixture('state-preparing-talks')));
    expect(withDeputy).toContain('shall appoint a deputy');
    expect(withDeputy).toContain('may delegate functions in writing to the deputy or to members of staff.');
    expect(withDeputy).not.toContain('[a deputy / members of staff]');
    expect(wholeText(make(fixture('armed-group-pre-formal')))).toContain('may delegate functions in writing to [a deputy / members of staff].');
  });

  it('defines the head\'s title once, in the definitions, and uses the title answered', () => {
    for (const name of fixtureNames()) expect(wholeText(make(fixture(name))).match(/"the (Head|Director|Secretary-General|Commissioner|Coordinator)" means/g), name).toHaveLength(1);
    const director = wholeText(make({ ...fixture('state-preparing-talks'), 'head-title': 'director' }));
    expect(director).toContain('"the Director" means the head of the Secretariat');
    expect(director).not.toMatch(/\bthe Head\b(?! of Government)/);
    expect(wholeText(make({ ...fixture('state-preparing-talks'), 'head-title': 'not-decided' }))).toMatch(/headed by \[a Director \/ a Secretary-General \/ a Commissioner \/ a Coordinator\]/);
  });
});

describe('names keep their article (DRAFTING §3)', () => {
  it('names a party, an office and a host typed without their article with it, and leaves the others as typed', () => {
    const a = { ...fixture('armed-group-pre-formal'), 'party-name': 'Northern Liberation Movement', 'secretariat-name': 'Peace Secretariat of the Movement', 'host-state': 'United Kingdom' };
    const text = wholeText(make(a)) + make(a, 'brief').subject;
    expect(text).toContain('the Northern Liberation Movement');
    expect(text).not.toMatch(/(^|[^e] )Northern Liberation Movement/m);
    expect(text).toMatch(/The Peace Secretariat of the Movement|the Peace Secretariat of the Movement/);
    expect(text).not.toMatch(/(^|[^e] )Peace Secretariat of the Movement/m);
    expect(make(a).title).toBe('Resolution of the [leadership body] of the Northern Liberation Movement on the establishment of the Peace Secretariat of the Movement');
    // A statute's short title drops it, as a title does.
    expect(make({ ...a, 'legal-basis': 'statute' }).title).toMatch(/^Peace Secretariat of the Movement Act/);
    for (const typed of ['the Northern Liberation Movement', 'Colombia', 'FARC-EP']) expect(wholeText(make({ ...a, 'party-name': typed }))).toContain(typed);
  });

  it('gives a Spanish or French name its own article, contracted after a preposition', () => {
    const cs = loadSiteContent(process.cwd(), 'es');
    const cf = loadSiteContent(process.cwd(), 'fr');
    const a: Answers = { ...fixture('armed-group-pre-formal'), structure: 'separate', 'reporting-line': 'political-leadership' };
    const es = compose(cs.questionnaire, { ...a, 'party-name': 'Movimiento de Liberación del Norte' }, cs.knowledge, cs.mandate, { kind: 'instrument', date: new Date(), lang: 'es', ui: cs.ui });
    const fr = compose(cf.questionnaire, { ...a, 'party-name': 'Mouvement de libération du Nord' }, cf.knowledge, cf.mandate, { kind: 'instrument', date: new Date(), lang: 'fr', ui: cf.ui });
    expect(wholeText(es)).toContain('del Movimiento de Liberación del Norte');
    expect(wholeText(es)).not.toMatch(/de Movimiento de Liberación/);
    expect(wholeText(fr)).toMatch(/(du|le) Mouvement de libération du Nord/);
    expect(wholeText(fr)).not.toMatch(/de Mouvement de libération/);
  });
});

describe('the brief in Spanish and French', () => {
  it('goes on in small letters after the colon that introduces the answers raising a risk', () => {
    for (const lang of ['es', 'fr'] as const) {
      const cl = loadSiteContent(process.cwd(), lang);
      const doc = compose(cl.questionnaire, fixture('state-preparing-talks'), cl.knowledge, cl.mandate, { kind: 'brief', date: new Date(), lang, ui: cl.ui });
      const because = t(cl.ui, 'brief.because');
      const texts = doc.annexes.find((x) => x.key === 'risks')!.blocks.flatMap((b) => (b.kind === 'item' && b.text?.includes(because) ? [b.text] : []));
      expect(texts.length, lang).toBeGreaterThan(0);
      for (const text of texts) {
        expect(text.split(because)[1], lang).toMatch(/^ \p{Ll}/u);
        // And after each "; " that starts the next answer.
        for (const next of text.split(because)[1]!.split('; ').slice(1)) expect(next, lang).toMatch(/^\p{Ll}|^\P{L}/u);
      }
    }
  });
});

describe('a user\'s words in the instrument', () => {
  it('are never read as a template, whatever braces they hold', () => {
    const odd = '{secretariat} ${process.exit(1)} {{constructor}} {ref:head} {Short}';
    const doc = make({ ...fixture('armed-group-pre-formal'), 'party-name': odd, remarks: odd, 'host-state': odd });
    const text = wholeText(doc);
    expect(text).toContain(odd);
    expect(text).not.toContain('Article 5 {Short}');
  });
});

describe('the decisions a practitioner expects (issue 10)', () => {
  const clauseKeys = (doc: MandateDocument) => doc.articles.flatMap((a) => a.clauses.map((cl) => `${a.key}/${cl.key}`));
  const clause = (doc: MandateDocument, key: string) => doc.articles.flatMap((a) => a.clauses.map((cl) => ({ key: `${a.key}/${cl.key}`, cl }))).find((x) => x.key === key)?.cl;

  it('heads the office under the title answered, with a deputy, a term and removal for cause only where asked for', () => {
    const doc = make(fixture('careful-state-implementation'));
    expect(clause(doc, 'head/head-term')!.text).toMatch(/^The Secretariat shall be headed by a Commissioner, appointed by .* for a term of \[ \] years/);
    expect(clause(doc, 'head/deputy')!.text).toMatch(/shall appoint a deputy, who shall act for the Commissioner/);
    expect(clause(doc, 'head/head-removal-cause')!.text).toMatch(/only for cause stated in writing\.$/);
    expect(clauseKeys(doc)).not.toContain('head/head-removal');
    const small = make(fixture('armed-group-abroad-discreet'));
    expect(clauseKeys(small)).toEqual(expect.arrayContaining(['head/head', 'head/head-removal']));
    expect(clauseKeys(small)).not.toEqual(expect.arrayContaining(['head/deputy']));
  });

  it('gives the head direct access once, even when critical feedback asks for it too', () => {
    const a = { ...fixture('state-preparing-talks'), 'feedback-clause': 'explicit-task', 'feedback-rhythm': 'each-round', 'feedback-protection': ['direct-access'] } as Answers;
    expect(wholeText(make(a)).match(/direct access to/g)).toHaveLength(1);
    expect(wholeText(make(fixture('state-preparing-talks'))).match(/The Director shall have direct access to the Head of Government\./g)).toHaveLength(1);
  });

  it('lets a coalition\'s member groups steer their own office, and says nothing of it for a joint body or a single party', () => {
    expect(clause(make(fixture('coalition-formal-talks')), 'establishment/steering')!.text).toMatch(/through a steering committee on which each group has one representative\.$/);
    expect(clauseKeys(make({ ...fixture('coalition-formal-talks'), structure: 'joint' }))).not.toContain('establishment/steering');
    expect(clauseKeys(make(fixture('armed-group-abroad-discreet')))).not.toContain('establishment/steering');
  });

  it('writes the rules of an office abroad only for an office abroad, and the armed group\'s protections only for an armed group', () => {
    const abroad = make(fixture('armed-group-abroad-discreet'));
    expect(clauseKeys(abroad)).toEqual(expect.arrayContaining(['seat/representatives', 'seat/prohibited', 'seat/host-suspend', 'establishment/listing', 'establishment/travel']));
    expect(clause(abroad, 'seat/prohibited')!.items).toEqual(['raise funds for, or procure, weapons or other military equipment;', 'recruit any person for armed service.']);
    const home = make({ ...fixture('armed-group-abroad-discreet'), location: 'party-territory' });
    expect(clauseKeys(home)).not.toEqual(expect.arrayContaining(['seat/representatives']));
    expect(clauseKeys(home).filter((k) => ['seat/representatives', 'seat/host-suspend', 'seat/banking', 'establishment/privileges'].includes(k))).toEqual([]);
    expect(clauseKeys(home)).toEqual(expect.arrayContaining(['seat/prohibited', 'establishment/listing']));
    // A government's office at home is not asked, and its text carries none of them.
    expect(clauseKeys(make(fixture('state-preparing-talks'))).filter((k) => ['establishment/listing', 'establishment/travel', 'establishment/privileges', 'conduct/security', 'seat/prohibited', 'seat/representatives'].includes(k))).toEqual([]);
  });

  it('plans funding over time only for an office that others fund', () => {
    const donors = make(fixture('armed-group-abroad-discreet'));
    expect(clause(donors, 'funding/per-phase')).toBeDefined();
    expect(clause(donors, 'funding/if-funding-stops')!.text).toMatch(/^If funding from third parties stops, the Eastern Hills Movement shall fund the core functions/);
    expect(clause(donors, 'reporting/donor-reports')).toBeDefined();
    const own = make({ ...fixture('armed-group-abroad-discreet'), funding: 'own-budget' });
    expect(clauseKeys(own).filter((k) => ['funding/per-phase', 'funding/if-funding-stops', 'reporting/donor-reports'].includes(k))).toEqual([]);
  });

  it('offers a host state\'s funding only for an office abroad, and never prints it as a choice for one at home', () => {
    const q = c.questionnaire.sections.flatMap((s) => s.questions).find((x) => x.id === 'funding')!;
    expect(visibleOptionIds(q, { location: 'capital' })).not.toContain('host-state');
    expect(visibleOptionIds(q, { location: 'abroad-host-state' })).toContain('host-state');
    expect(clause(make({ ...fixture('state-preparing-talks'), funding: 'not-decided' }), 'funding/funding')!.text).not.toMatch(/host State/);
  });

  it('offers a ministry as what the office becomes only to a state, and a joint body only to an office that is not one already', () => {
    const armed = clause(make({ ...fixture('armed-group-abroad-discreet'), transformation: 'not-decided' }), 'duration/transformation')!.text;
    expect(armed).not.toMatch(/ministry/);
    expect(armed).toMatch(/joint body/);
    const joint = clause(make({ ...fixture('unarmed-party-stalled'), transformation: 'not-decided' }), 'duration/transformation')!.text;
    expect(joint).not.toMatch(/joint body|ministry/);
    expect(clause(make({ ...fixture('state-preparing-talks'), transformation: 'not-decided' }), 'duration/transformation')!.text).toMatch(/ministry/);
  });

  it('places the office among the other bodies, and asks who divides the work where one overlaps', () => {
    const doc = make(fixture('state-logistics-implementation'));
    expect(clause(doc, 'relations/other-bodies')!.text).toMatch(/^The Secretariat shall work, within its own mandate, with the ministries and public bodies concerned\.$/);
    expect(clause(doc, 'relations/overlap')!.text).toMatch(/shall set out in writing how their tasks are divided/);
    expect(clauseKeys(make(fixture('state-preparing-talks')))).not.toContain('relations/overlap');
  });

  it('lists the new tasks as functions, and coordinating ministries only for a state', () => {
    const tasks = ['ceasefire-support', 'humanitarian-access', 'research-analysis', 'technical-committees', 'ministry-coordination'];
    const state = clause(make({ ...fixture('state-preparing-talks'), tasks } as Answers), 'functions/functions')!.items.join(' ');
    expect(state).toMatch(/ceasefire.*humanitarian access.*research and analysis.*technical committees.*coordinate the work of ministries/);
    const armed = clause(make({ ...fixture('armed-group-abroad-discreet'), tasks } as Answers), 'functions/functions')!.items.join(' ');
    expect(armed).not.toMatch(/ministries/);
  });

  it('names the units of a larger office, and who speaks for it in public', () => {
    const doc = make(fixture('careful-state-implementation'));
    expect(clause(doc, 'staff/units')!.items).toEqual(['negotiation support;', 'communications;', 'administration and finance.']);
    expect(clause(doc, 'consultation/speaking')!.items[0]).toMatch(/^only a spokesperson named by .* shall speak for the Secretariat;$/);
    expect(clauseKeys(make({ ...fixture('careful-state-implementation'), 'staff-size': '6-to-15' }))).not.toContain('staff/units');
  });

  it('writes no clause on women when the mandate is to make no provision, and one when it does', () => {
    expect(clauseKeys(make(fixture('coalition-formal-talks')))).not.toContain('consultation/women');
    expect(clauseKeys(make(fixture('unarmed-party-stalled')))).toContain('consultation/women');
  });

  it('defines the Head of Government once and refers to it, instead of repeating "[the President / the Prime Minister]"', () => {
    const text = wholeText(make(fixture('state-preparing-talks')));
    expect(text.match(/\[the President \/ the Prime Minister\]/g)).toHaveLength(1);
    expect(text).toContain('"the Head of Government" means [the President / the Prime Minister]');
    expect(text).toContain('a unit of the Office of the Head of Government');
  });

  it('states the purpose once, in its article; the user\'s description goes beside it in the brief, not into Further provisions', () => {
    const a = fixture('state-preparing-talks');
    expect(typeof a.purpose).toBe('string');
    const doc = make(a);
    expect(wholeText(doc)).not.toContain(a.purpose!.slice(0, 40));
    expect(clauseKeys(doc).filter((k) => k.startsWith('further/'))).toEqual([]);
    const brief = make(a, 'brief');
    expect(JSON.stringify(brief.front)).toContain(a.purpose!.slice(0, 40));
    expect(JSON.stringify(brief.front)).toMatch(/which Article 3 states in the words of the instrument/);
  });

  it('lets the head propose amendments, or any Party where the body is joint', () => {
    expect(clause(make(fixture('state-preparing-talks')), 'review/amendment-proposals')!.text).toBe('The Director may propose to the Head of Government amendments to this Decision, stating the reasons for them.');
    expect(clause(make(fixture('unarmed-party-stalled')), 'review/amendment-proposals-joint')!.text).toMatch(/^Any of the Parties may propose an amendment/);
  });
});

describe('reporting, conduct, staff tenure and amendment follow the answers', () => {
  const clauseKeys = (doc: MandateDocument) => doc.articles.flatMap((a) => a.clauses.map((cl) => `${a.key}/${cl.key}`));
  const clause = (doc: MandateDocument, key: string) => doc.articles.flatMap((a) => a.clauses.map((cl) => ({ key: `${a.key}/${cl.key}`, cl }))).find((x) => x.key === key)?.cl;
  const base = fixture('state-preparing-talks');
  it('reports as often as answered, copies them to those named, and publishes only what was chosen', () => {
    expect(clause(make(base), 'reporting/reports')!.text).toBe('The Secretariat shall submit a written report on its work to the Head of Government every month.');
    expect(clause(make({ ...base, 'report-frequency': 'not-decided' }), 'reporting/reports')!.text).toMatch(/\[every month \/ every three months \/ every six months\]\.$/);
    expect(clause(make(base), 'reporting/report-copies')!.text).toBe('The Secretariat shall send a copy of each report to the negotiating team of the Government.');
    expect(clause(make({ ...base, 'report-recipients': [] }), 'reporting/report-copies')).toBeUndefined();
    expect(clause(make(fixture('state-leader-office-donor')), 'reporting/report-copies')!.items).toHaveLength(2);
    expect(clause(make(base), 'reporting/published-reports')!.text).toMatch(/^A summary of each report shall be published/);
    expect(clause(make({ ...base, 'report-publication': 'yearly-public-report' }), 'reporting/published-reports')!.text).toMatch(/shall publish a report on its work once a year/);
    expect(clause(make({ ...base, 'report-publication': 'nothing' }), 'reporting/published-reports')).toBeUndefined();
  });

  it('sets the code of conduct the way answered, with its rule on interests, and none when there is to be none', () => {
    expect(clause(make(base), 'conduct/code')!.text).toMatch(/^The Director shall adopt, within \[ \] months of the entry into force of this Decision, a code of conduct/);
    expect(clause(make({ ...base, 'conduct-code': 'annexed' }), 'conduct/code')!.text).toMatch(/set out in the Schedule to this Decision/);
    expect(clause(make({ ...base, 'conduct-code': 'party-rules' }), 'conduct/code')!.text).toMatch(/staff rules of the Government/);
    expect(clause(make(base), 'conduct/interests')).toBeDefined();
    const none = make({ ...base, 'conduct-code': 'none' });
    expect(clauseKeys(none).filter((k) => ['conduct/code', 'conduct/interests'].includes(k))).toEqual([]);
  });

  it('keeps staff contracts through a change of leadership and asks for a written handover when both are chosen', () => {
    const text = clause(make({ ...base, 'staff-continuity': 'both' }), 'staff/staff-continuity')!.text;
    expect(text).toMatch(/contracts shall continue through a change of leadership/);
    expect(text).toMatch(/hand over their files and knowledge in writing/);
    expect(clause(make(base), 'staff/staff-continuity')).toBeUndefined();
  });

  it('amends the mandate as it was adopted, after hearing the head when chosen, and by all the parties of a joint office', () => {
    expect(clause(make(base), 'review/amendment')!.text).toBe('This Decision may be amended only by decision of the Cabinet.');
    expect(clause(make(base), 'review/amendment-hearing')!.text).toBe('No amendment shall be made to this Decision before the Director has been heard on it.');
    expect(clause(make({ ...base, amendment: 'adopting-authority' }), 'review/amendment-hearing')).toBeUndefined();
    const joint = make(fixture('unarmed-party-stalled'));
    expect(clause(joint, 'review/amendment')).toBeUndefined();
    expect(clause(joint, 'review/amendment-by-parties')!.text).toMatch(/^This [A-Z][a-z]+ may be amended only by written agreement of all the Parties\.$/);
  });
});

