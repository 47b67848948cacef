import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { decidedByScenario } from './context.ts';

const doha = loadSiteContent().scenarios.find((s) => s.id === 'taliban-doha-2013')!;

describe("a scenario's decided context", () => {
  it('a context question is shown as decided while its answer is the scenario\'s', () => {
    expect(decidedByScenario(doha.context, 'party-type', 'non-state-armed-group')).toBe(true);
    expect(decidedByScenario(doha.context, 'party-name', 'The Taliban movement')).toBe(true);
  });

  it('is asked again once the group has changed it, and never locks a question the scenario leaves open', () => {
    expect(decidedByScenario(doha.context, 'party-type', 'state')).toBe(false);
    expect(decidedByScenario(doha.context, 'tasks', ['advice'])).toBe(false);
    expect(decidedByScenario(doha.context, 'party-type', undefined)).toBe(false);
    expect(decidedByScenario(undefined, 'party-type', 'non-state-armed-group')).toBe(false);
  });
});
