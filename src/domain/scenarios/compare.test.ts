import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { readFixture } from '../../../tests/fixtures/read.ts';
import { effectiveAnswers } from '../questionnaire/visibility.ts';
import { buildScenarios } from './build.ts';
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

  it('a scenario naming an unknown fact, a design question as context, or a wrong option is refused with file and field', () => {
    const bad = {
      file: 'content/scenarios/bad.yaml',
      data: {
        id: 'bad', title: 'Bad', case: 'nepal', body: 'hlpc-secretariat', setting: 'x', summary: 'x',
        brief: [{ text: 'x', facts: ['no-such-fact'] }],
        context: { 'party-type': 'state', tasks: ['advice'], phase: 'sometime' },
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
    ]));
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
    const flag = rowsFor({ ...answers, symbols: 'own-flag-and-name' }).find((r) => r.area === 'placement')!;
    expect(flag.verdict).toBe('same');
    expect(flag.differences).toEqual([]);
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
