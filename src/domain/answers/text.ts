/**
 * Free-text answers as every reader keeps them (the file readers, the saved copy, the command line):
 * line breaks written the Windows or old Mac way become one new line, a tab becomes a space, and half of a
 * surrogate pair (which no encoding can write) becomes U+FFFD. Without this the PDF, which draws only
 * what its font holds, printed "[…]" for a CR or a TAB the user never saw.
 *
 * Other control characters (NUL, ESC and the like) have no place in an answer and no tool writes them: a
 * file holding one is damaged or crafted, and is refused with the answer named, rather than changed.
 */

const BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls but the new line, DEL, and C1 controls (NEL aside, which is a line break above).
const CONTROL = /[\0-\x09\x0b-\x1f\x7f-\x84\x86-\x9f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

export function normaliseText(text: string): string {
  return text.replace(BREAKS, '\n').replace(/\t/g, ' ').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Text typed or pasted into the questionnaire: normalised, and without control characters, which the
 * user cannot see and a reader of the saved copy would refuse.
 */
export function normaliseTyped(text: string): string {
  return normaliseText(text).replace(CONTROLS, '');
}

/** Answers with every text normalised; lists (option ids) and other values are left for the checks. */
export function normaliseAnswers(answers: Record<string, unknown>): Record<string, unknown> {
  // fromEntries defines own properties, so a key named "__proto__" stays a key (and is refused later).
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, typeof v === 'string' ? normaliseText(v) : v]));
}

/** The answers whose text holds a control character, as "answers.<id>: …" lines (empty when none). */
export function controlProblems(answers: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(answers)) {
    const m = typeof v === 'string' ? CONTROL.exec(v) : null;
    if (m) out.push(`answers.${k}: holds a control character (U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}), which an answer cannot hold`);
  }
  return out;
}
