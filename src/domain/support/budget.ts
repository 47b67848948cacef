/**
 * The donor's own entries for the support scope: duration and phases, modality, co-funding, exit, and a
 * budget by category and phase in units and amounts. Pure: the form, the PDF, the Word file and the CSV
 * read the same table. The tool never proposes a figure: a cell the donor left empty stays empty, and
 * totals add only what the donor entered. Entries are kept as typed (bad input loses nothing); numbers
 * are read from them here, and a cell that is not a number is reported, never guessed.
 */
import { normaliseText } from '../answers/text.ts';
import { formatNumber } from '../i18n/grammar.ts';
import type { Lang } from '../i18n/lang.ts';

/** The budget's categories, each counted in one unit (the questionnaire's staffing answers name them). */
export const CATEGORIES = ['staff', 'training', 'advisers', 'equipment', 'running'] as const;
export type Category = (typeof CATEGORIES)[number];
export const MODALITIES = ['grant', 'pooled-fund', 'advisers-in-kind'] as const;
export type Modality = (typeof MODALITIES)[number];
/** A budget over more phases than this no longer fits a page's width, in the PDF or in Word. */
export const MAX_PHASES = 5;
/** Long enough for any real entry; a pasted essay is cut, not refused, so nothing breaks the page. */
export const MAX_FIELD = 2000;
const MAX_SHORT = 120;

export interface PhaseEntry {
  name: string;
  /** Months, as typed. */
  months: string;
}
export interface CellEntry {
  units: string;
  amount: string;
}
export interface DonorScope {
  currency: string;
  phases: PhaseEntry[];
  modality: Modality[];
  cofunding: string;
  exit: string;
  /** By `${category}/${phase index}`; a missing cell is an empty one. */
  cells: Record<string, CellEntry>;
}

export const cellKey = (category: Category, phase: number) => `${category}/${phase}`;

/** An empty scope, with one phase named as the user named the process's phase (the donor may rename it). */
export function emptyDonorScope(firstPhase: string): DonorScope {
  return { currency: '', phases: [{ name: firstPhase, months: '' }], modality: [], cofunding: '', exit: '', cells: {} };
}

/**
 * A number as people type it, in any of the site's languages: "12000", "12,000.50", "12.000,50",
 * "12 000,50", "12,5". Spaces always group thousands. With both marks, the last is the decimal one; a
 * mark before one or two final digits is a decimal mark; a mark repeated before groups of three digits
 * groups them. The one case that could be either, a single mark before three digits ("1.234", "1,234"),
 * is read as the page's language writes thousands (a comma in English, a point in Spanish and French)
 * and otherwise refused, never guessed. Null for blank; NaN for anything else (negative, words, "1.2.3").
 * Amounts are kept in hundredths, as integers, so totals add without rounding error.
 */
export function parseNumber(text: string, lang: Lang = 'en'): number | null {
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return null;
  if (!/^\d[\d.,]*$/.test(s)) return NaN;
  const marks = s.replace(/\d/g, '');
  let decimal: string | undefined;
  if (/^[.,]$/.test(marks) && /[.,]\d{1,2}$/.test(s)) decimal = marks;
  else if (new Set(marks).size === 2) decimal = marks.at(-1);
  else if (marks.length === 1 && marks !== (lang === 'en' || lang === 'qps' ? ',' : '.')) return NaN;
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : marks[0] ?? ',';
  const esc = (m: string) => (m === '.' ? '\\.' : m);
  const pattern = `^(\\d{1,3}(${esc(group)}\\d{3})+|\\d+)${decimal ? `(${esc(decimal)}\\d{1,2})?` : ''}$`;
  if (!new RegExp(pattern).test(s)) return NaN;
  return Math.round(Number(s.split(group).join('').replace(decimal ?? '.', '.')) * 100);
}

export type BudgetError = { key: string; field: 'units' | 'amount' | 'months'; text: string };

export interface BudgetRow {
  category: Category;
  /** Hundredths, or null when the donor left the cell empty. */
  units: (number | null)[];
  amounts: (number | null)[];
  /** Null when no cell of the row has a value. */
  totalUnits: number | null;
  totalAmount: number | null;
}
export interface BudgetTable {
  phases: { name: string; months: number | null }[];
  rows: BudgetRow[];
  /** By phase: the sum of the amounts entered, null when none. */
  phaseTotals: (number | null)[];
  total: number | null;
  /** Months over all phases, when every phase gives its months; otherwise null (never a guess). */
  months: number | null;
  errors: BudgetError[];
}

const sum = (xs: (number | null)[]) => (xs.some((x) => x !== null) ? xs.reduce<number>((s, x) => s + (x ?? 0), 0) : null);

/** The table with its totals. Cells that are not numbers are left out of every total and listed in `errors`. */
export function budgetTable(scope: DonorScope, messages: { number: string; months: string }, lang: Lang = 'en'): BudgetTable {
  const errors: BudgetError[] = [];
  const read = (text: string, key: string, field: BudgetError['field']) => {
    const v = parseNumber(text, lang);
    if (Number.isNaN(v)) {
      errors.push({ key, field, text: field === 'months' ? messages.months : messages.number });
      return null;
    }
    return v;
  };
  const phases = scope.phases.map((p, i) => {
    const m = read(p.months, `phase/${i}`, 'months');
    return { name: p.name, months: m === null ? null : m / 100 };
  });
  const rows = CATEGORIES.map((category) => {
    const units = scope.phases.map((_, i) => read(scope.cells[cellKey(category, i)]?.units ?? '', cellKey(category, i), 'units'));
    const amounts = scope.phases.map((_, i) => read(scope.cells[cellKey(category, i)]?.amount ?? '', cellKey(category, i), 'amount'));
    return { category, units, amounts, totalUnits: sum(units), totalAmount: sum(amounts) };
  });
  const phaseTotals = scope.phases.map((_, i) => sum(rows.map((r) => r.amounts[i]!)));
  const months = phases.length && phases.every((p) => p.months !== null) ? phases.reduce((s, p) => s + p.months!, 0) : null;
  return { phases, rows, phaseTotals, total: sum(phaseTotals), months, errors };
}

/**
 * "12,000" or "12,000.50": hundredths as the donor would write them (no currency sign: the currency is
 * named once); "12.000,50" in Spanish, "12 000,50" in French. English keeps its own arithmetic, so its
 * figures stay exactly as they were for any amount.
 */
export function formatAmount(hundredths: number | null, lang: Lang = 'en'): string {
  if (hundredths === null) return '';
  if (lang !== 'en' && lang !== 'qps') {
    const digits = hundredths % 100 ? 2 : 0;
    return formatNumber(lang, hundredths / 100, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  const whole = Math.trunc(hundredths / 100);
  const cents = hundredths % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return cents ? `${grouped}.${String(cents).padStart(2, '0')}` : grouped;
}
/** For a spreadsheet: no grouping, a point for decimals. */
const plainAmount = (h: number | null) => (h === null ? '' : h % 100 ? (h / 100).toFixed(2) : String(h / 100));

/** One CSV field (RFC 4180), safe to open in a spreadsheet: a text that starts a formula is prefixed with '. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface BudgetWords {
  category: string;
  unit: string;
  total: string;
  units: string;
  amount: string;
  categoryName: (c: Category) => string;
  unitName: (c: Category) => string;
}

/**
 * The table as CSV: a header, one row per category, the totals. UTF-8 with a byte order mark (so Excel
 * opens a name in any script as written), CRLF between records, every field quoted where it must be.
 */
export function budgetCsv(table: BudgetTable, currency: string, w: BudgetWords): string {
  const cur = currency.trim() ? ` (${currency.trim()})` : '';
  const head = [w.category, w.unit, ...table.phases.flatMap((p) => [`${p.name} – ${w.units}`, `${p.name} – ${w.amount}${cur}`]), `${w.total} – ${w.units}`, `${w.total} – ${w.amount}${cur}`];
  const rows = table.rows.map((r) => [w.categoryName(r.category), w.unitName(r.category), ...r.units.flatMap((u, i) => [plainAmount(u), plainAmount(r.amounts[i]!)]), plainAmount(r.totalUnits), plainAmount(r.totalAmount)]);
  const foot = [w.total, '', ...table.phaseTotals.flatMap((x) => ['', plainAmount(x)]), '', plainAmount(table.total)];
  return `\uFEFF${[head, ...rows, foot].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Text from storage or a file, normalised as answers are (no control characters, no half surrogate pair), then cut. */
const str = (v: unknown, max: number) => (typeof v === 'string' ? normaliseText(v).slice(0, max) : '');

/**
 * Reads a saved scope back, whatever is in storage: anything that is not what this page saves gives
 * null (the form then starts empty), and each field is cut to its limit, so a damaged copy cannot
 * break the page.
 */
export function readDonorScope(text: string | null): DonorScope | null {
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const o = raw as Record<string, unknown>;
  if (!Array.isArray(o.phases) || o.phases.length < 1) return null;
  const phases = o.phases.slice(0, MAX_PHASES).map((p) => {
    const x = (p && typeof p === 'object' ? p : {}) as Record<string, unknown>;
    return { name: str(x.name, MAX_SHORT), months: str(x.months, 20) };
  });
  const cells: Record<string, CellEntry> = {};
  if (o.cells && typeof o.cells === 'object')
    for (const c of CATEGORIES)
      phases.forEach((_, i) => {
        const x = (o.cells as Record<string, unknown>)[cellKey(c, i)];
        if (x && typeof x === 'object') cells[cellKey(c, i)] = { units: str((x as CellEntry).units, 20), amount: str((x as CellEntry).amount, 24) };
      });
  return {
    currency: str(o.currency, 12),
    phases,
    modality: Array.isArray(o.modality) ? MODALITIES.filter((m) => (o.modality as unknown[]).includes(m)) : [],
    cofunding: str(o.cofunding, MAX_FIELD),
    exit: str(o.exit, MAX_FIELD),
    cells,
  };
}

/** The scope without phase `i`: the cells of later phases move up with their phase, so no figure changes column. */
export function removePhase(scope: DonorScope, i: number): DonorScope {
  if (scope.phases.length <= 1) return scope;
  const cells: Record<string, CellEntry> = {};
  for (const c of CATEGORIES)
    scope.phases.forEach((_, j) => {
      const cell = scope.cells[cellKey(c, j)];
      if (cell && j !== i) cells[cellKey(c, j > i ? j - 1 : j)] = cell;
    });
  return { ...scope, phases: scope.phases.filter((_, j) => j !== i), cells };
}

/** The donor's own small file: the plan and budget alone, apart from the answers file (whose fields are the questions). */
export const DONOR_FILE_FORMAT = 'peace-secretariat-donor-scope';
export const DONOR_FILE_VERSION = 1;
/** Far above any real plan (five phases, short texts); a bigger file is not one this page saved. */
export const MAX_DONOR_FILE = 256 * 1024;

export function donorScopeFile(scope: DonorScope): string {
  return `${JSON.stringify({ format: DONOR_FILE_FORMAT, version: DONOR_FILE_VERSION, scope }, null, 2)}\n`;
}

export type DonorFileRead = { ok: true; scope: DonorScope } | { ok: false; reason: 'too-large' | 'not-text' | 'not-json' | 'not-scope' | 'newer-version' };

/** Reads a plan file from its bytes (UTF-8 or UTF-16, as the answers files are): a refusal says why, and nothing is guessed. */
export function readDonorScopeFile(bytes: Uint8Array, decode: (b: Uint8Array) => { ok: true; text: string } | { ok: false }): DonorFileRead {
  if (bytes.length > MAX_DONOR_FILE) return { ok: false, reason: 'too-large' };
  const d = decode(bytes);
  if (!d.ok) return { ok: false, reason: 'not-text' };
  let raw: unknown;
  try {
    raw = JSON.parse(d.text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (o.format !== DONOR_FILE_FORMAT) return { ok: false, reason: 'not-scope' };
  if (typeof o.version !== 'number' || o.version > DONOR_FILE_VERSION) return { ok: false, reason: typeof o.version === 'number' ? 'newer-version' : 'not-scope' };
  const scope = readDonorScope(JSON.stringify(o.scope ?? null));
  return scope ? { ok: true, scope } : { ok: false, reason: 'not-scope' };
}
