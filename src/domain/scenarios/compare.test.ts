import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { readFixture } from '../../../tests/fixtures/read.ts';
import { effectiveAnswers } from '../questionnaire/visibility.ts';
import { buildFailures, buildScenarios } from './build.ts';
import { compareWithHistory, COMPARED_AREAS } from './compare.ts';

const c = loadSiteContent();
const taliban = c.scenarios.find((s) => s.id === 'taliban-doha-2013')!;
const rowsFor = (answers: Record<string, unknown>) => compareWithHistory(c.questionnaire, effectiveAnswers(c.questionnaire, answers), taliban);

describe('workshop scenarios', () => {
  it('there are at least six, each with a brief, context answers, discussion questions and cited history', () => {
    expect(c.scenarios.length).toBeGreaterThanOrEqual(6);
    for (const s of c.scenarios) {
      expect(s.brief.length, s.id).toBeGreaterThan(0);
      for (const b of s.brief) expect(b.sources.length, `${s.id} brief`).toBeGreaterThan(0);
      expect(Object.keys(s.context), s.id).toEqual(expect.arrayContaining(['party-type', 'phase', 'structure']));
      expect(s.discussion.length).toBeGreaterThanOrEqual(2);
      for (const h of s.history) expect(h.sources.length, `${s.id} ${h.area}`).toBeGreaterThan(0);
    }
  });

  it('history drawn from outside the article is marked as such', () => {
    const sl = c.scenarios.find((s) => s.id === 'sri-lanka-government-2002')!;
    const placement = sl.history.find((h) => h.area === 'placement')!;
    expect(placement.sources.every((s) => s.external)).toBe(true);
  });

  it('a scenario naming an unknown fact, a design question as context, a wrong option, or a key question that is unknown or never applies is refused with file and field', () => {
    const bad = {
      file: 'content/scenarios/bad.yaml',
      data: {
        id: 'bad', title: 'Bad', case: 'nepal', body: 'hlpc-secretariat', setting: 'x', summary: 'x',
        brief: [{ text: 'x', facts: ['no-such-fact'] }],
        context: { 'party-type': 'state', tasks: ['advice'], phase: 'sometime' },
        // Safe passage is asked only of armed groups and coalitions: never of a state's office.
        keyQuestions: ['no-such-question', 'safe-passage', 'location'],
        discussion: ['a', 'b'], facilitatorNote: 'x',
        history: [{ area: 'tasks', text: 'x', facts: ['hlpc-grew'], choices: { location: 'capital' }, lessons: ['no-such-lesson'] }],
      },
    };
    const { issues } = buildScenarios([bad], c.questionnaire, c.knowledge);
    const fields = issues.map((i) => `${i.file} ${i.field}`);
    expect(fields).toEqual(expect.arrayContaining([
      'content/scenarios/bad.yaml brief.0.facts.0',
      'content/scenarios/bad.yaml context.tasks',
      'content/scenarios/bad.yaml context.phase',
      'content/scenarios/bad.yaml history.0.choices.location',
      'content/scenarios/bad.yaml history.0.lessons.0',
      'content/scenarios/bad.yaml keyQuestions.0',
      'content/scenarios/bad.yaml keyQuestions.1',
    ]));
    expect(fields).not.toContain('content/scenarios/bad.yaml keyQuestions.2');
  });
});

describe('your design against history', () => {
  const answers = readFixture('scenario-taliban-doha-2013').answers;

  it('compares every mandate area, in order', () => {
    expect(rowsFor(answers).map((r) => r.area)).toEqual([...COMPARED_AREAS]);
  });

  it('a design that keeps the flag off differs from the Doha office on placement, and gives the lesson', () => {
    const placement = rowsFor(answers).find((r) => r.area === 'placement')!;
    expect(placement.verdict).toBe('differs');
    expect(placement.differences).toEqual([{ question: expect.any(String), yours: [expect.stringMatching(/neutral/i)], history: [expect.stringMatching(/flag/i)] }]);
    expect(placement.history!.lessons.map((l) => l.title).length).toBeGreaterThan(0);
  });

  it('a design that makes the same recorded choice matches', () => {
    expect(rowsFor(answers).find((r) => r.area === 'tasks')!.verdict).toBe('same');
    const host = rowsFor({ ...answers, symbols: 'agreed-with-host-and-counterpart', location: 'abroad-host-state' }).find((r) => r.area === 'placement')!;
    expect(host.differences.map((d) => d.history)).toEqual([[expect.stringMatching(/flag/i)]]);
  });

  it('a group that takes its own flag and name in Doha is told it repeats a failure, with the cited lesson, not that it matches', () => {
    const flag = rowsFor({ ...answers, symbols: 'own-flag-and-name' }).find((r) => r.area === 'placement')!;
    expect(flag.differences).toEqual([]);
    expect(flag.verdict).toBe('repeats');
    expect(flag.repeats.map((f) => f.id)).toEqual(['symbols-without-agreement']);
    expect(flag.repeats[0]!.lessons.map((l) => l.id)).toContain('symbols-and-parity');
    expect(flag.repeats[0]!.sources.length).toBeGreaterThan(0);
  });

  it('an area the sources do not record in questionnaire terms is marked unknown, never as a difference', () => {
    const feedback = rowsFor(answers).find((r) => r.area === 'feedback')!;
    expect(feedback.verdict).toBe('unknown');
    expect(feedback.history).toBeUndefined();
    expect(feedback.yours.length).toBeGreaterThan(0);
  });

  it('a question whose branch the design closes is not compared', () => {
    // A state party is never asked about symbols: no difference can be claimed on it.
    const placement = rowsFor({ ...answers, 'party-type': 'state', location: 'capital' }).find((r) => r.area === 'placement')!;
    expect(placement.differences.map((d) => d.yours)).toEqual([[expect.stringMatching(/capital/i)]]);
  });

  it('for a question with several answers, only a recorded choice left out counts as a difference', () => {
    const nepal = c.scenarios.find((s) => s.id === 'nepal-2004')!;
    const base = readFixture('state-preparing-talks').answers;
    const withAll = { ...base, tasks: ['advice', 'resource-centre', 'liaison-civil-society', 'donor-channel', 'communications-media'] };
    const tasks = (a: Record<string, unknown>) => compareWithHistory(c.questionnaire, effectiveAnswers(c.questionnaire, a), nepal).find((r) => r.area === 'tasks')!;
    expect(tasks(withAll).verdict).toBe('same');
    const missing = tasks({ ...base, tasks: ['advice', 'resource-centre'] });
    expect(missing.verdict).toBe('differs');
    expect(missing.differences[0]!.history.length).toBe(4);
  });
});

describe('repeated failures', () => {
  const sriLanka = c.scenarios.find((s) => s.id === 'sri-lanka-government-2002')!;
  const base = readFixture('state-preparing-talks').answers;
  const rows = (a: Record<string, unknown>) => compareWithHistory(c.questionnaire, effectiveAnswers(c.questionnaire, a), sriLanka);
  const area = (a: Record<string, unknown>, id: string) => rows(a).find((r) => r.area === id)!;

  it('every failure names its case, its sources and at least one lesson, and the areas it is flagged in are compared areas', () => {
    expect(sriLanka.failures.map((f) => f.id)).toEqual(expect.arrayContaining(['closure-without-archives', 'no-propaganda-safeguard', 'symbols-without-agreement', 'weak-office']));
    for (const f of sriLanka.failures) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      expect(f.lessons.length, f.id).toBeGreaterThan(0);
      expect(COMPARED_AREAS).toContain(f.area);
    }
  });

  it('in Sri Lanka 2002, closing with no custodian for the archives and no safeguard against propaganda are flagged, where the comparison said "no like-for-like comparison"', () => {
    const careless = { ...base, 'archive-custody': 'not-decided', 'propaganda-safeguard': 'none' };
    expect(area(careless, 'duration').verdict).toBe('repeats');
    expect(area(careless, 'duration').repeats[0]!.lessons.map((l) => l.id)).toEqual(['closure-loses-memory']);
    expect(area(careless, 'continuity').verdict).toBe('repeats');
    expect(area(careless, 'continuity').repeats[0]!.lessons.map((l) => l.id)).toEqual(['propaganda-after-war-resumes']);
  });

  it('a design that names a custodian and a written rule against propaganda repeats nothing', () => {
    const careful = { ...base, 'archive-custody': 'national-archive', records: 'full-archive', 'propaganda-safeguard': 'written-rule' };
    expect(rows(careful).flatMap((r) => r.repeats)).toEqual([]);
    expect(rows(careful).map((r) => r.verdict)).not.toContain('repeats');
  });

  it('keeping no written records repeats the closure without archives even with a custodian named', () => {
    expect(area({ ...base, 'archive-custody': 'national-archive', records: 'no-written-records' }, 'duration').verdict).toBe('repeats');
  });

  it('an office kept to logistics is flagged as signalling weak resolve; a question left unanswered is never a failure', () => {
    expect(area({ ...base, tasks: ['secretarial-archives', 'logistics-safe-passage'] }, 'tasks').repeats.map((f) => f.id)).toEqual(['weak-office']);
    expect(area({ ...base, tasks: ['secretarial-archives', 'advice'] }, 'tasks').repeats).toEqual([]);
    const { tasks: _t, 'archive-custody': _a, 'propaganda-safeguard': _p, ...blank } = base as Record<string, unknown>;
    expect(rows(blank).flatMap((r) => r.repeats)).toEqual([]);
  });

  it('a failure naming an unknown question, option, fact or lesson is refused with file and field', () => {
    const bad = {
      file: 'content/failures.yaml',
      data: { failures: [{ id: 'x', area: 'duration', title: 'x', text: 'x', case: 'sri-lanka', facts: ['doha-first-address'], lessons: ['no-such-lesson'], when: { all: [{ question: 'no-such', is: 'a' }, { question: 'records', is: 'shredded' }] } }] },
    };
    const fields = buildFailures(bad, c.knowledge).issues.map((i) => `${i.file} ${i.field}: ${i.message}`);
    expect(fields).toEqual(expect.arrayContaining([
      expect.stringMatching(/^content\/failures.yaml failures.0.facts.0: .*not a fact of the case/),
      expect.stringMatching(/^content\/failures.yaml failures.0.lessons.0: /),
      expect.stringMatching(/^content\/failures.yaml failures.0.when: .*unknown question "no-such"/),
      expect.stringMatching(/^content\/failures.yaml failures.0.when: .*"shredded" is not an option/),
    ]));
  });
});

describe("the brief's Annex E", () => {
  it('names a repeated failure with its lesson, where the area would otherwise read as matching', async () => {
    const { historyBlocks } = await import('../mandate/compose.ts');
    const answers = effectiveAnswers(c.questionnaire, { ...readFixture('scenario-taliban-doha-2013').answers, symbols: 'own-flag-and-name' });
    const blocks = historyBlocks(c.questionnaire, answers, taliban, c.ui);
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toContain('Placement: repeats a failure history records');
    const titles = blocks.flatMap((b) => (b.kind === 'item' ? [b.title] : []));
    expect(titles).toContain('A failure history records (Afghanistan): A flag and name of its own, agreed with no one');
    expect(titles.some((x) => x.endsWith('Names and flags can be read as claims to equal status'))).toBe(true);
  });
});
