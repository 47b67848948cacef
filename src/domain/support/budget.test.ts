import { describe, expect, it } from 'vitest';
import { budgetCsv, budgetTable, csvField, emptyDonorScope, formatAmount, parseNumber, readDonorScope, readDonorScopeFile, donorScopeFile, removePhase, type BudgetWords, type DonorScope } from './budget.ts';

const messages = { number: 'Enter a number', months: 'Enter months' };
const words: BudgetWords = {
  category: 'Category',
  unit: 'Unit',
  total: 'Total',
  units: 'units',
  amount: 'amount',
  categoryName: (c) => ({ staff: 'Staff', training: 'Training', advisers: 'Advisers', equipment: 'Equipment', running: 'Running costs' })[c],
  unitName: (c) => ({ staff: 'staff-months', training: 'training days', advisers: 'adviser-months', equipment: 'items', running: 'months' })[c],
};
const scope = (over: Partial<DonorScope> = {}): DonorScope => ({ ...emptyDonorScope('Phase one'), ...over });

describe('the donor budget', () => {
  it('reads numbers as people type them, and refuses what is not one', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('  ')).toBeNull();
    expect(parseNumber('12000')).toBe(1200000);
    expect(parseNumber('12,000')).toBe(1200000);
    expect(parseNumber('12 000.5')).toBe(1200050);
    expect(parseNumber('0.10')).toBe(10);
    for (const bad of ['-5', 'ten', '1.2.3', '1.234', '=1+1', '5e3', '.5', '1,2,3']) expect(parseNumber(bad), bad).toBeNaN();
  });

  it('reads Spanish and French numbers too, and refuses a single mark that could be thousands or decimals in the page language', () => {
    expect(parseNumber('12.000', 'es')).toBe(1200000);
    expect(parseNumber('12.000,50', 'es')).toBe(1200050);
    expect(parseNumber('12 000,5', 'fr')).toBe(1200050);
    expect(parseNumber('12\u202f000,50', 'fr')).toBe(1200050);
    expect(parseNumber('1.234.567', 'fr')).toBe(123456700);
    // Unambiguous in any language: both marks, a repeated mark, one or two decimals.
    expect(parseNumber('12,000.50', 'es')).toBe(1200050);
    expect(parseNumber('12.000,50', 'en')).toBe(1200050);
    expect(parseNumber('1,234,567', 'es')).toBe(123456700);
    expect(parseNumber('12,5', 'en')).toBe(1250);
    expect(parseNumber('12000.50', 'fr')).toBe(1200050);
    // "1,234" is 1234 in English and not a Spanish number; "1.234" the other way round.
    expect(parseNumber('1,234', 'es')).toBeNaN();
    expect(parseNumber('1.234', 'es')).toBe(123400);
    expect(parseNumber('1.234', 'en')).toBeNaN();
  });

  it('totals what was typed in the page language', () => {
    const t = budgetTable(scope({ cells: { 'staff/0': { units: '2,5', amount: '12.000,50' } } }), { number: 'n', months: 'm' }, 'es');
    expect(t.errors).toEqual([]);
    expect(t.total).toBe(1200050);
    expect(formatAmount(t.total, 'es')).toBe('12.000,50');
  });

  it('adds rows, phases and the whole in hundredths, so 0.10 + 0.20 is 0.30', () => {
    const t = budgetTable(
      scope({
        phases: [
          { name: 'A', months: '6' },
          { name: 'B', months: '' },
        ],
        cells: { 'running/0': { units: '6', amount: '0.10' }, 'running/1': { units: '', amount: '0.20' }, 'staff/1': { units: '3', amount: '1,000' } },
      }),
      messages,
    );
    const running = t.rows.find((r) => r.category === 'running')!;
    expect(running.totalAmount).toBe(30);
    expect(formatAmount(running.totalAmount)).toBe('0.30');
    expect(running.totalUnits).toBe(600);
    expect(t.phaseTotals).toEqual([10, 100020]);
    expect(t.total).toBe(100030);
    expect(formatAmount(t.total)).toBe('1,000.30');
    // One phase without its months: the duration is not guessed.
    expect(t.months).toBeNull();
    // A row the donor did not touch has no total at all, not a zero.
    expect(t.rows.find((r) => r.category === 'equipment')!.totalAmount).toBeNull();
  });

  it('leaves a cell that is not a number out of every total, and says which cell it is', () => {
    const t = budgetTable(scope({ cells: { 'staff/0': { units: 'twelve', amount: '500' }, 'advisers/0': { units: '', amount: '1.234' } } }), messages);
    expect(t.errors).toEqual([
      { key: 'staff/0', field: 'units', text: 'Enter a number' },
      { key: 'advisers/0', field: 'amount', text: 'Enter a number' },
    ]);
    expect(t.total).toBe(50000);
  });

  it('has no total when nothing is entered: the tool proposes no cost', () => {
    const t = budgetTable(scope(), messages);
    expect(t.total).toBeNull();
    expect(t.phaseTotals).toEqual([null]);
    expect(formatAmount(t.total)).toBe('');
  });

  it('quotes CSV fields as RFC 4180 says, and defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    for (const f of ['=SUM(A1)', '+1', '-1', '@cmd', '\tx']) expect(csvField(f).startsWith("'") || csvField(f).startsWith('"\'')).toBe(true);
    expect(csvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });

  it('writes the table as CSV with a byte order mark, CRLF records, one row per category and the totals', () => {
    const csv = budgetCsv(
      budgetTable(
        scope({
          phases: [
            { name: 'Установление', months: '6' },
            { name: '=Talks, round 2', months: '12' },
          ],
          cells: { 'staff/0': { units: '24', amount: '60,000' }, 'staff/1': { units: '', amount: '90000.5' } },
        }),
        messages,
      ),
      'EUR',
      words,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe("Category,Unit,Установление – units,Установление – amount (EUR),\"'=Talks, round 2 – units\",\"'=Talks, round 2 – amount (EUR)\",Total – units,Total – amount (EUR)");
    expect(lines[1]).toBe('Staff,staff-months,24,60000,,90000.50,24,150000.50');
    expect(lines[2]).toBe('Training,training days,,,,,,');
    expect(lines[6]).toBe('Total,,,60000,,90000.50,,150000.50');
  });

  it('reads a saved copy back whatever storage holds, and cuts what is too long', () => {
    expect(readDonorScope(null)).toBeNull();
    expect(readDonorScope('not json')).toBeNull();
    expect(readDonorScope('[]')).toBeNull();
    expect(readDonorScope('{"phases":[]}')).toBeNull();
    const r = readDonorScope(JSON.stringify({ phases: [{ name: 'x'.repeat(500), months: 6 }, ...Array(9).fill({ name: 'p', months: '1' })], modality: ['grant', 'bribe'], cells: { 'staff/0': { units: '1', amount: 2 }, 'nope/0': { units: '1' } }, exit: 7 }))!;
    expect(r.phases).toHaveLength(5);
    expect(r.phases[0]!.name).toHaveLength(120);
    expect(r.phases[0]!.months).toBe('');
    expect(r.modality).toEqual(['grant']);
    expect(r.cells).toEqual({ 'staff/0': { units: '1', amount: '' } });
    expect(r.exit).toBe('');
  });
});

describe('removing a phase', () => {
  it('moves the later phases\' figures with them, and never removes the last phase', () => {
    const s = scope({
      phases: [
        { name: 'A', months: '' },
        { name: 'B', months: '' },
        { name: 'C', months: '' },
      ],
      cells: { 'staff/0': { units: '1', amount: '10' }, 'staff/1': { units: '2', amount: '20' }, 'staff/2': { units: '3', amount: '30' } },
    });
    const r = removePhase(s, 1);
    expect(r.phases.map((p) => p.name)).toEqual(['A', 'C']);
    expect(r.cells).toEqual({ 'staff/0': { units: '1', amount: '10' }, 'staff/1': { units: '3', amount: '30' } });
    expect(removePhase(scope(), 0)).toEqual(scope());
  });
});

describe("the donor's plan file", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const decode = (b: Uint8Array) => ({ ok: true as const, text: new TextDecoder().decode(b) });
  it('reads back what it writes', () => {
    const s = scope({ currency: 'EUR', cells: { 'staff/0': { units: '1', amount: '2' } }, exit: 'Ends in 2028.' });
    expect(readDonorScopeFile(enc(donorScopeFile(s)), decode)).toEqual({ ok: true, scope: s });
  });
  it('refuses, saying why, a file that is not a plan: too big, not JSON, an answers file, a newer version', () => {
    expect(readDonorScopeFile(new Uint8Array(300 * 1024), decode)).toEqual({ ok: false, reason: 'too-large' });
    expect(readDonorScopeFile(enc('hello'), decode)).toEqual({ ok: false, reason: 'not-json' });
    expect(readDonorScopeFile(enc('{"format":"peace-secretariat-mandate-answers","schemaVersion":2,"answers":{}}'), decode)).toEqual({ ok: false, reason: 'not-scope' });
    expect(readDonorScopeFile(enc('{"format":"peace-secretariat-donor-scope","version":2,"scope":{}}'), decode)).toEqual({ ok: false, reason: 'newer-version' });
    expect(readDonorScopeFile(enc('{"format":"peace-secretariat-donor-scope","version":1,"scope":{"phases":[]}}'), decode)).toEqual({ ok: false, reason: 'not-scope' });
    expect(readDonorScopeFile(enc('x'), () => ({ ok: false }))).toEqual({ ok: false, reason: 'not-text' });
  });
});

describe('a saved plan with hostile text', () => {
  it('drops control characters as the answers readers do, and keeps every script and bidi mark', () => {
    const r = readDonorScope(JSON.stringify({ phases: [{ name: 'Фаза\u0000 1\u001b[31m \u202Eabc', months: '6' }], exit: 'a\r\nb' }))!;
    expect(r.phases[0]!.name).toBe('Фаза 1[31m \u202Eabc');
    expect(r.exit).toBe('a\nb');
  });
});
