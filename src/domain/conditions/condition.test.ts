import { describe, expect, it } from 'vitest';
import { evaluate, firedBy, references, type Condition } from './condition.ts';
import { conditionSchema } from './schema.ts';

const answers = { 'party-type': 'state', phase: 'stalled', tasks: ['advice', 'donor-channel'], purpose: '  ' };

describe('the condition language', () => {
  it('compares single answers with is and in', () => {
    expect(evaluate({ question: 'party-type', is: 'state' }, answers)).toBe(true);
    expect(evaluate({ question: 'party-type', is: 'coalition-of-groups' }, answers)).toBe(false);
    expect(evaluate({ question: 'phase', in: ['stalled', 'implementation'] }, answers)).toBe(true);
    expect(evaluate({ question: 'tasks', in: ['advice'] }, answers)).toBe(false);
  });

  it('looks inside list answers with includes and includesAny', () => {
    expect(evaluate({ question: 'tasks', includes: 'advice' }, answers)).toBe(true);
    expect(evaluate({ question: 'tasks', includesAny: ['resource-centre', 'donor-channel'] }, answers)).toBe(true);
    expect(evaluate({ question: 'tasks', includesAny: ['resource-centre'] }, answers)).toBe(false);
    expect(evaluate({ question: 'phase', includes: 'stalled' }, answers)).toBe(false);
  });

  it('treats blank text and empty lists as unanswered', () => {
    expect(evaluate({ question: 'purpose', answered: false }, answers)).toBe(true);
    expect(evaluate({ question: 'remarks', answered: false }, answers)).toBe(true);
    expect(evaluate({ question: 'tasks', answered: true }, answers)).toBe(true);
    expect(evaluate({ question: 'tasks', answered: true }, { tasks: [] })).toBe(false);
  });

  it('combines with all, any and not', () => {
    const c: Condition = { all: [{ question: 'party-type', is: 'state' }, { not: { any: [{ question: 'phase', is: 'pre-formal' }, { question: 'tasks', includes: 'resource-centre' }] } }] };
    expect(evaluate(c, answers)).toBe(true);
    expect(evaluate(c, { ...answers, phase: 'pre-formal' })).toBe(false);
  });

  it('lists every question and value it mentions', () => {
    const c: Condition = { any: [{ question: 'phase', in: ['stalled'] }, { not: { question: 'tasks', includes: 'advice' } }] };
    expect(references(c)).toEqual([{ question: 'phase', values: ['stalled'] }, { question: 'tasks', values: ['advice'] }]);
  });

  it('says which answers made a condition true, and nothing when it is false', () => {
    const c: Condition = { all: [{ question: 'party-type', is: 'state' }, { question: 'tasks', includesAny: ['advice', 'resource-centre'] }] };
    expect(firedBy(c, answers)).toEqual([{ question: 'party-type', value: 'state' }, { question: 'tasks', value: ['advice'] }]);
    expect(firedBy(c, { ...answers, 'party-type': 'coalition-of-groups' })).toEqual([]);
  });

  it('names the missing choices when a rule fires because something was not chosen', () => {
    const c: Condition = { all: [{ not: { question: 'tasks', includes: 'channels-in-stall' } }, { not: { question: 'phase', is: 'pre-formal' } }] };
    expect(firedBy(c, answers)).toEqual([{ question: 'tasks', value: ['channels-in-stall'], absent: true }, { question: 'phase', value: 'stalled' }]);
  });

  it('rejects malformed conditions when content is validated', () => {
    expect(conditionSchema.safeParse({ question: 'phase', is: 'stalled' }).success).toBe(true);
    expect(conditionSchema.safeParse({ question: 'Phase!', is: 'stalled' }).success).toBe(false);
    expect(conditionSchema.safeParse({ question: 'phase', equals: 'stalled' }).success).toBe(false);
    expect(conditionSchema.safeParse({ all: [] }).success).toBe(false);
  });
});
