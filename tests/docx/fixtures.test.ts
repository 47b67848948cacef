/**
 * Every answers fixture as the instrument and the brief in Word, read back: the comments are the lessons
 * the model puts beside each clause (no more, no fewer, on the right clause), Word's numbering shows the
 * model's numbers, every blank is highlighted and every part of the file is well-formed XML.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content-io/site.ts';
import { compose, composeSupportScope } from '../../src/domain/mandate/compose.ts';
import type { MandateDocument } from '../../src/domain/mandate/document.ts';
import { numbersAreWords, renderDocx } from '../../src/renderers/docx/docx.ts';
import { fixtureNames, readFixture } from '../fixtures/read.ts';
import { comments, numbering, paragraphs, unzipDocx, wordLabels, xmlProblems, bracketedRuns } from './read.ts';

const c = loadSiteContent();
const options = { date: new Date('2026-11-24T09:00:00Z'), lang: 'en' as const, ui: c.ui };

async function read(doc: MandateDocument) {
  const parts = unzipDocx(await renderDocx(doc, 'a4'));
  const paras = paragraphs(parts['word/document.xml']!, parts['word/_rels/document.xml.rels']);
  return { parts, paras, labels: wordLabels(paras, numbering(parts['word/numbering.xml'] ?? '')), comments: comments(parts['word/comments.xml'], parts['word/_rels/comments.xml.rels']) };
}

describe('every fixture in Word', () => {
  for (const fixture of fixtureNames()) {
    for (const kind of ['instrument', 'brief'] as const) {
      it(`the ${kind} for ${fixture}: comments equal the lessons beside its clauses, numbering equals the model's`, async () => {
        const doc = compose(c.questionnaire, readFixture(fixture).answers, c.knowledge, c.mandate, { ...options, kind });
        const { parts, paras, labels, comments: found } = await read(doc);
        for (const [path, xml] of Object.entries(parts)) expect(xmlProblems(xml), path).toEqual([]);
        expect(paras[0]!.style).toBe('Title');
        expect(paras[0]!.text).toBe(doc.title);
        // The secretariat's name, in whatever script, exact in the text and in the file's properties.
        const secretariat = readFixture(fixture).answers['secretariat-name'];
        if (typeof secretariat === 'string') {
          expect(parts['word/document.xml']).toContain(secretariat);
          expect(parts['docProps/core.xml']).toContain(`<dc:title>${doc.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')}</dc:title>`);
          if (doc.title.includes(secretariat)) expect(parts['docProps/core.xml']).toContain(secretariat);
        }

        // Clauses: the model's text, in order, numbered by Word as the model numbers them.
        const model = doc.articles.flatMap((a) => a.clauses);
        const clauses = paras.flatMap((p, i) => (p.style === 'Clause' ? [{ p, label: labels[i] }] : []));
        expect(clauses.map((x) => x.p.text.replace(/^[^\t]*\t/, ''))).toEqual(model.map((cl) => cl.text));
        expect(numbersAreWords(doc)).toBe(true);
        expect(clauses.map((x) => x.label)).toEqual(model.map((cl) => cl.number));
        expect(paras.flatMap((p, i) => (p.style === 'Heading2' && p.numId ? [`${labels[i]} ${p.text}`] : []))).toEqual(doc.articles.map((a) => `${doc.labels.article} ${a.number}. ${a.title}`));

        // Comments: exactly the notes beside the clauses, each on its own clause.
        const notes = model.flatMap((cl) => cl.notes.map((n) => ({ n, at: cl.number })));
        if (kind === 'instrument') {
          expect(notes).toEqual([]);
          expect(found).toEqual([]);
        } else {
          expect(notes.length).toBeGreaterThan(0);
          expect(found).toHaveLength(notes.length);
          const L = doc.labels;
          expect(found.map((x) => x.paragraphs[0])).toEqual(notes.map(({ n }) => `${L.note} ${n.title}${n.external ? ` (${L.outside})` : ''}`));
          expect(found.map((x) => x.paragraphs.slice(1))).toEqual(
            notes.map(({ n }) => [
              ...(n.differs ? [n.differs] : []),
              ...(n.text ? [n.text] : []),
              ...(n.sources.length ? [`${L.sources} ${n.sources.map((s) => `${s.label}${s.external ? ` (${L.outside})` : ''}`).join('; ')}`] : []),
            ]),
          );
          const byId = new Map(found.map((x, i) => [x.id, notes[i]!.at]));
          for (const { p, label } of clauses) {
            expect(p.commentStarts).toEqual(p.commentEnds);
            for (const id of p.commentStarts) expect(byId.get(id), `comment ${id}`).toBe(label);
          }
          expect(clauses.flatMap((x) => x.p.commentStarts)).toHaveLength(notes.length);
        }

        // No lesson printed in the instrument's text (the lessons annex may name them).
        const annexStart = paras.findIndex((p) => p.style === 'Heading1' && p.text.startsWith(`${doc.labels.annex} `));
        const instrumentText = paras.slice(0, annexStart === -1 ? undefined : annexStart).map((p) => p.text).join('\n');
        for (const { n } of notes) expect(instrumentText).not.toContain(n.text);
        expect(instrumentText).not.toContain(`${doc.labels.note} `);

        // Every bracketed blank or choice highlighted, nothing else.
        for (const p of paras) if (p.style !== 'Sources' && p.style !== 'Heading3') expect(p.highlighted.map((h) => h.text), p.text).toEqual(bracketedRuns(p.text));
        if (kind === 'instrument') expect(doc.annexes).toEqual([]);
        expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([...doc.front.map((f) => f.title), ...doc.annexes.map((x) => `${doc.labels.annex} ${x.letter}. ${x.title}`)]);
      });
    }
  }

  it("the donor's support scope: its title and front parts only", async () => {
    const name = fixtureNames().find((n) => n.startsWith('donor'))!;
    const doc = composeSupportScope(c.questionnaire, readFixture(name).answers, c.knowledge, c.support, options);
    expect(doc.kind).toBe('scope');
    const { parts, paras, comments: found } = await read(doc);
    for (const [path, xml] of Object.entries(parts)) expect(xmlProblems(xml), path).toEqual([]);
    expect(found).toEqual([]);
    expect(paras.filter((p) => p.numId && p.style === 'Clause')).toEqual([]);
    expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(doc.front.map((f) => f.title));
    expect(paras.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual([doc.title]);
  });
});
