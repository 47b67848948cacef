/** Reads a PDF back for tests: its text per page, its metadata and its outline (unpdf, PDF.js). */
import { extractText, getDocumentProxy, getMeta } from 'unpdf';

export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  const { info } = await getMeta(pdf);
  const outline = ((await pdf.getOutline()) ?? []).map((o) => o.title);
  return { totalPages, pages: text, all: text.join('\n'), info, outline };
}

/** PDF text extraction splits and spaces words by position: compare with whitespace folded. */
export const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
