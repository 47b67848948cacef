/**
 * Cuts Noto Sans down to the characters the PDF covers (Latin, Cyrillic, punctuation). Node only:
 * the build writes the result to public/fonts/ for the browser, and the command-line generator calls
 * it directly, so both embed the same font.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { fontCharacters } from '../../domain/mandate/charset.ts';

const require = createRequire(import.meta.url);
let cached: Promise<Uint8Array> | undefined;

export function subsetNotoSans(): Promise<Uint8Array> {
  cached ??= (async () => {
    const source = readFileSync(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'));
    const out = await subsetFont(source, fontCharacters(), { targetFormat: 'truetype', noHinting: true });
    return new Uint8Array(out);
  })();
  return cached;
}
