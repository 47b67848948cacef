import { describe, expect, it } from 'vitest';
import { controlProblems, normaliseAnswers, normaliseText, normaliseTyped } from './text.ts';

describe('normalising text answers', () => {
  it('makes CRLF, a lone CR and other line breaks one new line, and a tab a space', () => {
    expect(normaliseText('a\r\nb\rc\nd\te\u2028f\u000bg')).toBe('a\nb\nc\nd e\nf\ng');
  });

  it('replaces half of a surrogate pair with U+FFFD and keeps whole pairs', () => {
    expect(normaliseText('x\uD800y\uDC00z 😀')).toBe('x\uFFFDy\uFFFDz 😀');
  });

  it('keeps every script and the bidi marks exactly', () => {
    const s = 'سلام صلح ශාන්තිය அமைதி ငြိမ်းချမ်းရေး शान्ति Uxolo Vrede Paz \u200F\u202E';
    expect(normaliseText(s)).toBe(s);
  });

  it('normalises string answers only, and keeps a key named __proto__ as a key', () => {
    const raw = JSON.parse('{"remarks":"a\\r\\nb","tasks":["advice"],"__proto__":"x\\ty"}');
    const out = normaliseAnswers(raw);
    expect(out.remarks).toBe('a\nb');
    expect(out.tasks).toEqual(['advice']);
    expect(Object.keys(out)).toContain('__proto__');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('names each answer holding a control character, with its code point', () => {
    expect(controlProblems({ remarks: 'a\u0000b', purpose: 'esc \u001b[31m', 'party-name': 'fine\nline' })).toEqual([
      'answers.remarks: holds a control character (U+0000), which an answer cannot hold',
      'answers.purpose: holds a control character (U+001B), which an answer cannot hold',
    ]);
  });

  it('drops control characters from typed text, which the user cannot see', () => {
    expect(normaliseTyped('a\u0007b\tc\r\nd')).toBe('ab c\nd');
  });
});
