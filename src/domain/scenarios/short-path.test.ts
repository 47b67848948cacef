/**
 * The short path for a two-hour workshop session: its length per scenario (the README's workshop section
 * and the run sheet promise it), what it holds, and what it leaves for later.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { readFixture } from '../../../tests/fixtures/read.ts';
import { effectiveAnswers, visibleQuestions } from '../questionnaire/visibility.ts';
import { isAnswered } from '../conditions/condition.ts';
import { buildShortPath } from './build.ts';
import { shortPathTiming } from './run-sheet.ts';
import { leftForLater, shortPathPages } from './short-path.ts';
import type { Answers } from '../answers/schema.ts';

const c = loadSiteContent();
const pages = (id: string) => shortPathPages(c.questionnaire, c.shortPaths[id]!, c.scenarios.find((s) => s.id === id)!.context);

/** At most this many question pages on each scenario's short path (the decided context's pages included). */
const expected: Record<string, number> = {
  'colombia-stall': 20,
  'ltte-2002': 19,
  'myanmar-signatories-2017': 18,
  'nepal-2004': 20,
  'sri-lanka-government-2002': 19,
  'taliban-doha-2013': 20,
};

describe('the short path for a two-hour session', () => {
  it('takes at most the number of pages recorded for each scenario, under 25 and at least 15', () => {
    expect(Object.fromEntries(c.scenarios.map((s) => [s.id, pages(s.id)]))).toEqual(expected);
    for (const s of c.scenarios) expect(pages(s.id), s.id).toBeLessThan(25);
    for (const s of c.scenarios) expect(pages(s.id), s.id).toBeGreaterThanOrEqual(15);
  });

  it('holds each scenario\'s decided context, the core and its key questions, in the questionnaire\'s order', () => {
    const order = c.questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id));
    const raw = (id: string) => (readYaml(id).keyQuestions as string[]);
    for (const s of c.scenarios) {
      const path = c.shortPaths[s.id]!;
      expect(path, s.id).toEqual(expect.arrayContaining([...Object.keys(s.context), ...c.shortPathCore.map((x) => x.question), ...raw(s.id)]));
      expect(path, s.id).toEqual([...path].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      expect(new Set(path).size).toBe(path.length);
    }
  });

  it('asks what the scenario\'s lesson turns on: the Doha office its symbols and the terms with its host, Colombia\'s office what it does while talks stall', () => {
    expect(c.shortPaths['taliban-doha-2013']).toEqual(expect.arrayContaining(['symbols', 'host-terms', 'first-address', 'location']));
    expect(c.shortPaths['colombia-stall']).toEqual(expect.arrayContaining(['stall-mandate', 'back-channels']));
    // The failures every comparison with history flags can be told on any short path.
    for (const s of c.scenarios) expect(c.shortPaths[s.id]).toEqual(expect.arrayContaining(['propaganda-safeguard', 'records', 'archive-custody', 'tasks']));
  });

  it('leaves for later the questions that apply and are off the path, none of them answered', () => {
    const doha = readFixture('scenario-taliban-doha-2013').answers;
    const path = c.shortPaths['taliban-doha-2013']!;
    const onPath = Object.fromEntries(Object.entries(doha).filter(([k]) => path.includes(k))) as Answers;
    const left = leftForLater(c.questionnaire, onPath, path).map((q) => q.id);
    const applies = visibleQuestions(c.questionnaire, effectiveAnswers(c.questionnaire, onPath)).map((q) => q.id);
    expect(left).toEqual(applies.filter((id) => !path.includes(id)));
    expect(left).toContain('secretariat-name');
    // Answered in full, only the optional questions the fixture left blank are still left.
    const whole = leftForLater(c.questionnaire, doha, path);
    expect(whole.length).toBeLessThan(left.length);
    for (const q of whole) expect(q.required || isAnswered((doha as Record<string, string | string[]>)[q.id]), q.id).toBe(false);
  });

  it('fits the run sheet: the design step leaves at least two minutes a question page on every scenario\'s short path', () => {
    for (const s of c.scenarios) {
      const t = shortPathTiming(c.runSheet, pages(s.id));
      expect(t.minutes, s.id).toBeGreaterThan(0);
      expect(t.each, s.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('refuses a core question that is unknown or listed twice, naming file and field', () => {
    const { issues } = buildShortPath({ file: 'content/workshops/short-path.yaml', data: { core: [{ question: 'tasks', why: 'x' }, { question: 'no-such', why: 'x' }, { question: 'tasks', why: 'x' }] } }, c.questionnaire);
    expect(issues.map((i) => i.field)).toEqual(['core.1.question', 'core.2.question']);
  });
});

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
function readYaml(id: string): Record<string, unknown> {
  return parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8')) as Record<string, unknown>;
}

describe('a short path and the pages that ask several questions', () => {
  it('holds every question of a page it stops on, so a question asked beside a core one is not left for later', () => {
    const path = c.shortPaths['taliban-doha-2013']!;
    // The terms with the host are core; the host state's name is asked on their page.
    expect(path).toEqual(expect.arrayContaining(['host-terms', 'host-state']));
    const doha = readFixture('scenario-taliban-doha-2013').answers;
    expect(leftForLater(c.questionnaire, { ...doha, 'host-state': undefined } as Answers, path).map((q) => q.id)).not.toContain('host-state');
  });
});
