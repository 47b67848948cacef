/**
 * How many question pages each answers fixture takes (issue 10: "keep it short for those who need less").
 * New decisions branch on earlier answers, so a journey grows only by the pages that apply to it; this
 * holds every journey's length, so a question that applies to everyone shows up here as a change.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { fixtureNames, readFixture } from '../../../tests/fixtures/read.ts';
import { effectiveAnswers, visibleQuestions } from '../questionnaire/visibility.ts';
import { visiblePages } from '../questionnaire/pages.ts';

const { questionnaire } = loadSiteContent();
/** Pages, not questions: a page may ask a few questions that read together (a section's `pages`). */
const pages = (name: string) => visiblePages(questionnaire, effectiveAnswers(questionnaire, readFixture(name).answers)).length;

/** Pages per fixture, as reported in the README ("Keep it short"). */
const expected: Record<string, number> = {
  'armed-group-abroad-discreet': 43,
  'armed-group-pre-formal': 45,
  'careful-state-implementation': 45,
  'coalition-formal-talks': 42,
  'donor-armed-group': 45,
  'scenario-taliban-doha-2013': 45,
  'state-leader-office-donor': 44,
  'state-logistics-implementation': 42,
  'state-preparing-talks': 42,
  'unarmed-party-stalled': 44,
};

describe('the length of each journey through the questionnaire', () => {
  it('is the number of pages recorded for each fixture', () => {
    expect(Object.fromEntries(fixtureNames().map((n) => [n, pages(n)]))).toEqual(expected);
  });

  it('stays under 50 pages for every journey', () => {
    for (const name of fixtureNames()) expect(pages(name), name).toBeLessThan(50);
  });

  it('asks a state\'s office in the capital none of the questions for armed groups or offices abroad', () => {
    const asked = visibleQuestions(questionnaire, effectiveAnswers(questionnaire, readFixture('state-preparing-talks').answers)).map((q) => q.id);
    for (const id of ['protection', 'coalition-steering', 'first-address', 'safe-passage', 'symbols', 'host-terms', 'funding-terms', 'units']) expect(asked, id).not.toContain(id);
    for (const id of ['head-title', 'head-terms', 'other-bodies', 'communication', 'women-participation', 'conduct-code', 'report-frequency', 'report-publication', 'amendment']) expect(asked, id).toContain(id);
  });
});
