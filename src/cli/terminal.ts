/**
 * Text from an answers file (its keys, a version written as text, the JSON parser's quote of it) and a
 * path the user typed can hold terminal escape sequences, C1 controls or bidirectional overrides: echoed
 * raw, they recolour or clear the terminal, or make a line read backwards. Everything the command line
 * prints goes through here, so such characters show as visible escapes (\x1B, \u202E) instead.
 */
// C0, DEL, C1; the bidi marks, embeddings, overrides and isolates; the line and paragraph separators.
const UNSAFE = /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** The text, safe to print; cut to `longest` characters (a quoted answer can be 100,000 long). */
export function forTerminal(text: string, longest = 160): string {
  const shown = text.length > longest ? `${text.slice(0, longest)}…` : text;
  return shown.replace(UNSAFE, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x100 ? `\\x${n.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${n.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
