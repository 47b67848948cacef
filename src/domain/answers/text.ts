/**
 * Free-text answers as every reader keeps them (the file readers, the saved copy, the command line):
 * line breaks written the Windows or old Mac way become one new line, a tab becomes a space, control
 * characters (NUL, ESC and the like, which show as nothing and no tool writes) are dropped, and half of a
 * surrogate pair (which no encoding can write) becomes U+FFFD. Without this the PDF, which draws only
 * what its font holds, printed "[…]" for a CR or a TAB the user never saw.
 *
 * The questionnaire saves what the user typed as it is; it is normalised when read back, like a file.
 */

const BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
// C0 controls but the new line, DEL, and C1 controls (after the line breaks and the tab are replaced).
const CONTROLS = /[\0-\x09\x0b-\x1f\x7f-\x9f]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function normaliseText(text: string): string {
  return text.replace(BREAKS, '\n').replace(/\t/g, ' ').replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}
