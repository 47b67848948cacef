import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { clock, schedule } from './run-sheet.ts';

const { runSheet } = loadSiteContent();

describe('the run sheet', () => {
  it('fits a two-hour session, for about twenty people in four groups', () => {
    expect(schedule(runSheet).total).toBeLessThanOrEqual(120);
    expect(runSheet.people).toBe(20);
    expect(runSheet.groups).toBe(4);
  });

  it('gives each step its start and end on the session clock, one after another', () => {
    const { steps } = schedule(runSheet);
    expect(steps[0]!.from).toBe('0:00');
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.from).toBe(steps[i - 1]!.to);
    expect(clock(95)).toBe('1:35');
  });

  it('says what to project while the groups design and while they are compared, and lists what to print before the session', () => {
    const { steps, prints } = schedule(runSheet);
    expect(steps.filter((s) => s.project).length).toBeGreaterThanOrEqual(4);
    expect(prints.join(' ')).toMatch(/scenario card/);
    expect(prints.join(' ')).toMatch(/map/);
  });
});
