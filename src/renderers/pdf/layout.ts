/**
 * PDF layout as pure arithmetic: line breaking, hanging indents and pagination, turned into a list
 * of positioned text runs per page. No jsPDF here: a `measure` function is passed in, so the layout
 * is tested with a fake measure and drawn by the painter (jspdf.ts).
 */
import type { Block, MandateDocument, NoteSource } from '../../domain/mandate/document.ts';
import { coverText } from '../../domain/mandate/charset.ts';
import { FONT as PICTURE_FONT, layoutPicture } from '../../domain/picture/layout.ts';

export type Measure = (text: string, size: number) => number;

export const PAGE_SIZES = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
} as const;
export type PageSize = keyof typeof PAGE_SIZES;

export interface Run {
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  /** Grey, for notes and sources. */
  muted?: boolean;
  /** White, on the secretariat's dark box in the picture. */
  inverse?: boolean;
  /** Right-aligned at x (page numbers in the contents); left-aligned otherwise. */
  alignRight?: boolean;
  /** A web address the run links to (sources). */
  url?: string;
}
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** A hairline (table rules, the picture's links) rather than the notes' bar. */
  thin?: boolean;
}
/** A box of the picture of where the secretariat sits: outlined, or filled dark for the secretariat. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  filled?: boolean;
  /** White, under a link's words, so no line runs through them. */
  blank?: boolean;
}
export interface LaidOutPage {
  runs: Run[];
  rules: Rule[];
  rects?: Rect[];
}
export interface OutlineEntry {
  title: string;
  page: number;
}
export interface Layout {
  width: number;
  height: number;
  pages: LaidOutPage[];
  outline: OutlineEntry[];
}

export const MARGIN = { left: 62, right: 62, top: 72, bottom: 64 } as const;
const HANG = 34; // clause number column
const ITEM = 20; // list letter column
const SIZE = { title: 22, h1: 14, h2: 11.5, body: 10.5, note: 9, small: 8.5 } as const;
const LEADING = 1.38;

/**
 * Breaks text into lines no wider than `width`; a word wider than a line is broken by characters.
 * A line's width is the sum of its words and spaces (a font's widths add up), so each word is measured
 * once; only a line within a hair of the limit is measured whole, where kerning could tip it. Measuring
 * every growing line whole made wrapping the longest part of making a brief's PDF.
 */
export function wrap(text: string, width: number, size: number, measure: Measure): string[] {
  const cache = new Map<string, number>();
  const w = (s: string) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = measure(s, size)));
    return v;
  };
  const space = w(' ');
  const near = size * 0.2;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    // A no-break space (French puts one before : and inside « », a narrow one before ; ! ?) joins, never breaks.
    for (const word of paragraph.split(/[^\S\u00A0\u202F]+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      let candidateWidth = line ? lineWidth + space + w(word) : w(word);
      if (Math.abs(candidateWidth - width) <= near) candidateWidth = measure(candidate, size);
      if (candidateWidth <= width) {
        line = candidate;
        lineWidth = candidateWidth;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      lineWidth = 0;
      if (w(word) <= width) {
        line = word;
        lineWidth = w(word);
        continue;
      }
      let piece = '';
      for (const ch of word) {
        if (piece && measure(piece + ch, size) > width) {
          lines.push(piece);
          piece = '';
        }
        piece += ch;
      }
      line = piece;
      lineWidth = measure(piece, size);
    }
    lines.push(line);
  }
  return lines.filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1));
}

const letter = (i: number) => `(${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''})`;

export function layout(doc: MandateDocument, size: PageSize, measure: Measure): Layout {
  const { width, height } = PAGE_SIZES[size];
  const right = width - MARGIN.right;
  const pages: LaidOutPage[] = [];
  const outline: OutlineEntry[] = [];
  let page: LaidOutPage = { runs: [], rules: [] };
  let y = 0;
  const newPage = () => {
    page = { runs: [], rules: [] };
    pages.push(page);
    y = MARGIN.top;
  };
  const room = (h: number) => {
    if (y + h > height - MARGIN.bottom) newPage();
  };
  /** Writes wrapped text at x, optionally with a label hanging to its left (a clause number). */
  const block = (text: string, x: number, fontSize: number, opts: { bold?: boolean; muted?: boolean; hang?: string; hangX?: number; keep?: number; until?: number; next?: number; url?: string } = {}) => {
    const lines = wrap(coverText(text), (opts.until ?? right) - x, fontSize, measure);
    const lh = fontSize * LEADING;
    // A heading keeps `next` points of what follows on its page, so it never stands alone at a page's foot.
    room(lh * Math.min(lines.length, opts.keep ?? 2) + (opts.next ?? 0));
    lines.forEach((line, i) => {
      room(lh);
      if (i === 0 && opts.hang) page.runs.push({ x: opts.hangX ?? MARGIN.left, y, text: opts.hang, size: fontSize, ...(opts.bold ? { bold: true } : {}), ...(opts.muted ? { muted: true } : {}) });
      page.runs.push({ x, y, text: line, size: fontSize, ...(opts.bold ? { bold: true } : {}), ...(opts.muted ? { muted: true } : {}), ...(opts.url ? { url: opts.url } : {}) });
      y += lh;
    });
  };
  const gap = (h: number) => (y += h);
  const L = doc.labels;
  const sourcesLine = (sources: NoteSource[], x: number, label: string) => {
    if (!sources.length) return;
    // A source with an address gets a line of its own, so the whole line can link to it.
    const plain = sources.filter((s) => !s.url);
    if (plain.length) block(`${label} ${plain.map((s) => `${s.label}${s.external ? ` (${L.outside})` : ''}`).join('; ')}`, x, SIZE.small, { muted: true });
    for (const s of sources.filter((s) => s.url)) block(`${plain.length ? '' : `${label} `}${s.label}${s.external ? ` (${L.outside})` : ''}`, x, SIZE.small, { muted: true, url: s.url! });
  };
  const NEXT = SIZE.body * LEADING * 2;
  const centred = (text: string, cx: number, fontSize: number) => cx - measure(text, fontSize) / 2;

  /**
   * A table of figures (the donor's budget): the first column as wide as its longest cell allows, the
   * others shared; figures right-aligned; a hairline under the head, each row and above the totals.
   * A row never splits; the head is drawn again on a new page.
   */
  const table = (b: Extract<Block, { kind: 'table' }>) => {
    const total = right - MARGIN.left;
    const n = b.head.length;
    const all = [...b.rows, b.foot];
    const need = Math.max(...[...all, b.head].map((r) => measure(coverText(r[0] ?? ''), SIZE.small))) + 8;
    const first = Math.min(total * 0.34, need);
    const rest = (total - first) / Math.max(1, n - 1);
    // Figures never wrap: where the widest does not fit its column (many phases, large sums), the table's
    // type gets smaller, down to a size still read on paper.
    const widest = Math.max(0, ...all.flatMap((r) => r.slice(1).map((c) => measure(coverText(c), SIZE.small)))) + 8;
    const fs = widest > rest ? Math.max(6.5, (SIZE.small * rest) / widest) : SIZE.small;
    const lh = fs * LEADING;
    const xs = b.head.map((_, i) => (i === 0 ? MARGIN.left : MARGIN.left + first + rest * (i - 1)));
    const ws = b.head.map((_, i) => (i === 0 ? first : rest));
    block(b.caption, MARGIN.left, SIZE.note, { bold: true, next: lh * 4 });
    const row = (cells: string[], bold: boolean) => {
      const lines = cells.map((c, i) => wrap(coverText(c), ws[i]! - 6, fs, measure));
      const h = Math.max(1, ...lines.map((l) => l.length)) * lh + 3;
      room(h);
      lines.forEach((ls, i) =>
        ls.forEach((line, k) => {
          const yy = y + fs + k * lh;
          if (b.numeric[i]) page.runs.push({ x: xs[i]! + ws[i]! - 3, y: yy, text: line, size: fs, alignRight: true, ...(bold ? { bold: true } : {}) });
          else page.runs.push({ x: xs[i]!, y: yy, text: line, size: fs, ...(bold ? { bold: true } : {}) });
        }),
      );
      y += h;
      page.rules.push({ x1: MARGIN.left, y1: y - 1, x2: right, y2: y - 1, thin: true });
    };
    const head = () => row(b.head, true);
    head();
    for (const r of b.rows) {
      const before = page;
      room(lh + 3);
      if (page !== before) head();
      row(r, false);
    }
    row(b.foot, true);
    gap(10);
  };

  /** The picture of where the secretariat sits, scaled to the text width and drawn with lines, boxes and text. */
  const drawPicture = (b: Extract<Block, { kind: 'picture' }>) => {
    const L = layoutPicture(b.picture);
    const k = (right - MARGIN.left) / L.width;
    const h = L.height * k;
    room(h + 6);
    const X = (x: number) => MARGIN.left + x * k;
    const Y = (v: number) => y + v * k;
    const rects: Rect[] = (page.rects ??= []);
    for (const l of L.links) page.rules.push({ x1: X(l.x1), y1: Y(l.y1), x2: X(l.x2), y2: Y(l.y2), thin: true });
    for (const box of L.boxes) {
      rects.push({ x: X(box.x), y: Y(box.y), w: box.w * k, h: box.h * k, ...(box.main ? { filled: true } : {}) });
      const fs = PICTURE_FONT.node * k;
      const top = box.y + box.h / 2 - ((box.lines.length - 1) * PICTURE_FONT.node * 1.25) / 2 + PICTURE_FONT.node * 0.35;
      box.lines.forEach((line, i) => {
        const text = coverText(line);
        page.runs.push({ x: centred(text, X(box.x + box.w / 2), fs), y: Y(top + i * PICTURE_FONT.node * 1.25), text, size: fs, ...(box.main ? { bold: true, inverse: true } : {}) });
      });
    }
    for (const l of L.links) {
      const fs = PICTURE_FONT.edge * k;
      const texts = l.lines.map((x) => coverText(x));
      const w = Math.max(...texts.map((x) => measure(x, fs))) + 4;
      const lh = PICTURE_FONT.edge * 1.25;
      rects.push({ x: X(l.lx) - w / 2, y: Y(l.ly - (texts.length * lh) / 2 - 2), w, h: (texts.length * lh + 4) * k, blank: true });
      const top = l.ly - ((texts.length - 1) * lh) / 2 + PICTURE_FONT.edge * 0.35;
      texts.forEach((text, i) => page.runs.push({ x: centred(text, X(l.lx), fs), y: Y(top + i * lh), text, size: fs, muted: true }));
    }
    y += h + 6;
  };

  // Parts before the preamble (the support scope) and annexes: each from a new page.
  const part = (title: string, blocks: Block[], onThisPage = false) => {
    if (onThisPage) gap(18);
    else newPage();
    outline.push({ title, page: pages.length });
    block(title, MARGIN.left, SIZE.h1, { bold: true });
    gap(6);
    blocks.forEach((b, i) => {
      // A heading over the picture keeps the whole drawing with it: the drawing cannot break across pages.
      const after = blocks[i + 1];
      const drawing = after?.kind === 'picture' ? layoutPicture(after.picture) : null;
      // The drawing's height as drawPicture scales it, its margin, and the gap after the heading.
      const next = drawing ? drawing.height * ((right - MARGIN.left) / drawing.width) + 6 + 7 : NEXT;
      if (b.kind === 'paragraph') block(b.text, MARGIN.left, SIZE.body);
      else if (b.kind === 'heading') block(b.text, MARGIN.left, SIZE.h2, { bold: true, keep: 3, next });
      else if (b.kind === 'list') b.items.forEach((it) => block(it, MARGIN.left + 14, SIZE.body, { hang: '•' }));
      else if (b.kind === 'table') table(b);
      else if (b.kind === 'picture') {
        drawPicture(b);
        // The text alternative: the same bodies and channels in words, for a reader the drawing does not reach.
        b.list.forEach((it) => block(it, MARGIN.left + 14, SIZE.note, { hang: '•', muted: true }));
      } else {
        const tags = [...(b.tag ? [b.tag] : []), ...(b.tags ?? [])];
        block(`${b.title}${tags.map((x) => ` [${x}]`).join('')}`, MARGIN.left, SIZE.h2, { bold: true, keep: 3, next: NEXT });
        if (b.text) block(b.text, MARGIN.left, SIZE.body);
        (b.bullets ?? []).forEach((it) => block(it, MARGIN.left + 14, SIZE.body, { hang: '•' }));
        sourcesLine(b.sources, MARGIN.left, L.sources);
      }
      gap(7);
    });
  };

  // Title page. A document of one part (the donor's support scope on its own) has no contents to list:
  // it starts on the title page, below the title, instead of after a page that lists one entry.
  const single = doc.front.length + doc.articles.length + doc.annexes.length === 1;
  newPage();
  if (!single) y = height * 0.28;
  block(doc.status.toUpperCase(), MARGIN.left, SIZE.h2, { bold: true });
  gap(10);
  block(doc.title, MARGIN.left, SIZE.title, { bold: true, keep: 3 });
  if (doc.longTitle) {
    gap(4);
    block(doc.longTitle, MARGIN.left, SIZE.body);
  }
  gap(8);
  block(doc.subject, MARGIN.left, SIZE.body, { muted: true });
  gap(4);
  block(doc.date, MARGIN.left, SIZE.body, { muted: true });
  if (!single) gap(28);
  // Contents, in the order of the outline; each entry's page number is known only once everything is
  // laid out, so a run is kept for it after its last line (in reading order) and filled in at the end.
  const numberX = MARGIN.left + 18 + Math.min(360, right - MARGIN.left - 18);
  const contents: Run[] = [];
  if (!single) {
    block(L.contents, MARGIN.left + 18, SIZE.note, { bold: true, muted: true });
    gap(3);
  }
  const entry = (title: string) => {
    if (single) return;
    block(title, MARGIN.left + 18, SIZE.note, { muted: true, until: numberX - 30 });
    const n: Run = { x: numberX, y: y - SIZE.note * LEADING, text: '', size: SIZE.note, muted: true, alignRight: true };
    page.runs.push(n);
    contents.push(n);
  };
  for (const f of doc.front) entry(f.title);
  for (const a of doc.articles) entry(`${L.article} ${a.number}. ${a.title}`);
  for (const x of doc.annexes) entry(`${L.annex} ${x.letter}. ${x.title}`);

  for (const f of doc.front) part(f.title, f.blocks, single);

  // The instrument: its title again, recitals and enacting words, articles, final words and signatures.
  if (doc.articles.length) {
    newPage();
    block(doc.title, MARGIN.left, SIZE.h1, { bold: true, keep: 3 });
    if (doc.longTitle) block(doc.longTitle, MARGIN.left, SIZE.body);
    gap(10);
  }
  for (const p of doc.recitals) {
    block(p, MARGIN.left, SIZE.body);
    gap(4);
  }
  if (doc.enacting) {
    gap(4);
    block(doc.enacting, MARGIN.left, SIZE.body, { bold: true, next: NEXT });
  }
  for (const a of doc.articles) {
    gap(10);
    outline.push({ title: `${L.article} ${a.number}. ${a.title}`, page: pages.length });
    block(`${L.article} ${a.number}. ${a.title}`, MARGIN.left, SIZE.h1, { bold: true, next: SIZE.body * LEADING * 3 });
    // The outline entry points at the page the heading landed on (it may have moved to a new page).
    outline[outline.length - 1]!.page = pages.length;
    gap(4);
    for (const c of a.clauses) {
      block(c.text, MARGIN.left + HANG, SIZE.body, { hang: c.number });
      c.items.forEach((it, i) => block(it, MARGIN.left + HANG + ITEM, SIZE.body, { hang: letter(i), hangX: MARGIN.left + HANG }));
      for (const n of c.notes) {
        gap(2);
        const top = y;
        const startPage = page;
        const marks = [n.external ? ` (${L.outside})` : '', n.differs ? ` (${n.differs})` : ''].join('');
        block(`${L.note} ${n.title}${marks}`, MARGIN.left + HANG + 10, SIZE.note, { muted: true, bold: true, next: SIZE.note * LEADING * 2 });
        block(n.text, MARGIN.left + HANG + 10, SIZE.note, { muted: true });
        sourcesLine(n.sources, MARGIN.left + HANG + 10, L.sources);
        // A rule beside the note sets it apart from the operative text (on the page where it starts).
        if (page === startPage) page.rules.push({ x1: MARGIN.left + HANG + 3, y1: top - SIZE.note, x2: MARGIN.left + HANG + 3, y2: y - SIZE.note * 0.6 });
      }
      gap(5);
    }
  }
  if (doc.closing.length || doc.signatures.length) gap(14);
  for (const p of doc.closing) block(p, MARGIN.left, SIZE.body, { keep: 3 });
  for (const sig of doc.signatures) {
    gap(12);
    // A signature block is never split: its lines and the space to sign stay together.
    room(SIZE.body * LEADING * (sig.lines.length + (sig.for ? 1 : 0)) + 30);
    if (sig.for) block(sig.for, MARGIN.left, SIZE.body);
    gap(24);
    page.rules.push({ x1: MARGIN.left, y1: y - SIZE.body * 1.9, x2: MARGIN.left + 200, y2: y - SIZE.body * 1.9 });
    for (const l of sig.lines) block(l, MARGIN.left, SIZE.body);
  }

  // Annexes, each from a new page
  for (const x of doc.annexes) part(`${L.annex} ${x.letter}. ${x.title}`, x.blocks);
  contents.forEach((run, i) => (run.text = String(outline[i]!.page)));
  return { width, height, pages, outline };
}
