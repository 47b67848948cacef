/** A draft in French or Spanish, in Word: the language it declares, its date and French spacing, read back. */
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content-io/site.ts';
import { compose } from '../../src/domain/mandate/compose.ts';
import type { Lang } from '../../src/domain/i18n/lang.ts';
import { renderDocx } from '../../src/renderers/docx/docx.ts';
import { readFixture } from '../fixtures/read.ts';
import { paragraphs, unzipDocx, xmlProblems } from './read.ts';

async function read(lang: Lang) {
  const c = loadSiteContent(process.cwd(), lang);
  const doc = compose(c.questionnaire, readFixture('state-preparing-talks').answers, c.knowledge, c.mandate, { kind: 'brief', date: new Date('2026-11-24T09:00:00Z'), lang, ui: c.ui });
  const parts = unzipDocx(await renderDocx(doc, 'a4'));
  const text = paragraphs(parts['word/document.xml']!, parts['word/_rels/document.xml.rels']).map((p) => p.text).join('\n');
  return { doc, parts, text };
}

describe('a draft in Word in another language', () => {
  it('in French declares French, and sets its text with French spacing while the model stays as composed', async () => {
    const { doc, parts, text } = await read('fr');
    for (const [path, xml] of Object.entries(parts)) expect(xmlProblems(xml), path).toEqual([]);
    expect(parts['docProps/core.xml']).toContain('<dc:language>fr</dc:language>');
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="fr"/>');
    expect(text).toMatch(/\p{L}\u00A0: /u);
    expect(text).toMatch(/\p{L}\u202F;/u);
    // Every colon that ends a phrase has its space; a web address keeps its own ("https://"), and a cited
    // work its title as published ("Peace secretariats: …").
    const cited = [
      ...JSON.stringify(doc).matchAll(/"label":"((?:[^"\\]|\\.)*)"/g),
    ].map((m) => JSON.parse(`"${m[1]}"`) as string);
    const sources = doc.annexes.find((x) => x.key === 'sources')!.blocks.flatMap((b) => (b.kind === 'item' ? [b.title, b.text ?? ''] : []));
    const own = [...cited, ...sources].filter(Boolean).reduce((t, x) => t.split(x).join(''), text);
    expect(cited.some((x) => /\p{L}: /u.test(x)) || sources.some((x) => /\p{L}: /u.test(x))).toBe(true);
    expect(own.split('\n').filter((l) => /\p{L}: /u.test(l))).toEqual([]);
    expect(text).toContain('https://');
    // The renderer typesets a copy: the composed document keeps its own text.
    expect(doc.front[0]!.title + doc.labels.sources).not.toContain('\u00A0');
  });

  it('in English and Spanish adds no space before a colon', async () => {
    for (const lang of ['en', 'es'] as const) {
      const { text } = await read(lang);
      expect(text, lang).not.toMatch(/[\u00A0\u202F][:;!?]/);
      expect(text, lang).toMatch(/\p{L}: /u);
    }
  });
});
