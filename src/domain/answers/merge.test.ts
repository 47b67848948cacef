import { describe, expect, it } from 'vitest';
import type { Answers } from './schema.ts';
import { mergeAnswers, sameAnswers } from './merge.ts';

const a = (x: Record<string, unknown>) => x as Answers;

describe('merging the answers of two tabs', () => {
  it('keeps an answer given only in the other tab', () => {
    const r = mergeAnswers(a({ 'user-role': 'mediator' }), a({ 'user-role': 'mediator' }), a({ 'user-role': 'mediator', 'party-name': 'B' }));
    expect(r).toEqual({ answers: { 'user-role': 'mediator', 'party-name': 'B' }, clashes: [] });
  });
  it('keeps an answer this tab changed and one the other tab added', () => {
    const r = mergeAnswers(a({ 'user-role': 'mediator' }), a({ 'user-role': 'party' }), a({ 'user-role': 'mediator', 'party-name': 'B' }));
    expect(r).toEqual({ answers: { 'user-role': 'party', 'party-name': 'B' }, clashes: [] });
  });
  it('takes an answer the other tab removed, when this tab had not changed it', () => {
    const r = mergeAnswers(a({ 'party-name': 'A', tasks: ['advice'] }), a({ 'party-name': 'A', tasks: ['advice'] }), a({ 'party-name': 'A' }));
    expect(r).toEqual({ answers: { 'party-name': 'A' }, clashes: [] });
  });
  it("keeps this tab's answer where both changed the same one, and names the question", () => {
    const r = mergeAnswers(a({ 'party-name': 'A' }), a({ 'party-name': 'Ours' }), a({ 'party-name': 'Theirs', phase: 'stalled' }));
    expect(r).toEqual({ answers: { 'party-name': 'Ours', phase: 'stalled' }, clashes: ['party-name'] });
  });
  it('sees no clash where both tabs gave the same new answer, whatever the order of a list', () => {
    const r = mergeAnswers(a({}), a({ tasks: ['advice', 'logistics'] }), a({ tasks: ['advice', 'logistics'] }));
    expect(r.clashes).toEqual([]);
    expect(sameAnswers(a({ x: 1, y: [2] }), a({ y: [2], x: 1 }))).toBe(true);
    expect(sameAnswers(a({ x: 1 }), a({ x: 1, y: 2 }))).toBe(false);
  });
  it('from an empty base (the other tab began a draft meanwhile), keeps both sets', () => {
    const r = mergeAnswers(a({}), a({ 'user-role': 'donor' }), a({ 'party-name': 'B' }));
    expect(r).toEqual({ answers: { 'user-role': 'donor', 'party-name': 'B' }, clashes: [] });
  });
});
