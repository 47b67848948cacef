/**
 * The command-line support scope: `npm run draft -- answers.json out.pdf|out.docx|out.csv --support
 * --plan plan.json` makes the document the draft page's donor scope makes, from the same domain pipeline
 * and the plan file the page saves. Read back: the PDF with unpdf, the Word file unzipped, the CSV parsed.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSiteContent } from '../../src/content-io/site.ts';
import { composeSupportScope, scopeCsv } from '../../src/domain/mandate/compose.ts';
import { donorScopeFile, type DonorScope } from '../../src/domain/support/budget.ts';
import { t } from '../../src/domain/ui/strings.ts';
import { subsetNotoSans } from '../../src/renderers/pdf/font-node.ts';
import { renderPdf } from '../../src/renderers/pdf/jspdf.ts';
import { fixturePath, readFixture } from '../fixtures/read.ts';
import { paragraphs, unzipDocx } from '../docx/read.ts';
import { fold, readPdf } from './read.ts';

const content = loadSiteContent();
const dir = mkdtempSync(join(tmpdir(), 'psmd-support-'));
const run = (args: string[]) => spawnSync(process.execPath, ['src/cli/draft.ts', ...args], { encoding: 'utf8' });

/** A donor's plan as the draft page saves it: two phases, amounts in two of them, one cell left empty. */
const scope: DonorScope = {
  currency: 'EUR',
  phases: [
    { name: 'Preparation', months: '6' },
    { name: 'Talks', months: '12' },
  ],
  modality: ['grant', 'pooled-fund'],
  cofunding: 'The host government provides the premises.',
  exit: 'The party takes over the running costs after the talks.',
  cells: {
    'staff/0': { units: '12', amount: '60,000' },
    'staff/1': { units: '24', amount: '120000' },
    'training/0': { units: '10', amount: '5000.50' },
    'advisers/1': { units: '3', amount: '' },
  },
};
const planPath = join(dir, 'plan.json');
writeFileSync(planPath, donorScopeFile(scope));
const answers = fixturePath('donor-armed-group');

/** What the draft page makes from the same answers and plan. */
const asTheSiteMakesIt = async () => {
  const doc = composeSupportScope(content.questionnaire, readFixture('donor-armed-group').answers, content.knowledge, content.support, { date: new Date(), lang: 'en', ui: content.ui }, scope);
  return readPdf(await renderPdf(doc, 'a4', await subsetNotoSans(), { page: (n, total) => t(content.ui, 'draft.page', { n, total }) }));
};

/** RFC 4180 as budgetCsv writes it: fields quoted where they hold a comma or a quote, CRLF between records. */
const parseCsv = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const fields: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i]!;
        if (quoted && c === '"' && line[i + 1] === '"') (field += '"'), i++;
        else if (c === '"') quoted = !quoted;
        else if (c === ',' && !quoted) fields.push(field), (field = '');
        else field += c;
      }
      return [...fields, field];
    });

describe("the command-line donor's support scope", () => {
  it('makes the same PDF as the draft page, a document of its own with the budget and its totals', async () => {
    const out = join(dir, 'scope.pdf');
    const r = run([answers, out, '--support', '--plan', planPath]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('the support scope, total 185,000.50 EUR');
    const cli = await readPdf(readFileSync(out));
    expect(cli.pages).toEqual((await asTheSiteMakesIt()).pages);
    const text = fold(cli.all);
    for (const s of ['Preparation', 'Talks', '60,000', '120,000', '180,000', '5,000.50', '185,000.50', 'The host government provides the premises.']) expect(text, s).toContain(s);
    // Never inside the instrument: no article of the mandate, no enacting words.
    expect(text).not.toMatch(/Article 1\b/);
  });

  it('makes the Word file, whose document reads back with the same table and totals', () => {
    const out = join(dir, 'scope.docx');
    const r = run([answers, out, '--support', `--plan=${planPath}`]);
    expect(r.status, r.stderr).toBe(0);
    const parts = unzipDocx(readFileSync(out));
    const xml = parts['word/document.xml']!;
    for (const s of ['Preparation', '180,000', '185,000.50', 'Staff', 'Running costs']) expect(xml, s).toContain(s);
    expect(paragraphs(xml).some((p) => p.text.includes('The party takes over the running costs after the talks.'))).toBe(true);
  });

  it('makes the budget table as CSV: the draft page\'s bytes, each row\'s units and amounts, the totals by phase and in all', () => {
    const out = join(dir, 'budget.csv');
    const r = run([answers, out, '--support', '--plan', planPath]);
    expect(r.status, r.stderr).toBe(0);
    const bytes = readFileSync(out, 'utf8');
    expect(bytes).toBe(scopeCsv(scope, content.ui));
    const rows = parseCsv(bytes);
    const staff = rows.find((x) => x[0] === 'Staff')!;
    // For a spreadsheet: no thousands separator, a point for decimals.
    expect(staff.slice(2)).toEqual(['12', '60000', '24', '120000', '36', '180000']);
    // A cell left empty stays empty: no amount is invented for the advisers.
    const advisers = rows.find((x) => x[0] === 'Advisers')!;
    expect(advisers.slice(2)).toEqual(['', '', '3', '', '3', '']);
    expect(rows.at(-1)).toEqual(['Total', '', '', '65000.50', '', '120000', '', '185000.50']);
  });

  it('without a plan, makes the scope with the budget left blank, never a guessed amount', () => {
    const out = join(dir, 'blank.csv');
    const r = run([answers, out, '--support']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('no amounts entered');
    for (const row of parseCsv(readFileSync(out, 'utf8')).slice(1)) expect(row.slice(2).every((c) => c === ''), row.join(',')).toBe(true);
  });

  it('refuses a bad plan file in one line with exit 1: not a plan, not JSON, a figure that is not a number, a folder', () => {
    const notJson = join(dir, 'notjson.json');
    writeFileSync(notJson, 'hello');
    const wrongNumber = join(dir, 'wrong.json');
    writeFileSync(wrongNumber, donorScopeFile({ ...scope, cells: { ...scope.cells, 'staff/0': { units: '12', amount: 'sixty thousand' } } }));
    const cases: [string, string][] = [
      [answers, 'the file is not a plan saved from the draft page'],
      [notJson, 'the file is not valid JSON'],
      [wrongNumber, 'the budget has entries that are not numbers (Staff, phase 1: amount)'],
      [dir, 'is a folder, not a plan file'],
      [join(dir, 'missing.json'), 'there is no such file'],
    ];
    for (const [plan, message] of cases) {
      const out = join(dir, 'refused.pdf');
      const r = run([answers, out, '--support', '--plan', plan]);
      expect(r.status, plan).toBe(1);
      expect(r.stderr, plan).toContain(message);
      expect(r.stderr.trim().split('\n'), plan).toHaveLength(1);
    }
  });

  it('refuses a mixed-up command with its usage and exit 2: a plan or a CSV without --support, --support with --instrument, --plan with no path', () => {
    for (const args of [
      [answers, join(dir, 'x.pdf'), '--plan', planPath],
      [answers, join(dir, 'x.csv')],
      [answers, join(dir, 'x.pdf'), '--support', '--instrument'],
      [answers, join(dir, 'x.pdf'), '--support', '--plan'],
      [answers, join(dir, 'x.csv'), '--support', '--docx'],
    ]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('Usage: npm run draft');
    }
  });
});

describe('the command-line draft of a workshop short path', () => {
  it('composes the brief with the questions left for later as open decisions, where a file missing them otherwise is refused', () => {
    const file = readFixture('scenario-taliban-doha-2013') as { answers: Record<string, unknown> };
    const path = content.shortPaths['taliban-doha-2013']!;
    const answersOnPath = Object.fromEntries(Object.entries(file.answers).filter(([k]) => path.includes(k)));
    const short = join(dir, 'short.json');
    writeFileSync(short, JSON.stringify({ ...file, path: 'short', answers: answersOnPath }));
    const r = run([short, join(dir, 'short.pdf')]);
    expect(r.status, r.stderr).toBe(0);
    const full = join(dir, 'not-short.json');
    writeFileSync(full, JSON.stringify({ ...file, answers: answersOnPath }));
    const refused = run([full, join(dir, 'not-short.pdf')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('required answers are missing');
  });
});
