/**
 * The pseudo-locale 'qps': English made visibly foreign by a pure function, never stored. Accented
 * letters show text that bypassed translation, the ⟦ ⟧ markers show where a string starts and ends (and
 * that it came through the overlay at all), and the padding (about 30 % longer) shows layouts that break
 * when a translation runs longer than English. Placeholders filled at run time ({name}) stay as they are.
 */
const ACCENTS: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** `verbatim`: text kept as written in any language (an official name in its own language, see `keep`). */
export function pseudo(english: string, verbatim: readonly string[] = []): string {
  if (english === '') return english;
  // Keep {placeholders} whole: the composer and the interface fill them in by name.
  const kept = [...verbatim].filter(Boolean).sort((a, b) => b.length - a.length).map(escape);
  const split = new RegExp(`(\\{[^{}]*\\}${kept.map((k) => `|${k}`).join('')})`);
  const accented = english.split(split).map((part, i) => (i % 2 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTS[c] ?? c))).join('');
  const letters = english.replace(/\{[^{}]*\}/g, '').length;
  const pad = '~'.repeat(Math.max(1, Math.round(letters * 0.3)));
  return `${PSEUDO_OPEN}${accented} ${pad}${PSEUDO_CLOSE}`;
}

/** Whether a string came through the pseudo-locale (the test's "no English left" check). */
export function isPseudo(s: string): boolean {
  return s.includes(PSEUDO_OPEN) && s.includes(PSEUDO_CLOSE);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
