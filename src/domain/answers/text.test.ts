import { describe, expect, it } from 'vitest';
import { normaliseAnswers } from './file.ts';
import { UNUSUAL } from './read-lite.ts';
import { normaliseText } from './text.ts';

describe('normalising text answers', () => {
  it('makes CRLF, a lone CR and other line breaks one new line, and a tab a space', () => {
    expect(normaliseText('a\r\nb\rc\nd\te\u2028f\u000bg\u0085h')).toBe('a\nb\nc\nd e\nf\ng\nh');
  });

  it('drops NUL, escape sequences\u2019 ESC and C1 controls, which show as nothing', () => {
    expect(normaliseText('a\u0000b \u001b[31mred\u001b[0m \u009b1m \u0007')).toBe('ab [31mred[0m 1m ');
  });

  it('replaces half of a surrogate pair with U+FFFD and keeps whole pairs', () => {
    expect(normaliseText('x\uD800y\uDC00z 😀')).toBe('x\uFFFDy\uFFFDz 😀');
  });

  it('keeps every script and the bidi marks exactly', () => {
    const s = 'سلام صلح ශාන්තිය அமைதி ငြိမ်းချမ်းရေး शान्ति Uxolo Vrede Paz \u200F\u202E\u2066';
    expect(normaliseText(s)).toBe(s);
  });

  it('normalises free-text answers only, and keeps a key named __proto__ as a key', () => {
    const raw = JSON.parse('{"remarks":"a\\r\\nb","phase":"stalled\\u0000","tasks":["advice"],"__proto__":"x\\ty"}');
    const out = normaliseAnswers(raw);
    expect(out.remarks).toBe('a\nb');
    expect(out.phase).toBe('stalled\u0000');
    expect(out.tasks).toEqual(['advice']);
    expect(Object.keys(out)).toContain('__proto__');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('tells the light reader of every character it would change (each UTF-16 code unit, as JSON writes it)', () => {
    const missed: string[] = [];
    for (let u = 0; u <= 0xffff; u++) {
      const c = String.fromCharCode(u);
      if (normaliseText(c) !== c && !UNUSUAL.test(JSON.stringify({ remarks: c }))) missed.push(u.toString(16));
    }
    expect(missed).toEqual([]);
    // Text as the questionnaire saves it, in any script, stays on the light path.
    expect(UNUSUAL.test(JSON.stringify({ remarks: 'Paz – Мир ශාන්තිය அமைதி शान्ति سوله 😀\nnew line "quoted"' }))).toBe(false);
  });
});
