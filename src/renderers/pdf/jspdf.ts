/**
 * Draws a laid-out mandate with jsPDF: the only module that loads jsPDF, and only when a PDF is asked
 * for (dynamic import, so the questionnaire and draft pages never download it up front). One embedded
 * font face keeps the file small: headings are drawn bolder by stroking the glyph outlines.
 */
import type { MandateDocument } from '../../domain/mandate/document.ts';
import { layout, MARGIN, type PageSize } from './layout.ts';

export const FONT_NAME = 'NotoSansSubset';

export interface PdfLabels {
  /** "Page {n} of {total}" */
  page: (n: number, total: number) => string;
  /** The document's language (BCP 47), declared in the PDF for screen readers; the interface's own. */
  lang?: string;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function renderPdf(doc: MandateDocument, size: PageSize, font: Uint8Array, labels: PdfLabels): Promise<Uint8Array> {
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
      pdf.setLineWidth(1.5);
      pdf.line(r.x1, r.y1, r.x2, r.y2);
    }
    for (const run of p.runs) {
      pdf.setFontSize(run.size);
      if (run.muted) pdf.setTextColor(72, 73, 73);
      else pdf.setTextColor(11, 12, 12);
      if (run.bold) {
        pdf.setLineWidth(run.size * 0.035);
        pdf.setDrawColor(run.muted ? 72 : 11, run.muted ? 73 : 12, run.muted ? 73 : 12);
        pdf.text(run.text, run.x, run.y, { renderingMode: 'fillThenStroke' });
      } else pdf.text(run.text, run.x, run.y, run.alignRight ? { align: 'right' } : {});
    }
  });
  for (const o of laid.outline) pdf.outline.add(null, o.title, { pageNumber: o.page });
  pdf.setProperties({ title: doc.title, subject: doc.subject, creator: 'Peace Secretariat Mandate Designer' });
  // The PDF is untagged (jsPDF cannot tag), but it can declare its language and have viewers show its title.
  pdf.setLanguage((labels.lang ?? 'en-GB') as Parameters<typeof pdf.setLanguage>[0]);
  pdf.viewerPreferences({ DisplayDocTitle: true });
  return new Uint8Array(pdf.output('arraybuffer'));
}
