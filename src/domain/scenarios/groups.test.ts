import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { readFixture } from '../../../tests/fixtures/read.ts';
import { effectiveAnswers } from '../questionnaire/visibility.ts';
import { COMPARED_AREAS } from './compare.ts';
import { gatherGroups } from './groups.ts';

const c = loadSiteContent();
const doha = c.scenarios.find((s) => s.id === 'taliban-doha-2013')!;
const base = readFixture('scenario-taliban-doha-2013').answers;
const group = (name: string, change: Record<string, unknown> = {}, scenario: string | undefined = doha.id) => ({ name, answers: effectiveAnswers(c.questionnaire, { ...base, ...change }), scenario });

describe("gathering the groups' designs", () => {
  it('makes one row per group and one cell per mandate area, each with that group\'s verdict against history', () => {
    const grid = gatherGroups(c.questionnaire, doha, [group('Group 1'), group('Group 2', { symbols: 'own-flag-and-name' }), group('Group 3', { 'propaganda-safeguard': 'none' }), group('Group 4')]);
    expect(grid.areas.map((a) => a.area)).toEqual([...COMPARED_AREAS]);
    expect(grid.groups.map((g) => g.name)).toEqual(['Group 1', 'Group 2', 'Group 3', 'Group 4']);
    for (const g of grid.groups) expect(g.cells.map((x) => x.area)).toEqual([...COMPARED_AREAS]);
    const placement = (i: number) => grid.groups[i]!.cells.find((x) => x.area === 'placement')!.verdict;
    expect([placement(0), placement(1)]).toEqual(['differs', 'repeats']);
    expect(grid.groups[2]!.cells.find((x) => x.area === 'continuity')!.verdict).toBe('repeats');
  });

  it('lists, for each failure history records, the groups that repeat it', () => {
    const grid = gatherGroups(c.questionnaire, doha, [group('Group 1'), group('Group 2', { symbols: 'own-flag-and-name', 'propaganda-safeguard': 'none' }), group('Group 3', { 'propaganda-safeguard': 'none' })]);
    expect(grid.failures.find((f) => f.id === 'symbols-without-agreement')!.groups).toEqual(['Group 2']);
    expect(grid.failures.find((f) => f.id === 'no-propaganda-safeguard')!.groups).toEqual(['Group 2', 'Group 3']);
    expect(grid.failures.find((f) => f.id === 'weak-office')!.groups).toEqual([]);
  });

  it('marks a design made for another scenario, or for none, and still compares it', () => {
    const grid = gatherGroups(c.questionnaire, doha, [group('Ours'), group('Elsewhere', {}, 'nepal-2004'), { ...group('None'), scenario: undefined }]);
    expect(grid.groups.map((g) => g.otherScenario)).toEqual([false, true, true]);
    expect(grid.groups[1]!.cells).toHaveLength(COMPARED_AREAS.length);
  });
});
