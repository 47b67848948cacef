/**
 * The mandate document as a Word file (.docx), built with the `docx` library: the only module that loads
 * it, and only when a Word file is asked for (dynamic import, as jsPDF is), so no page downloads it up
 * front. Works in Node (CLI, tests) and in the browser: it returns the file's bytes either way.
 *
 * What a drafter gets in Word:
 * - real styles (Title, Heading 1 for the parts before the instrument and the annexes, Heading 2 for the
 *   articles, Normal for the text), defined once in the file's styles, so changing one restyles it all;
 * - Word's own multi-level numbering: "Article %1." on the article headings, "%1.%2" on the clauses and
 *   "(%3)" on their items, so a clause inserted in Word renumbers the rest (the model's numbers are kept
 *   as text only if they are not the plain 1, 2, 3 … that Word would count);
 * - every bracketed blank or choice ("[ ]", "[monthly / quarterly]") highlighted in yellow;
 * - in the brief, each lesson as a Word comment anchored to its clause (not printed inline), so the
 *   drafter resolves them one by one; the annexes follow the instrument, sources with an address as links.
 *
 * Any script passes through unchanged; the characters XML 1.0 forbids (C0 controls other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF) are dropped, so no answer can make the
 * file unreadable.
 */
import type { FileChild, IParagraphOptions, Paragraph as DocxParagraph, ParagraphChild } from 'docx';
import { pictureSvg } from '../svg/picture.ts';
import { layoutPicture } from '../../domain/picture/layout.ts';
import { splitBrackets, type Block, type Clause, type MandateDocument, type Note, type NoteSource } from '../../domain/mandate/document.ts';
import { typeset } from '../../domain/i18n/typography.ts';

export type DocxPageSize = 'a4' | 'letter';

export interface DocxOptions {
  /** The footer's page label, e.g. `(n, total) => t(ui, 'draft.page', { n, total })`; the page number alone without it. */
  page?: (n: string, total: string) => string;
  /**
   * Draws the picture's SVG (its size in pixels) as a PNG, for the fallback LibreOffice and Word before 2016
   * show: the draft page passes one (a canvas), the command line has none (a white fallback). Null on failure.
   */
  rasterise?: (svg: string, width: number, height: number) => Promise<Uint8Array | null>;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const DOCX_CREATOR = 'Peace Secretariat Mandate Designer';

/** Page sizes and margins in twentieths of a point (twips); margins as the PDF's (62 pt sides). */
const PAGE = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
} as const;
const MARGIN = { top: 1440, bottom: 1280, left: 1240, right: 1240, header: 620, footer: 560 } as const;
/** The clause number's column and the item letter's, as the PDF's hanging indents (34 pt, 20 pt). */
const HANG = 680;
const ITEM = 400;
/** Sizes in half-points, as the PDF's (22, 14, 11.5, 10.5, 9, 8.5 pt). */
const SIZE = { title: 44, h1: 28, h2: 23, h3: 21, body: 21, note: 18, small: 17 } as const;
/**
 * The theme's font for Latin (and Cyrillic, Greek) text: Arial is on every system Word runs on, where Noto
 * Sans, the PDF's font, usually is not. Text takes the theme's fonts, so Word's own per-script fonts (its
 * theme's Arabic, Devanagari, Myanmar, Sinhala, Tamil … fonts) show text in other scripts, and a user can
 * change the font of the whole file in Design › Fonts.
 */
const FONT = 'Arial';
const BODY = { theme: 'body' } as const;
const HEADINGS = { theme: 'headings' } as const;
const INK = '0B0C0C';
const MUTED = '484949';

/**
 * Drops what XML 1.0 cannot carry: C0 controls except tab, line feed and carriage return; surrogates
 * without their pair; U+FFFE and U+FFFF. Everything else, in any script, is kept as it is.
 */
/**
 * A 1×1 white PNG: the fallback Word requires beside an SVG image, where no picture could be rasterised.
 * Word 2016 and later draw the SVG; a reader that cannot (LibreOffice, older Word) shows the fallback: the
 * picture as a PNG when the draft page made the file (a canvas), a white frame from the command line (no
 * canvas), and in every case the list under the picture says the same in words.
 */
const BLANK_PNG = () => Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0));

export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/**
 * A source's address as a link target Word accepts: a well-formed http(s) URL, percent-encoded (a space
 * or a stray character in a relationship's target is what makes Word call a file unreadable). Anything
 * else gets no link; its label is still printed.
 */
export function linkTarget(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(xmlSafe(url).trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    // The URL parser leaves some characters RFC 3986 does not allow ("[", "|", a second "#"): encoded too.
    const strict = (part: string, extra: string) => part.replace(new RegExp(`[^A-Za-z0-9\\-._~:/?@!$&'()*+,;=%${extra}]`, 'g'), (c) => encodeURIComponent(c));
    const rest = u.href.slice(u.origin.length);
    const hash = rest.indexOf('#');
    return u.origin + (hash === -1 ? strict(rest, '') : `${strict(rest.slice(0, hash), '')}#${strict(rest.slice(hash + 1), '')}`);
  } catch {
    return undefined;
  }
}

const escapeXml = (s: string) => xmlSafe(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** True when the model's numbers are the ones Word's numbering would show: articles 1, 2, 3 … and clauses n.1, n.2 … */
export function numbersAreWords(doc: MandateDocument): boolean {
  return doc.articles.every((a, i) => a.number === String(i + 1) && a.clauses.every((c, j) => c.number === `${a.number}.${j + 1}`));
}

/** The document properties, written by hand because the library has no field for the language. */
function coreXml(doc: MandateDocument): string {
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const el = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', doc.title) +
    el('dc:subject', doc.subject) +
    el('dc:creator', DOCX_CREATOR) +
    el('cp:lastModifiedBy', DOCX_CREATOR) +
    el('dc:language', doc.lang) +
    el('cp:contentStatus', doc.status) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export async function renderDocx(source: MandateDocument, size: DocxPageSize, options: DocxOptions = {}): Promise<Uint8Array> {
  // The language's typography (French spacing) is set here, as the text is written; the document stays as composed.
  const doc = typeset(source);
  const d = await import('docx');
  const { AlignmentType, Document, ExternalHyperlink, Footer, Header, HeadingLevel, LevelFormat, LevelSuffix, LineRuleType, Packer, PageNumber, Paragraph, Tab, TabStopType, TextRun } = d;
  const L = doc.labels;
  const page = PAGE[size] ?? PAGE.a4;
  const textWidth = page.width - MARGIN.left - MARGIN.right;
  const wordNumbers = numbersAreWords(doc);

  type RunStyle = { bold?: boolean; italics?: boolean; size?: number; color?: string; style?: string };
  /** Text as runs: bracketed runs highlighted (unless `plain`), line breaks and tabs kept as Word's own. */
  const runs = (text: string, style: RunStyle = {}, plain = false): ParagraphChild[] => {
    const out: ParagraphChild[] = [];
    for (const part of splitBrackets(xmlSafe(text))) {
      let breakBefore = false;
      for (const piece of part.text.split(/(\r\n|\r|\n|\t)/)) {
        if (piece === '') continue;
        if (piece === '\t') out.push(new TextRun({ ...style, children: [new Tab()] }));
        else if (piece === '\n' || piece === '\r' || piece === '\r\n') {
          if (breakBefore) out.push(new TextRun({ ...style, break: 1 }));
          breakBefore = true;
          continue;
        } else out.push(new TextRun({ ...style, text: piece, ...(breakBefore ? { break: 1 } : {}), ...(part.open && !plain ? { highlight: 'yellow' } : {}) }));
        breakBefore = false;
      }
      if (breakBefore) out.push(new TextRun({ ...style, break: 1 }));
    }
    return out;
  };
  const para = (text: string, opts: Omit<IParagraphOptions, 'children'> = {}, style: RunStyle = {}) => new Paragraph({ ...opts, children: runs(text, style) });

  /** "Sources: A; B (outside the article)", addresses as links where the source has one. */
  const sourcesLine = (sources: NoteSource[], links: boolean): ParagraphChild[] => {
    const out: ParagraphChild[] = runs(`${L.sources} `, {}, true);
    sources.forEach((s, i) => {
      if (i > 0) out.push(...runs('; ', {}, true));
      const label = xmlSafe(s.label);
      const link = links ? linkTarget(s.url) : undefined;
      if (link) out.push(new ExternalHyperlink({ link, children: [new TextRun({ text: label, style: 'Hyperlink' })] }));
      else out.push(...runs(label, {}, true));
      if (s.external) out.push(...runs(` (${L.outside})`, {}, true));
    });
    return out;
  };

  // Comments: one per lesson beside a clause (the brief only).
  const comments: { id: number; author: string; initials: string; date?: Date; children: FileChild[] }[] = [];
  const when = new Date(doc.isoDate);
  const commentOf = (n: Note): number => {
    const id = comments.length;
    const children: FileChild[] = [
      new Paragraph({
        children: [
          new TextRun({ children: [new d.AnnotationReference()] }),
          ...runs(`${L.note} ${n.title}`, { bold: true }, true),
          ...(n.external ? runs(` (${L.outside})`, { italics: true }, true) : []),
        ],
      }),
    ];
    if (n.differs) children.push(new Paragraph({ children: runs(n.differs, { italics: true }, true) }));
    if (n.text) children.push(new Paragraph({ children: runs(n.text, {}, true) }));
    if (n.sources.length) children.push(new Paragraph({ children: sourcesLine(n.sources, true) }));
    comments.push({ id, author: DOCX_CREATOR, initials: 'PSMD', ...(Number.isNaN(when.getTime()) ? {} : { date: when }), children });
    return id;
  };

  /** The donor's budget as a Word table: a header row repeated on each page, figures right-aligned, totals in bold. */
  const figureTable = (b: Extract<Block, { kind: 'table' }>): FileChild[] => {
    const { Table, TableRow, TableCell, WidthType } = d;
    const first = Math.round(textWidth * 0.3);
    const rest = Math.floor((textWidth - first) / Math.max(1, b.head.length - 1));
    const cell = (text: string, i: number, bold: boolean) =>
      new TableCell({
        width: { size: i === 0 ? first : rest, type: WidthType.DXA },
        children: [new Paragraph({ spacing: { after: 0 }, ...(b.numeric[i] ? { alignment: AlignmentType.RIGHT } : {}), children: runs(text, { size: SIZE.small, ...(bold ? { bold: true } : {}) }, true) })],
      });
    const row = (cells: string[], bold: boolean, header = false) => new TableRow({ ...(header ? { tableHeader: true } : {}), cantSplit: true, children: cells.map((c, i) => cell(c, i, bold)) });
    return [
      para(b.caption, { keepNext: true }, { bold: true }),
      new Table({
        width: { size: textWidth, type: WidthType.DXA },
        columnWidths: b.head.map((_, i) => (i === 0 ? first : rest)),
        rows: [row(b.head, true, true), ...b.rows.map((r) => row(r, false)), row(b.foot, true)],
      }),
      new Paragraph({ spacing: { after: 120 }, children: [] }),
    ];
  };

  // Each picture's PNG fallback, made before the (synchronous) layout below.
  const pictures = [...doc.front.flatMap((f) => f.blocks), ...(doc.kind === 'scope' ? [] : doc.annexes.flatMap((x) => x.blocks))].filter((b) => b.kind === 'picture');
  const svgOf = (b: (typeof pictures)[number]) => pictureSvg(b.picture, 'picture-title', true);
  const fallbacks = new Map<Block, Uint8Array>();
  for (const b of options.rasterise ? pictures : []) {
    const L = layoutPicture(b.picture);
    const png = await options.rasterise!(svgOf(b), L.width, L.height).catch(() => null);
    if (png) fallbacks.set(b, png);
  }

  const body: FileChild[] = [];
  const blocks = (list: Block[]) => {
    for (const b of list) {
      if (b.kind === 'paragraph') body.push(para(b.text));
      else if (b.kind === 'heading') body.push(para(b.text, { heading: HeadingLevel.HEADING_2 }));
      else if (b.kind === 'list') for (const it of b.items) body.push(para(it, { numbering: { reference: 'bullets', level: 0 } }));
      else if (b.kind === 'table') body.push(...figureTable(b));
      else if (b.kind === 'picture') {
        // An SVG image (Word 2016 and later draw it); older readers get its PNG (or a blank one) and the list below, which says the same.
        const L = layoutPicture(b.picture);
        const width = Math.min(L.width, Math.round((textWidth / 1440) * 96));
        body.push(
          new Paragraph({
            keepNext: true,
            children: [
              new d.ImageRun({
                type: 'svg',
                data: new TextEncoder().encode(svgOf(b)),
                fallback: { type: 'png', data: fallbacks.get(b) ?? BLANK_PNG() },
                transformation: { width, height: Math.round((width * L.height) / L.width) },
                altText: { name: xmlSafe(b.picture.title), title: xmlSafe(b.picture.title), description: xmlSafe(b.list.join('; ')) },
              }),
            ],
          }),
        );
        for (const it of b.list) body.push(para(it, { numbering: { reference: 'bullets', level: 0 } }));
      } else {
        const tags = [...(b.tag ? [b.tag] : []), ...(b.tags ?? [])].filter((t) => t && !b.title.includes(`[${t}]`));
        body.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_3,
            children: [...runs(b.title), ...(tags.length ? runs(` (${tags.join('; ')})`, { bold: false, color: MUTED }, true) : [])],
          }),
        );
        if (b.text) body.push(para(b.text));
        for (const it of b.bullets ?? []) body.push(para(it, { numbering: { reference: 'bullets', level: 0 } }));
        if (b.sources.length) body.push(new Paragraph({ style: 'Sources', children: sourcesLine(b.sources, true) }));
      }
    }
  };

  // The title (and a statute's long title)
  const title = (newPage: boolean) => {
    body.push(para(doc.title, { heading: HeadingLevel.TITLE, ...(newPage ? { pageBreakBefore: true } : {}) }));
    if (doc.longTitle) body.push(para(doc.longTitle, { style: 'Subtitle' }));
  };
  title(false);

  // Parts before the instrument: the brief's cover note, the donor's support scope.
  for (const f of doc.front) {
    body.push(para(f.title, { heading: HeadingLevel.HEADING_1 }));
    blocks(f.blocks);
  }

  // The instrument: after a cover note, it starts on its own page under its title. A support scope has none.
  const instrument = doc.kind !== 'scope' && (doc.recitals.length > 0 || doc.enacting !== '' || doc.articles.length > 0);
  if (instrument && doc.front.length) title(true);
  const recitals = instrument ? doc.recitals : [];
  for (const r of recitals) body.push(para(r, { style: 'Recital' }));
  if (instrument && doc.enacting) body.push(para(doc.enacting, { style: 'Enacting' }));

  const clause = (c: Clause): DocxParagraph => {
    const ids = doc.kind === 'brief' ? c.notes.map(commentOf) : [];
    const text = runs(c.text);
    const children: ParagraphChild[] = [
      ...(wordNumbers ? [] : [new TextRun({ text: xmlSafe(c.number) }), new TextRun({ children: [new Tab()] })]),
      ...ids.map((id) => new d.CommentRangeStart(id)),
      ...text,
      ...ids.map((id) => new d.CommentRangeEnd(id)),
      ...ids.map((id) => new TextRun({ children: [new d.CommentReference(id)] })),
    ];
    return new Paragraph({
      style: 'Clause',
      ...(wordNumbers ? { numbering: { reference: 'mandate', level: 1 } } : { indent: { left: HANG, hanging: HANG } }),
      ...(c.items.length ? { keepNext: true } : {}),
      children,
    });
  };
  const letter = (i: number) => `(${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''})`;
  for (const a of instrument ? doc.articles : []) {
    body.push(
      wordNumbers
        ? para(a.title, { heading: HeadingLevel.HEADING_2, numbering: { reference: 'mandate', level: 0 } })
        : para(`${L.article} ${a.number}. ${a.title}`, { heading: HeadingLevel.HEADING_2 }),
    );
    for (const c of a.clauses) {
      body.push(clause(c));
      c.items.forEach((it, i) =>
        body.push(
          wordNumbers
            ? para(it, { style: 'ClauseItem', numbering: { reference: 'mandate', level: 2 } })
            : new Paragraph({ style: 'ClauseItem', indent: { left: HANG + ITEM, hanging: ITEM }, children: [new TextRun({ text: letter(i) }), new TextRun({ children: [new Tab()] }), ...runs(it)] }),
        ),
      );
    }
  }

  // Final words and signature blocks: "For …:", then room to sign, then the lines to fill.
  if (instrument) doc.closing.forEach((line, i) => body.push(para(line, { style: 'Closing', ...(i === 0 ? { spacing: { before: 360 } } : {}) })));
  for (const s of instrument ? doc.signatures : []) {
    if (s.for) body.push(para(s.for, { style: 'Signature', keepNext: true, spacing: { before: 360 } }));
    s.lines.forEach((line, i) =>
      body.push(para(line, { style: 'Signature', ...(i < s.lines.length - 1 ? { keepNext: true } : {}), ...(i === 0 ? { spacing: { before: s.for ? 720 : 1080 } } : {}) })),
    );
  }

  // Annexes (the brief), each from a new page.
  for (const x of doc.kind === 'scope' ? [] : doc.annexes) {
    body.push(para(`${L.annex} ${x.letter}. ${x.title}`, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
    blocks(x.blocks);
  }

  // Header: status at the left, date at the right. Footer: the page number.
  const header = new Header({
    children: [
      new Paragraph({
        style: 'Header',
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [new TextRun({ text: xmlSafe(doc.status) }), new TextRun({ children: [new Tab(), xmlSafe(doc.date)] })],
      }),
    ],
  });
  const N = '\uE000';
  const T = '\uE001';
  const label = options.page ? options.page(N, T) : N;
  const footerParts: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  for (const piece of label.split(/(\uE000|\uE001)/)) {
    if (piece === N) footerParts.push(PageNumber.CURRENT);
    else if (piece === T) footerParts.push(PageNumber.TOTAL_PAGES);
    else if (piece) footerParts.push(xmlSafe(piece));
  }
  const footer = new Footer({ children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children: [new TextRun({ children: footerParts })] })] });

  const lang = xmlSafe(doc.lang) || 'en';
  const file = new Document({
    title: xmlSafe(doc.title),
    subject: xmlSafe(doc.subject),
    creator: DOCX_CREATOR,
    lastModifiedBy: DOCX_CREATOR,
    theme: { fonts: { headings: FONT, body: FONT } },
    ...(comments.length ? { comments: { children: comments } } : {}),
    styles: {
      default: {
        document: {
          run: { font: BODY, size: SIZE.body, color: INK, language: { value: lang } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: HEADINGS, size: SIZE.title, bold: true, color: INK }, paragraph: { spacing: { after: 240 }, keepNext: true } },
        heading1: { run: { font: HEADINGS, size: SIZE.h1, bold: true, color: INK }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true } },
        heading2: { run: { font: HEADINGS, size: SIZE.h2, bold: true, color: INK }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true } },
        heading3: { run: { font: HEADINGS, size: SIZE.h3, bold: true, color: INK }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: SIZE.h2, italics: true }, paragraph: { spacing: { after: 240 } } },
        { id: 'Recital', name: 'Recital', basedOn: 'Normal', next: 'Recital', quickFormat: true, paragraph: { spacing: { after: 120 } } },
        { id: 'Enacting', name: 'Enacting Formula', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true }, paragraph: { spacing: { before: 240, after: 240 }, keepNext: true } },
        { id: 'Clause', name: 'Clause', basedOn: 'Normal', next: 'Clause', quickFormat: true, paragraph: { spacing: { after: 120 } } },
        { id: 'ClauseItem', name: 'Clause Item', basedOn: 'Normal', next: 'ClauseItem', quickFormat: true, paragraph: { spacing: { after: 60 } } },
        { id: 'Closing', name: 'Closing', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { keepNext: true } },
        { id: 'Signature', name: 'Signature', basedOn: 'Normal', next: 'Signature', quickFormat: true, paragraph: { spacing: { after: 40 }, keepLines: true } },
        { id: 'Sources', name: 'Sources', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: SIZE.small, color: MUTED }, paragraph: { spacing: { after: 160 } } },
        { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: SIZE.small, color: MUTED }, paragraph: { spacing: { after: 0 } } },
        { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: SIZE.small, color: MUTED }, paragraph: { spacing: { after: 0 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'mandate',
          levels: [
            // "%" is the level text's placeholder sign: a label cannot carry one.
            { level: 0, format: LevelFormat.DECIMAL, text: `${xmlSafe(L.article).replace(/%/g, '')} %1.`, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', suffix: LevelSuffix.TAB, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: HANG, hanging: HANG } } } },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '(%3)', suffix: LevelSuffix.TAB, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: HANG + ITEM, hanging: ITEM } } } },
          ],
        },
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', suffix: LevelSuffix.TAB, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 280 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { ...MARGIN },
          },
        },
        headers: { default: header },
        footers: { default: footer },
        children: body,
      },
    ],
  });
  return Packer.pack(file, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreXml(doc) }]);
}
