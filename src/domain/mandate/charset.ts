/**
 * The characters the PDF's embedded font covers: Latin with its accents, Cyrillic, and common
 * punctuation. The build cuts the font down to these; text outside them (Devanagari, Myanmar,
 * Sinhala, Tamil, Arabic …) is sent to the browser's print route instead.
 */
export const FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x017f], // Latin-1 Supplement and Latin Extended-A (ő, ł, č, ğ …)
  [0x0218, 0x021b], // Romanian ș ț
  [0x0400, 0x045f], // Cyrillic (Russian, Ukrainian, Serbian, Bulgarian …)
  [0x0490, 0x0491], // Ukrainian ґ
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x202f, 0x202f], // narrow no-break space: French puts it before ; : ! ? and inside « »
  [0x2030, 0x203a], // per mille, guillemets
  [0x20ac, 0x20ac], // euro
  [0x2122, 0x2122], // trade mark
];

export const isCovered = (cp: number) => FONT_RANGES.some(([a, b]) => cp >= a && cp <= b);

/** Every covered character, for the font subsetter. */
export function fontCharacters(): string {
  let s = '';
  for (const [a, b] of FONT_RANGES) for (let cp = a; cp <= b; cp++) s += String.fromCodePoint(cp);
  return s;
}

/** The characters of a text that the font lacks (line breaks and tabs aside). */
export function uncovered(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (cp !== 10 && cp !== 13 && cp !== 9 && !isCovered(cp)) out.add(ch);
  }
  return [...out];
}

/**
 * Replaces each run of characters the font lacks with a visible marker, so nothing prints blank. Words of
 * the same script separated only by spaces, punctuation or digits make one run: a sentence in Arabic
 * prints one marker, not one per word.
 */
export function coverText(text: string, marker = '[…]'): string {
  const marked = markRuns(text, marker);
  // Most text has no marker at all: the PDF lays out hundreds of blocks, so skip the pattern then.
  if (marked.indexOf(marker) === marked.lastIndexOf(marker)) return marked;
  return marked.replace(runsOf(marker), marker);
}

const patterns = new Map<string, RegExp>();
/** Markers separated only by spaces, punctuation or digits (compiled once per marker). */
function runsOf(marker: string): RegExp {
  let re = patterns.get(marker);
  if (!re) {
    const m = marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`${m}(?:(?:[^\\S\\n]|\\p{P}|\\p{N})*${m})+`, 'gu');
    patterns.set(marker, re);
  }
  return re;
}

function markRuns(text: string, marker: string): string {
  let out = '';
  let inRun = false;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (isCovered(cp) || cp === 10) {
      out += ch;
      inRun = false;
    } else if (!inRun) {
      out += marker;
      inRun = true;
    }
  }
  return out;
}
