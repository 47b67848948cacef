/**
 * The picture of where the secretariat sits, as SVG markup: one renderer for the page (check-answers,
 * the draft) and the Word brief (an SVG image). A string, not a component, so Node (the CLI's Word
 * file) and the browser make the same bytes. Every text is escaped: labels hold the user's own names.
 */
import { FONT, layoutPicture } from '../../domain/picture/layout.ts';
import type { Picture } from '../../domain/picture/picture.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const n = (x: number) => String(Math.round(x * 10) / 10);

/**
 * `id` names the title element, so the image's accessible name is the picture's title. On a page the SVG
 * has no size of its own and fills its column (the site's CSP allows no inline style to size it); an
 * image file (`sized`, for Word) carries its size.
 */
export function pictureSvg(p: Picture, id = 'picture-title', sized = false): string {
  const L = layoutPicture(p);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${L.width} ${L.height}"${sized ? ` width="${L.width}" height="${L.height}"` : ''} role="img" aria-labelledby="${esc(id)}" font-family="Noto Sans, Arial, sans-serif">`);
  out.push(`<title id="${esc(id)}">${esc(p.title)}</title>`);
  for (const l of L.links) out.push(`<line x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}" stroke="#505a5f" stroke-width="1.5"/>`);
  for (const b of L.boxes) {
    out.push(`<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="4" fill="${b.main ? '#0b0c0c' : '#ffffff'}" stroke="#0b0c0c" stroke-width="${b.main ? 2 : 1.5}"/>`);
    const top = b.y + b.h / 2 - ((b.lines.length - 1) * FONT.node * 1.25) / 2 + FONT.node * 0.35;
    b.lines.forEach((line, i) =>
      out.push(`<text x="${n(b.x + b.w / 2)}" y="${n(top + i * FONT.node * 1.25)}" text-anchor="middle" font-size="${FONT.node}"${b.main ? ' font-weight="700" fill="#ffffff"' : ' fill="#0b0c0c"'}>${esc(line)}</text>`),
    );
  }
  // The channels' words go last, on a white ground, so no line runs through them.
  for (const l of L.links) {
    const h = l.lines.length * FONT.edge * 1.25 + 4;
    const w = Math.max(...l.lines.map((x) => [...x].length)) * FONT.edge * 0.56 + 8;
    out.push(`<rect x="${n(l.lx - w / 2)}" y="${n(l.ly - h / 2)}" width="${n(w)}" height="${n(h)}" fill="#ffffff" opacity="0.92"/>`);
    const top = l.ly - ((l.lines.length - 1) * FONT.edge * 1.25) / 2 + FONT.edge * 0.35;
    l.lines.forEach((line, i) => out.push(`<text x="${n(l.lx)}" y="${n(top + i * FONT.edge * 1.25)}" text-anchor="middle" font-size="${FONT.edge}" fill="#383f43">${esc(line)}</text>`));
  }
  out.push('</svg>');
  return out.join('');
}
