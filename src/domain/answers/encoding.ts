/**
 * Turns the bytes of an answers file into text, for every door a file comes in by (the site's file
 * openers and the command line), so that they accept exactly the same files. Editors on Windows save
 * "Unicode" text as UTF-16 and often put a byte order mark in front of UTF-8: both are read. Bytes that
 * are not valid text in the encoding found are refused rather than read with replacement characters,
 * which would silently change an answer.
 */
export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false };

export function decodeAnswersBytes(bytes: Uint8Array): Decoded {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  // Without a mark, JSON's first character is ASCII, so a zero byte beside it means UTF-16 (RFC 4627 §3).
  else if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) encoding = 'utf-16le';
  else if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) encoding = 'utf-16be';
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
    return { ok: true, text, encoding };
  } catch {
    return { ok: false };
  }
}
