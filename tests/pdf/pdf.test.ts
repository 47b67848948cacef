import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSiteContent } from '../../src/content-io/site.ts';
import { uncovered } from '../../src/domain/mandate/charset.ts';
import { compose } from '../../src/domain/mandate/compose.ts';
import { t } from '../../src/domain/ui/strings.ts';
import { subsetNotoSans } from '../../src/renderers/pdf/font-node.ts';
import { renderPdf } from '../../src/renderers/pdf/jspdf.ts';
import { fixturePath, readFixture } from '../fixtures/read.ts';
import { fold, readPdf } from './read.ts';

const content = loadSiteContent();
const date = new Date('2026-11-24T09:00:00Z');
const make = async (name: string, annotated: boolean, size: 'a4' | 'letter' = 'a4', edit: (a: Record<string, unknown>) => void = () => {}) => {
  const answers = structuredClone(readFixture(name).answers) as Record<string, unknown>;
  edit(answers);
  const doc = compose(content.questionnaire, answers, content.knowledge, content.mandate, { kind: annotated ? 'brief' : 'instrument', date, lang: 'en', ui: content.ui });
  const bytes = await renderPdf(doc, size, await subsetNotoSans(), { page: (n, total) => t(content.ui, 'draft.page', { n, total }) });
  return { doc, bytes, pdf: await readPdf(bytes) };
};

describe('the PDF', () => {
  it('reads back with its articles in order, clause numbers, annex headings and a bookmark for each', async () => {
    const { doc, pdf } = await make('state-preparing-talks', true);
    const text = fold(pdf.all);
    let at = 0;
    for (const a of doc.articles) {
      const i = text.indexOf(`Article ${a.number}. ${a.title}`, at);
      expect(i, `Article ${a.number} in order`).toBeGreaterThan(at - 1);
      at = i;
      for (const c of a.clauses) expect(text).toContain(c.number);
    }
    for (const x of ['Annex A. Lessons from the cases', 'Annex B. Risks and open questions for the parties', 'Annex C. Support needs', 'Annex D. Sources']) expect(text).toContain(x);
    expect(pdf.outline).toEqual([...doc.front.map((f) => f.title), ...doc.articles.map((a) => `Article ${a.number}. ${a.title}`), ...doc.annexes.map((x) => `Annex ${x.letter}. ${x.title}`)]);
  });

  it('lists every article and annex on the title page with the page it starts on', async () => {
    const { doc, pdf } = await make('armed-group-pre-formal', true);
    const titlePage = fold(pdf.pages[0]!);
    expect(titlePage).toContain('Contents');
    const headings = [...doc.articles.map((a) => [`${a.number}. ${a.title}`, `Article ${a.number}. ${a.title}`]), ...doc.annexes.map((x) => [`Annex ${x.letter}. ${x.title}`, `Annex ${x.letter}. ${x.title}`])];
    let checked = 0;
    for (const [entry, heading] of headings) {
      // The first page after the title page whose text holds the heading.
      const page = pdf.pages.findIndex((p, i) => i > 0 && fold(p).includes(heading!)) + 1;
      expect(page, heading).toBeGreaterThan(1);
      expect(titlePage, entry).toContain(`${entry} ${page}`);
      checked++;
    }
    expect(checked).toBe(doc.articles.length + doc.annexes.length);
  });

  it('keeps a name like "Secretaría de Paz – Bogotá Ñ ő Мир" exactly, in the text and the document title', async () => {
    const { pdf } = await make('state-preparing-talks', false);
    expect(pdf.all).toContain('Secretaría de Paz – Bogotá Ñ ő Мир');
    expect(pdf.info.Title).toBe('Decision of the Cabinet on the establishment of Secretaría de Paz – Bogotá Ñ ő Мир');
    expect(pdf.info.Subject).toMatch(/^Draft instrument establishing Secretaría de Paz – Bogotá Ñ ő Мир, for the Government of the Republic/);
  });

  it('prints French and Spanish punctuation as typed: the narrow no-break space inside « » and before ; : ! ?, and ¿ ¡', async () => {
    const name = 'Secrétariat «\u202fPaix\u202f» ¿Sí? ¡Ya! Oui\u202f; non\u202f: fin\u202f!';
    const { pdf } = await make('state-preparing-talks', false, 'a4', (a) => { a['secretariat-name'] = name; });
    // Nothing went to the marker for missing glyphs (the font covers every character). The text layer reads
    // the narrow no-break space back as a space, as PDF readers extract every space character.
    expect(uncovered(name)).toEqual([]);
    expect(pdf.all).toContain(name.replace(/\u202f/g, ' '));
  });

  it('carries "Draft — not agreed", the date and "Page n of N" on every page', async () => {
    const { pdf } = await make('armed-group-pre-formal', false);
    pdf.pages.forEach((p, i) => {
      expect(p).toContain('Draft — not agreed');
      expect(p).toContain('24 November 2026');
      expect(fold(p)).toContain(`Page ${i + 1} of ${pdf.totalPages}`);
    });
  });

  it('has a sensible page count: more pages in the brief than in the instrument, and a few for the instrument', async () => {
    const clean = await make('state-preparing-talks', false);
    const annotated = await make('state-preparing-talks', true);
    expect(clean.pdf.totalPages).toBeGreaterThanOrEqual(5);
    expect(clean.pdf.totalPages).toBeLessThanOrEqual(14);
    expect(annotated.pdf.totalPages).toBeGreaterThan(clean.pdf.totalPages);
    expect(fold(annotated.pdf.all)).toContain('Lesson:');
    expect(fold(clean.pdf.all)).not.toContain('Lesson:');
  });

  it('flows a 5,000-character answer over pages without losing a word, including unbroken strings', async () => {
    const long = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ').slice(0, 4900) + ' ' + 'x'.repeat(99);
    const { pdf } = await make('state-preparing-talks', false, 'letter', (a) => (a.remarks = long));
    const text = fold(pdf.all).replace(/ /g, '');
    for (const w of ['word0', 'word250', 'word480']) expect(text).toContain(w);
    expect(text).toContain('x'.repeat(99));
  });

  it('still renders text in a script the font lacks, marking it for the print route', async () => {
    const { pdf } = await make('state-preparing-talks', false, 'a4', (a) => (a.remarks = 'संवाद और शांति — dialogue'));
    expect(pdf.all).toContain('[…]');
    expect(pdf.all).toContain('dialogue');
  });

  it('links each source with an address, so a reader can open it', async () => {
    const { bytes } = await make('armed-group-pre-formal', true);
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/URI \(https:\/\//);
  });

  it('declares its language and asks viewers to show its title', async () => {
    const { bytes } = await make('armed-group-pre-formal', false);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it('ends the instrument with its final words and signature block, and carries no lesson', async () => {
    const { pdf } = await make('state-preparing-talks', false);
    const text = fold(pdf.all);
    expect(text).toContain('Adopted by the Cabinet at [place] on [date].');
    expect(text).not.toMatch(/Lesson:|Annex [A-D]/);
  });

  it('stays small: the brief of a fixture is under 100 KB as a PDF', async () => {
    const { bytes } = await make('armed-group-pre-formal', true);
    expect(bytes.length).toBeLessThan(100 * 1024);
  });
});

describe('the command-line generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'psmd-'));
  const run = (args: string[]) => spawnSync(process.execPath, ['src/cli/draft.ts', ...args], { encoding: 'utf8' });

  /** What the draft page makes from a file: a donor's support scope first, a scenario's comparison last. */
  const asTheSiteMakesIt = async (name: string, annotated: boolean, size: 'a4' | 'letter') => {
    const file = readFixture(name) as { answers: Record<string, unknown>; scenario?: string };
    const scenario = content.scenarios.find((s) => s.id === file.scenario);
    const doc = compose(content.questionnaire, file.answers, content.knowledge, content.mandate, { kind: annotated ? 'brief' : 'instrument', date: new Date(), lang: 'en', ui: content.ui, ...(scenario ? { scenario } : {}) });
    return readPdf(await renderPdf(doc, size, await subsetNotoSans(), { page: (n, total) => t(content.ui, 'draft.page', { n, total }) }));
  };

  it.each([
    ['armed-group-pre-formal', ['--instrument'], false, 'a4'],
    ['armed-group-pre-formal', ['--brief', '--letter'], true, 'letter'],
    ['donor-armed-group', ['--brief'], true, 'a4'],
    ['scenario-taliban-doha-2013', [], true, 'a4'],
  ] as const)('makes the same PDF text as the draft page from the answers file %s (%s)', async (name, flags, annotated, size) => {
    const out = join(dir, `${name}-${flags.join('')}.pdf`);
    const r = run([fixturePath(name), out, ...flags]);
    expect(r.status, r.stderr).toBe(0);
    const cli = await readPdf(readFileSync(out));
    const site = await asTheSiteMakesIt(name, annotated, size);
    expect(cli.pages).toEqual(site.pages);
    expect(cli.outline).toEqual(site.outline);
    expect(fold(cli.all).includes('Lesson:')).toBe(annotated);
    if (name === 'donor-armed-group') expect(cli.outline[0]).toBe(content.ui['brief.cover-title']);
    if (name === 'scenario-taliban-doha-2013') expect(cli.outline.at(-1)).toMatch(/^Annex E\. /);
  });

  it('refuses a file that fails the schema with a clear message and a non-zero exit', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'peace-secretariat-mandate-answers', schemaVersion: 2, answers: { tasks: 'advice' } }));
    const r = run([bad, join(dir, 'x.pdf')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the file has answers the tool cannot use');
    expect(r.stderr).toContain('answers.tasks');
    const notJson = join(dir, 'notjson.json');
    writeFileSync(notJson, 'hello');
    expect(run([notJson, join(dir, 'y.pdf')]).stderr).toContain('not valid JSON');
  });

  it('prints an answer holding CRLF, a lone CR and a TAB as lines and a space, with no […]', async () => {
    const file = structuredClone(readFixture('state-preparing-talks')) as { answers: Record<string, unknown> };
    file.answers.remarks = 'First line\r\nsecond\tline\rthird line';
    const path = join(dir, 'crlf.json');
    writeFileSync(path, JSON.stringify(file));
    const r = run([path, join(dir, 'crlf.pdf'), '--instrument']);
    expect(r.status, r.stderr).toBe(0);
    const text = fold((await readPdf(readFileSync(join(dir, 'crlf.pdf')))).all);
    expect(text).toContain('second line');
    expect(text).not.toContain('[…]');
  });

  it('says in one line, with no stack trace, when the PDF cannot be written where asked', () => {
    const input = fixturePath('state-preparing-talks');
    const missing = run([input, join(dir, 'no-such-folder', 'x.pdf')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(`Cannot write ${join(dir, 'no-such-folder', 'x.pdf')}: the folder ${join(dir, 'no-such-folder')} does not exist. Create it first, or choose another folder.`);
    const folder = run([input, dir]);
    expect(folder.status).toBe(1);
    expect(folder.stderr.trim()).toBe(`${dir} is a folder. Give a file name for the draft, for example ${join(dir, 'draft.pdf')}.`);
    const underFile = run([input, join(input, 'x.pdf')]);
    expect(underFile.status).toBe(1);
    expect(underFile.stderr).toContain('is a file, not a folder');
    for (const r of [missing, folder, underFile]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains its usage when arguments are missing', () => {
    const r = run([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: npm run draft');
  });
});
