/**
 * Draws a laid-out mandate with jsPDF: the only module that loads jsPDF, and only when a PDF is asked
 * for (dynamic import, so the questionnaire and draft pages never download it up front). One embedded
 * font face keeps the file small: headings are drawn bolder by stroking the glyph outlines.
 */
import type { MandateDocument } from '../../domain/mandate/document.ts';
import { layout, MARGIN, type PageSize } from './layout.ts';
import { typeset } from '../../domain/i18n/typography.ts';

export const FONT_NAME = 'NotoSansSubset';

export interface PdfLabels {
  /** "Page {n} of {total}" */
  page: (n: number, total: number) => string;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function renderPdf(source: MandateDocument, size: PageSize, font: Uint8Array, labels: PdfLabels): Promise<Uint8Array> {
  // The language's typography (French spacing) is set here, as the text is drawn; the document stays as composed.
  const doc = typeset(source);
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ unit: 'pt', format: size, compress: true, putOnlyUsedFonts: true });
  pdf.addFileToVFS(`${FONT_NAME}.ttf`, base64(font));
  pdf.addFont(`${FONT_NAME}.ttf`, FONT_NAME, 'normal');
  pdf.setFont(FONT_NAME, 'normal');
  const measure = (text: string, fontSize: number) => (pdf.getStringUnitWidth(text) * fontSize) / pdf.internal.scaleFactor;
  const laid = layout(doc, size, measure);
  const total = laid.pages.length;
  laid.pages.forEach((p, i) => {
    if (i > 0) pdf.addPage(size, 'portrait');
    pdf.setTextColor(72, 73, 73);
    pdf.setFontSize(8.5);
    pdf.text(doc.status, MARGIN.left, 38);
    pdf.text(doc.date, laid.width - MARGIN.right, 38, { align: 'right' });
    pdf.text(labels.page(i + 1, total), laid.width / 2, laid.height - 30, { align: 'center' });
    pdf.setDrawColor(177, 180, 182);
    pdf.setLineWidth(0.5);
    pdf.line(MARGIN.left, 46, laid.width - MARGIN.right, 46);
    for (const r of p.rules) {
      pdf.setLineWidth(r.thin ? 0.6 : 1.5);
      pdf.line(r.x1, r.y1, r.x2, r.y2);
    }
    // The picture's boxes go over its links, and a link's words over a white ground.
    for (const b of p.rects ?? []) {
      pdf.setLineWidth(0.8);
      pdf.setDrawColor(11, 12, 12);
      if (b.blank) {
        pdf.setFillColor(255, 255, 255);
        pdf.rect(b.x, b.y, b.w, b.h, 'F');
      } else {
        pdf.setFillColor(b.filled ? 11 : 255, b.filled ? 12 : 255, b.filled ? 12 : 255);
        pdf.rect(b.x, b.y, b.w, b.h, 'FD');
      }
      pdf.setDrawColor(177, 180, 182);
    }
    for (const run of p.runs) {
      pdf.setFontSize(run.size);
      const [r, g, b] = run.inverse ? [255, 255, 255] : run.muted ? [72, 73, 73] : [11, 12, 12];
      pdf.setTextColor(r, g, b);
      if (run.bold) {
        pdf.setLineWidth(run.size * 0.035);
        pdf.setDrawColor(r, g, b);
        // A bold figure in a table is right-aligned too.
        pdf.text(run.text, run.x, run.y, { renderingMode: 'fillThenStroke', ...(run.alignRight ? { align: 'right' } : {}) });
      } else pdf.text(run.text, run.x, run.y, run.alignRight ? { align: 'right' } : {});
      // Sources are links: the whole line can be clicked.
      if (run.url) pdf.link(run.x, run.y - run.size, measure(run.text, run.size), run.size * 1.3, { url: run.url });
    }
  });
  for (const o of laid.outline) pdf.outline.add(null, o.title, { pageNumber: o.page });
  pdf.setProperties({ title: doc.title, subject: doc.subject, creator: 'Peace Secretariat Mandate Designer' });
  // The PDF is untagged (jsPDF cannot tag it), but it declares its language, and viewers show its title, not its file name.
  pdf.setLanguage(doc.lang as Parameters<typeof pdf.setLanguage>[0]);
  pdf.viewerPreferences({ DisplayDocTitle: true });
  return new Uint8Array(pdf.output('arraybuffer'));
}
