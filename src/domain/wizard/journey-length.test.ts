/**
 * How many question pages each answers fixture takes (issue 10: "keep it short for those who need less").
 * New decisions branch on earlier answers, so a journey grows only by the pages that apply to it; this
 * holds every journey's length, so a question that applies to everyone shows up here as a change.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { fixtureNames, readFixture } from '../../../tests/fixtures/read.ts';
import { effectiveAnswers, visibleQuestions } from '../questionnaire/visibility.ts';

const { questionnaire } = loadSiteContent();
const pages = (name: string) => visibleQuestions(questionnaire, effectiveAnswers(questionnaire, readFixture(name).answers)).length;

/** Pages per fixture, as reported in the README ("Keep it short"). */
const expected: Record<string, number> = {
  'armed-group-abroad-discreet': 49,
  'armed-group-pre-formal': 51,
  'careful-state-implementation': 49,
  'coalition-formal-talks': 46,
  'donor-armed-group': 51,
  'scenario-taliban-doha-2013': 51,
  'state-leader-office-donor': 48,
  'state-logistics-implementation': 46,
  'state-preparing-talks': 45,
  'unarmed-party-stalled': 49,
};
/**
 * The journeys that take every branch an armed group's office abroad can: before formal talks, donor
 * funded, with confidence-building measures and a protected critical-feedback task. They stay above 50
 * until a page may hold more than one question (see the README).
 */
const longest = new Set(['armed-group-pre-formal', 'donor-armed-group', 'scenario-taliban-doha-2013']);

describe('the length of each journey through the questionnaire', () => {
  it('is the number of pages recorded for each fixture', () => {
    expect(Object.fromEntries(fixtureNames().map((n) => [n, pages(n)]))).toEqual(expected);
  });

  it('stays under 50 pages for every journey but the three that take every branch of an armed group\'s office abroad, which stay at 51 or fewer', () => {
    for (const name of fixtureNames()) expect(pages(name), name).toBeLessThan(longest.has(name) ? 52 : 50);
  });

  it('asks a state\'s office in the capital none of the questions for armed groups or offices abroad', () => {
    const asked = visibleQuestions(questionnaire, effectiveAnswers(questionnaire, readFixture('state-preparing-talks').answers)).map((q) => q.id);
    for (const id of ['protection', 'coalition-steering', 'first-address', 'safe-passage', 'symbols', 'host-terms', 'funding-terms', 'units']) expect(asked, id).not.toContain(id);
    for (const id of ['head-title', 'head-terms', 'other-bodies', 'communication', 'women-participation']) expect(asked, id).toContain(id);
  });
});
