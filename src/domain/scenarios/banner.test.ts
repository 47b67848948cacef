import { describe, expect, it } from 'vitest';
import { scenarioOfSaved } from './banner.ts';
import { BANNER_STORAGE_KEY } from '../../islands/shared/scenario-banner.ts';
import { STORAGE_KEY } from '../../islands/shared/storage.ts';

const titles = { 'nepal-2004': 'Nepal, 2004' };

describe('the scenario banner', () => {
  it('names the scenario the saved answers were made for', () => {
    expect(scenarioOfSaved(JSON.stringify({ answers: {}, scenario: 'nepal-2004' }), titles)).toBe('nepal-2004');
  });

  it('shows nothing for answers of no scenario, an unknown scenario, a key inherited by every object, or a copy that is not JSON', () => {
    expect(scenarioOfSaved(JSON.stringify({ answers: {} }), titles)).toBeNull();
    expect(scenarioOfSaved(JSON.stringify({ scenario: '<img src=x>' }), titles)).toBeNull();
    expect(scenarioOfSaved(JSON.stringify({ scenario: 'toString' }), titles)).toBeNull();
    expect(scenarioOfSaved(JSON.stringify({ scenario: ['nepal-2004'] }), titles)).toBeNull();
    expect(scenarioOfSaved('{not json', titles)).toBeNull();
    expect(scenarioOfSaved('null', titles)).toBeNull();
    expect(scenarioOfSaved(null, titles)).toBeNull();
  });

  it('reads the same storage key the questionnaire saves under', () => {
    expect(BANNER_STORAGE_KEY).toBe(STORAGE_KEY);
  });
});
