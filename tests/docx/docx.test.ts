/**
 * The Word export read back as Word would read it: styles, numbering, comments, highlighted blanks,
 * properties and text in any script; and a hostile answer that must never make a corrupt file.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { MandateDocument, Note } from '../../src/domain/mandate/document.ts';
import { linkTarget, numbersAreWords, renderDocx, xmlSafe } from '../../src/renderers/docx/docx.ts';
import { comments, numbering, paragraphs, unzipDocx, wordLabels, xmlProblems, bracketedRuns, type Para } from './read.ts';
import { brief, instrument, NAME, scope } from './sample.ts';

async function read(doc: MandateDocument, size: 'a4' | 'letter' = 'a4') {
  const bytes = await renderDocx(doc, size, { page: (n, total) => `Page ${n} of ${total}` });
  const parts = unzipDocx(bytes);
  const paras = paragraphs(parts['word/document.xml']!, parts['word/_rels/document.xml.rels']);
  const labels = wordLabels(paras, numbering(parts['word/numbering.xml'] ?? ''));
  return { bytes, parts, paras, labels, comments: comments(parts['word/comments.xml'], parts['word/_rels/comments.xml.rels']) };
}

/** The text of a comment for a note, paragraph by paragraph, as the brief's reader should find it. */
function commentText(n: Note, L = brief().labels): string[] {
  return [
    `${L.note} ${n.title}${n.external ? ` (${L.outside})` : ''}`,
    ...(n.differs ? [n.differs] : []),
    ...(n.text ? [n.text] : []),
    ...(n.sources.length ? [`${L.sources} ${n.sources.map((s) => `${s.label}${s.external ? ` (${L.outside})` : ''}`).join('; ')}`] : []),
  ];
}

describe('the Word export', () => {
  it('gives the title, parts, annexes and articles their Word styles, and defines them in the file', async () => {
    const doc = brief();
    const { parts, paras, labels } = await read(doc);
    expect(paras.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual([doc.title, doc.title]);
    expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      ...doc.front.map((f) => f.title),
      ...doc.annexes.map((x) => `${doc.labels.annex} ${x.letter}. ${x.title}`),
    ]);
    const articleHeadings = paras.flatMap((p, i) => (p.style === 'Heading2' && p.numId ? [`${labels[i]} ${p.text}`] : []));
    expect(articleHeadings).toEqual(doc.articles.map((a) => `${doc.labels.article} ${a.number}. ${a.title}`));
    // The instrument starts on its own page after the cover note.
    expect(paras.filter((p) => p.style === 'Title')[1]!.xml).toContain('<w:pageBreakBefore/>');
    // Recitals, enacting words, closing and signatures in their own styles, based on Normal.
    expect(paras.filter((p) => p.style === 'Recital').map((p) => p.text)).toEqual(doc.recitals);
    expect(paras.filter((p) => p.style === 'Enacting').map((p) => p.text)).toEqual([doc.enacting]);
    expect(paras.filter((p) => p.style === 'Closing').map((p) => p.text)).toEqual(doc.closing);
    expect(paras.filter((p) => p.style === 'Signature').map((p) => p.text)).toEqual(doc.signatures.flatMap((s) => [...(s.for ? [s.for] : []), ...s.lines]));
    const styles = parts['word/styles.xml']!;
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Recital', 'Enacting', 'Clause', 'ClauseItem', 'Signature', 'Sources']) expect(styles).toMatch(new RegExp(`<w:style [^>]*w:styleId="${id}"`));
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)![0];
    expect(style('Enacting')).toContain('<w:b/>');
    expect(style('Heading2')).toMatch(/<w:sz w:val="23"\/>/);
    expect(style('Title')).toMatch(/<w:sz w:val="44"\/>/);
    // Document defaults: the theme's fonts (Arial for Latin text, Word's own for other scripts), the body
    // size and the language, so Word users change them in one place.
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toContain('<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>');
    expect(parts['word/theme/theme1.xml']).toMatch(/<a:minorFont><a:latin typeface="Arial"\/>/);
    expect(parts['word/theme/theme1.xml']).toMatch(/<a:majorFont><a:latin typeface="Arial"\/>/);
    expect(parts['word/theme/theme1.xml']).toContain('<a:font script="Deva" typeface="Mangal"/>');
    expect(defaults).toContain('<w:spacing w:after="120" w:line="276" w:lineRule="auto"/>');
    expect(defaults).toMatch(/<w:sz w:val="21"\/>/);
    expect(defaults).toContain('<w:lang w:val="en-GB"/>');
  });

  it("numbers articles, clauses and items with Word's own numbering, as the model does, starting again in each article", async () => {
    for (const doc of [brief(), instrument()]) {
      const { paras, labels } = await read(doc);
      const clauses = paras.flatMap((p, i) => (p.style === 'Clause' ? [{ p, label: labels[i] }] : []));
      const model = doc.articles.flatMap((a) => a.clauses);
      expect(clauses.map((c) => c.p.text)).toEqual(model.map((c) => c.text));
      // Word numbering, not typed numbers: a clause inserted in Word renumbers the rest.
      for (const { p } of clauses) expect([p.numId, p.ilvl, p.text.match(/^\d/)]).toEqual([clauses[0]!.p.numId, 1, null]);
      expect(clauses.map((c) => c.label)).toEqual(model.map((c) => c.number));
      for (const a of doc.articles) expect(clauses.filter((c) => c.label!.startsWith(`${a.number}.`))).toHaveLength(a.clauses.length);
      const items = paras.flatMap((p, i) => (p.style === 'ClauseItem' ? [[labels[i], p.text]] : []));
      expect(items).toEqual(model.flatMap((c) => c.items.map((it, i) => [`(${String.fromCharCode(97 + i)})`, it])));
      // One list for the whole instrument: headings at level 0, clauses at 1, items at 2.
      const levels = paras.filter((p) => p.numId === clauses[0]!.p.numId).map((p) => `${p.style}:${p.ilvl}`);
      expect(new Set(levels)).toEqual(new Set(['Heading2:0', 'Clause:1', 'ClauseItem:2']));
    }
  });

  it('turns each lesson into a Word comment on its clause, and prints none inline', async () => {
    const doc = brief();
    const { parts, paras, comments: found } = await read(doc);
    const notes = doc.articles.flatMap((a) => a.clauses.flatMap((c) => c.notes));
    expect(found).toHaveLength(notes.length);
    expect(found.map((c) => c.paragraphs)).toEqual(notes.map((n) => commentText(n)));
    expect(found.every((c) => c.author === 'Peace Secretariat Mandate Designer')).toBe(true);
    // A source with an address is a link in the comment too.
    expect(found.map((c) => c.links)).toEqual(notes.map((n) => n.sources.flatMap((s) => (s.url ? [s.url] : []))));
    // Each comment opens with Word's own comment mark, as comments written in Word do.
    expect(parts['word/comments.xml']!.match(/<w:comment [^>]*><w:p><w:r><w:annotationRef\/><\/w:r>/g)).toHaveLength(notes.length);
    // Anchored on the clause's own paragraph: its range starts and ends there, with the reference after it.
    const byId = new Map(found.map((c) => [c.id, c]));
    const clauses = paras.filter((p) => p.style === 'Clause');
    doc.articles.flatMap((a) => a.clauses).forEach((c, i) => {
      const p = clauses[i]!;
      expect(p.commentStarts, c.number).toEqual(p.commentEnds);
      expect(p.commentRefs, c.number).toEqual(p.commentStarts);
      expect(p.commentStarts.map((id) => byId.get(id)!.paragraphs[0]), c.number).toEqual(c.notes.map((n) => `${doc.labels.note} ${n.title}${n.external ? ` (${doc.labels.outside})` : ''}`));
    });
    expect(paras.filter((p) => p.style !== 'Clause').flatMap((p) => p.commentStarts)).toEqual([]);
    // The markers survive: outside the article, and where the sources differ.
    expect(found[0]!.paragraphs[0]).toContain('(outside the article)');
    expect(found[0]!.paragraphs).toContain(notes[0]!.differs);
    // Not printed in the instrument's text as well (the lessons annex only points at clauses).
    const annexes = paras.findIndex((p) => p.text.startsWith(`${doc.labels.annex} A.`));
    const text = paras.slice(0, annexes).map((p) => p.text).join('\n');
    for (const n of notes) {
      expect(text).not.toContain(n.title);
      expect(text).not.toContain(n.text);
    }
    expect(parts['word/document.xml']).not.toContain('Lesson:');
  });

  it('highlights every bracketed blank or choice, and nothing else', async () => {
    for (const doc of [brief(), instrument(), scope()]) {
      const { paras } = await read(doc);
      for (const p of paras) {
        if (p.style === 'Sources' || p.style === 'Heading3') continue; // labels and tags, checked below
        expect(p.highlighted.map((h) => h.text), p.text).toEqual(bracketedRuns(p.text));
      }
      expect(paras.flatMap((p) => p.highlighted.map((h) => h.color))).toSatisfy((c: string[]) => c.every((x) => x === 'yellow'));
      // Every bracketed run of the model is there, highlighted, in order.
      const instrumentTexts = doc.kind === 'scope' ? [] : [...doc.recitals, doc.enacting, ...doc.articles.flatMap((a) => a.clauses.flatMap((c) => [c.text, ...c.items])), ...doc.closing, ...doc.signatures.flatMap((s) => [s.for ?? '', ...s.lines])];
      const blockTexts = (blocks: (typeof doc.front)[number]['blocks']) =>
        blocks.flatMap((b) =>
          // A table's cells are figures and names, drawn plain; a picture's words are its list.
          b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : b.kind === 'list' ? b.items : b.kind === 'table' ? [b.caption] : b.kind === 'picture' ? b.list : [b.title, b.text, ...(b.bullets ?? [])],
        );
      const expected = [
        doc.title,
        ...doc.front.flatMap((f) => [f.title, ...blockTexts(f.blocks)]),
        ...(doc.front.length && instrumentTexts.length ? [doc.title] : []),
        ...instrumentTexts,
        ...doc.annexes.flatMap((x) => [x.title, ...blockTexts(x.blocks)]),
      ].flatMap(bracketedRuns);
      expect(paras.flatMap((p) => p.highlighted.map((h) => h.text))).toEqual(expected);
      expect(expected.length).toBeGreaterThan(doc.kind === 'scope' ? 0 : 10);
    }
  });

  it('keeps a name in any script exact, in the text and in the properties', async () => {
    const doc = brief();
    const { parts, paras } = await read(doc);
    expect(parts['word/document.xml']).toContain(NAME);
    expect(paras.filter((p) => p.text.includes(NAME)).length).toBeGreaterThanOrEqual(4);
    expect(paras.map((p) => p.text)).toContain('नेपाल शान्ति सचिवालय — مكتب السلام — ကမ္ဘာ့ငြိမ်းချမ်းရေး — සාමය — அமைதி.');
    const core = parts['docProps/core.xml']!;
    expect(core).toContain(`<dc:title>Decree No. [ ] establishing the ${NAME}</dc:title>`);
    expect(core).toContain(`<dc:subject>Draft mandate of the ${NAME}</dc:subject>`);
    expect(core).toContain('<dc:creator>Peace Secretariat Mandate Designer</dc:creator>');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/dcterms:created>/);
  });

  it('puts the status and date in the header, the page number in the footer, on A4 or Letter', async () => {
    const a4 = await read(instrument(), 'a4');
    const letter = await read(instrument(), 'letter');
    expect(a4.parts['word/document.xml']).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(letter.parts['word/document.xml']).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(a4.parts['word/document.xml']).toMatch(/<w:pgMar w:top="1440" w:right="1240" w:bottom="1280" w:left="1240"/);
    const header = paragraphs(Object.entries(a4.parts).find(([k]) => /^word\/header\d*\.xml$/.test(k))![1]);
    expect(header.map((p) => p.text)).toEqual(['Draft — not agreed\t24 November 2026']);
    const footer = Object.entries(a4.parts).find(([k]) => /^word\/footer\d*\.xml$/.test(k))![1];
    expect(paragraphs(footer).map((p) => p.text)).toEqual(['Page  of ']);
    expect(footer).toMatch(/Page [\s\S]*>PAGE<[\s\S]* of [\s\S]*>NUMPAGES</);
    // Without a label, the number alone.
    const plain = unzipDocx(await renderDocx(instrument(), 'a4'));
    expect(Object.entries(plain).find(([k]) => /^word\/footer\d*\.xml$/.test(k))![1]).toMatch(/<w:jc w:val="center"\/>[\s\S]*>PAGE</);
  });

  it('keeps each signature block together, with room to sign before its lines', async () => {
    const { paras } = await read(instrument());
    const sig = paras.filter((p) => p.style === 'Signature');
    expect(sig[0]!.text).toBe('For the Government of Nepal:');
    expect(sig[0]!.xml).toContain('<w:keepNext/>');
    expect(sig[1]!.xml).toMatch(/<w:spacing w:before="720"/);
    expect(sig[1]!.xml).toContain('<w:keepNext/>');
  });

  it('ends the brief with its annexes: headings, lists, items with their tags, sources as links', async () => {
    const doc = brief();
    const { paras } = await read(doc);
    const start = paras.findIndex((p) => p.text === 'Annex A. Lessons by clause');
    expect(paras[start]!.xml).toContain('<w:pageBreakBefore/>');
    const annex = paras.slice(start);
    expect(annex.filter((p) => p.style === 'Heading3').map((p) => p.text)).toEqual(['Set up too late (High; inferred)', 'Accord 29']);
    expect(annex.filter((p) => p.style === 'Sources').map((p) => [p.text, p.links])).toEqual([
      ['Sources: Accord 29 article, Philippines; Interview notes (outside the article)', ['https://example.org/accord-29#ph']],
      ['Sources: Accord 29', ['https://example.org/accord-29']],
    ]);
    // Lists are Word bullets, not typed ones.
    const bullets = annex.filter((p) => p.numId && p.style !== 'Heading1');
    expect(bullets.map((p) => p.text)).toEqual(['A ministry outlives the talks: see Article 1.1', 'Reporting to one principal: see Article 2.1', 'Decide the seat.', 'Decide the head.']);
  });

  it('gives the instrument no comments, no lesson and nothing after the signatures', async () => {
    const doc = instrument();
    const { parts, paras, comments: found } = await read(doc);
    expect(found).toEqual([]);
    expect(parts['word/document.xml']).not.toMatch(/commentRangeStart|commentReference/);
    const text = paras.map((p) => p.text).join('\n');
    for (const n of brief().articles.flatMap((a) => a.clauses.flatMap((c) => c.notes))) expect(text).not.toContain(n.text);
    expect(text).not.toMatch(/Lesson|Annex|Mandate Designer/);
    expect(paras.at(-1)!.text).toBe('[Title]');
    expect(paras.filter((p) => p.style === 'Title')).toHaveLength(1);
    // Even if a note were left in an instrument's model, it would not become a comment.
    const leaked = instrument();
    leaked.articles[0]!.clauses[0]!.notes = brief().articles[0]!.clauses[0]!.notes;
    expect((await read(leaked)).comments).toEqual([]);
  });

  it('gives the support scope only its title and front parts', async () => {
    const doc = scope();
    const { paras, comments: found } = await read(doc);
    expect(found).toEqual([]);
    expect(paras.map((p) => `${p.style ?? 'Normal'}: ${p.text}`)).toEqual([
      `Title: Support scope for the ${NAME}`,
      'Heading1: Support scope',
      'Normal: The donor may fund [ ] staff.',
      'Heading2: Needs',
      'ListParagraph: Rent',
      'ListParagraph: Archives',
    ]);
  });

  it('writes numbers as text when the model does not number 1, 2, 3 … (so Word cannot show others)', async () => {
    const doc = instrument();
    doc.articles[1]!.clauses[1]!.number = '2.2bis';
    expect(numbersAreWords(doc)).toBe(false);
    const { paras } = await read(doc);
    const clauses = paras.filter((p) => p.style === 'Clause');
    expect(clauses.map((p) => p.text.split('\t')[0])).toEqual(doc.articles.flatMap((a) => a.clauses.map((c) => c.number)));
    expect(clauses.every((p) => p.numId === undefined)).toBe(true);
    expect(paras.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(doc.articles.map((a) => `Article ${a.number}. ${a.title}`));
  });

  it('never writes a character XML forbids, whatever an answer holds', async () => {
    const hostile = 'Bad\u0000name\u001b & <b>"x"</b> \uD800 lone \uDC00 low \uFFFE\uFFFF tab\there\nline [\u0007 ] 😀 ok';
    const clean = xmlSafe(hostile);
    expect(clean).toBe('Badname & <b>"x"</b>  lone  low  tab\there\nline [ ] 😀 ok');
    const doc = brief();
    doc.title = hostile;
    doc.subject = hostile;
    doc.status = hostile;
    doc.date = hostile;
    doc.lang = 'en\u0000GB';
    doc.recitals = [hostile];
    doc.articles[0]!.title = hostile;
    doc.articles[0]!.clauses[0]!.text = hostile;
    doc.articles[0]!.clauses[0]!.items = [hostile];
    doc.articles[0]!.clauses[0]!.notes[0] = { ...doc.articles[0]!.clauses[0]!.notes[0]!, title: hostile, text: hostile, differs: hostile, sources: [{ label: hostile, external: true, url: `https://example.org/${hostile}` }] };
    doc.signatures = [{ for: hostile, lines: [hostile] }];
    doc.annexes[1]!.blocks.push({ kind: 'item', title: hostile, tag: hostile, text: hostile, bullets: [hostile], sources: [{ label: hostile, external: false, url: `https://example.org/${hostile}` }] });
    const bytes = await renderDocx(doc, 'a4', { page: () => hostile });
    expect(() => unzipSync(bytes)).not.toThrow();
    const parts = unzipDocx(bytes);
    for (const [path, xml] of Object.entries(parts)) expect(xmlProblems(xml), path).toEqual([]);
    for (const [path, xml] of Object.entries(parts).filter(([k]) => k.endsWith('.rels')))
      for (const m of xml.matchAll(/Type="[^"]*\/hyperlink" Target="([^"]*)"/g)) expect(m[1], path).toMatch(/^https:\/\/example\.org\/[A-Za-z0-9%._~:/?#@!$&;=+,()*'-]*$/);
    const paras = paragraphs(parts['word/document.xml']!);
    const words = clean.replace('\t', ' ');
    expect(paras.filter((p) => p.text.replace('\t', ' ') === words.replace('\n', '\n'))).not.toHaveLength(0);
    expect(parts['docProps/core.xml']).toContain('<dc:title>Badname &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt;  lone  low  tab\there\nline [ ] 😀 ok</dc:title>');
    expect(comments(parts['word/comments.xml'])[0]!.paragraphs[0]).toBe(`Lesson: ${clean} (outside the article)`);
  });

  it('links only well-formed web addresses, percent-encoded', () => {
    expect(linkTarget('https://example.org/a b?x=1&y=<2>')).toBe('https://example.org/a%20b?x=1&y=%3C2%3E');
    expect(linkTarget('https://peacemaker.un.org/sites/default/files/document/files/2024/05/nepal.pdf#page=3')).toBe('https://peacemaker.un.org/sites/default/files/document/files/2024/05/nepal.pdf#page=3');
    expect(linkTarget('https://example.org/[a]|b^c?q=[1]#x#y')).toBe('https://example.org/%5Ba%5D%7Cb%5Ec?q=%5B1%5D#x%23y');
    expect(linkTarget('https://example.org/Bogotá')).toBe('https://example.org/Bogot%C3%A1');
    expect(linkTarget('javascript:alert(1)')).toBeUndefined();
    expect(linkTarget('not a url')).toBeUndefined();
    expect(linkTarget(undefined)).toBeUndefined();
  });

  it('loads the docx library only when a Word file is asked for', () => {
    const source = readFileSync(new URL('../../src/renderers/docx/docx.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import (?!type )[^;]*from 'docx'/m);
    expect(source).toContain("await import('docx')");
  });
});

export type { Para };
