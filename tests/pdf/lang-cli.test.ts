import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../fixtures/read.ts';
import { unzipDocx } from '../docx/read.ts';
import { fold, readPdf } from './read.ts';

const dir = mkdtempSync(join(tmpdir(), 'psmd-lang-'));
const run = (args: string[]) => spawnSync(process.execPath, ['src/cli/draft.ts', ...args], { encoding: 'utf8' });
const input = fixturePath('coalition-formal-talks');
const FRENCH_DATE = /\b\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b/;
const SPANISH_DATE = /\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}\b/;

describe('the command-line generator\'s --lang', () => {
  it('makes a French PDF with the French date and spacing, declared as French, and no notice now that French is complete', async () => {
    const out = join(dir, 'fr.pdf');
    const r = run([input, out, '--lang', 'fr']);
    expect(r.status, r.stderr).toBe(0);
    // French is complete (content/i18n/languages.yaml): nothing to warn of.
    expect(r.stderr).toBe('');
    const bytes = readFileSync(out);
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Lang \(fr\)/);
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]).toMatch(FRENCH_DATE);
    // French spacing: a space before the colon, which the English draft never has.
    expect(fold(pdf.all)).toMatch(/\p{L} : \p{L}/u);
  });

  it('lays the French translation over the English wording where there is one (a lesson translated in content/i18n/fr/)', async () => {
    const out = join(dir, 'fr-brief.pdf');
    expect(run([input, out, '--lang', 'fr']).status).toBe(0);
    const en = join(dir, 'en-brief.pdf');
    expect(run([input, en]).status).toBe(0);
    const text = (b: string) => readPdf(readFileSync(b)).then((p) => fold(p.all));
    expect(await text(en)).toContain('Trusted staff also need the right expertise');
    const fr = await text(out);
    expect(fr).toContain('Un personnel de confiance doit aussi avoir les compétences requises');
    expect(fr).not.toContain('Trusted staff also need the right expertise');
  });

  it('makes the English PDF as before when the language is English or not given, with no notice', async () => {
    for (const flags of [['--lang', 'en'], []]) {
      const out = join(dir, `en${flags.join('')}.pdf`);
      const r = run([input, out, ...flags]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      const bytes = readFileSync(out);
      expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Lang \(en-GB\)/);
      const text = fold((await readPdf(bytes)).all);
      expect(text).not.toMatch(/\p{L} : \p{L}/u);
      expect(text).not.toMatch(FRENCH_DATE);
    }
  });

  it('makes a Spanish Word file declared as Spanish, with the Spanish date', () => {
    const out = join(dir, 'es.docx');
    const r = run([input, out, '--lang=es']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const parts = unzipDocx(readFileSync(out));
    expect(parts['docProps/core.xml']).toContain('<dc:language>es</dc:language>');
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="es"/>');
    expect(Object.values(parts).join('')).toMatch(SPANISH_DATE);
  });

  it('refuses a language it does not have as a usage error naming the languages, and writes nothing', () => {
    for (const flags of [['--lang', 'de'], ['--lang=EN'], ['--lang', 'qps']]) {
      const r = run([input, join(dir, 'refused.pdf'), ...flags]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('Unknown language');
      expect(r.stderr).toContain('en (English), es (Spanish) or fr (French)');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const missing = run([input, join(dir, 'refused.pdf'), '--lang']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--lang needs a language: en (English), es (Spanish) or fr (French).');
    expect(() => readFileSync(join(dir, 'refused.pdf'))).toThrow();
  });

  it('shows a language it refuses safely, whatever it holds', () => {
    const r = run([input, join(dir, 'x.pdf'), '--lang', 'fr\u001b[31m']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('\\x1B');
  });
});
