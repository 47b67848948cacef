// Writes the PDF font subset to public/fonts/ before each build (git-ignored: it is generated).
import { mkdirSync, writeFileSync } from 'node:fs';
import { subsetNotoSans } from '../src/renderers/pdf/font-node.ts';

const bytes = await subsetNotoSans();
mkdirSync('public/fonts', { recursive: true });
writeFileSync('public/fonts/noto-sans-subset.ttf', bytes);
console.log(`public/fonts/noto-sans-subset.ttf: ${(bytes.length / 1024).toFixed(1)} KB`);
