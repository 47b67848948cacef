/**
 * The picture's geometry, shared by the SVG (page, Word) and the PDF painter, so they draw the same thing.
 * Each body has a fixed place on an ellipse around the secretariat (a body the answers do not mention
 * leaves its place empty), so two pictures compare at a glance. Text is wrapped by character count:
 * the domain has no font to measure with, and the boxes leave room for a wide character.
 */
import { BODIES, type Picture } from './picture.ts';

export const CANVAS = { width: 720, height: 440 } as const;
export const FONT = { node: 12, edge: 10.5 } as const;
const CENTRE = { x: 360, y: 220 };
const RADIUS = { x: 270, y: 165 };
const NODE_W = 164;
const CENTRE_W = 160;
const LINE = 1.25;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** The secretariat's own box is drawn heavier. */
  main: boolean;
}
export interface Link {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The channels' words, wrapped, centred on (lx, ly). */
  lines: string[];
  lx: number;
  ly: number;
}
export interface PictureLayout {
  width: number;
  height: number;
  boxes: Box[];
  links: Link[];
}

/** Lines of at most `max` characters, at most `rows` of them; a cut line ends with "…". */
export function wrapChars(text: string, max: number, rows: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = [...word].length > max ? `${[...word].slice(0, max - 1).join('')}…` : word;
    if (line && [...`${line} ${w}`].length > max) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  if (lines.length <= rows) return lines;
  const kept = lines.slice(0, rows);
  kept[rows - 1] = `${[...kept[rows - 1]!].slice(0, max - 1).join('')}…`;
  return kept;
}

const boxOf = (cx: number, cy: number, w: number, lines: string[], main: boolean): Box => {
  const h = lines.length * FONT.node * LINE + 16;
  return { x: cx - w / 2, y: cy - h / 2, w, h, lines, main };
};

/** Where the line from the centre to (x, y) leaves a box centred at the centre: the link starts there. */
function edgeOf(b: Box, tx: number, ty: number) {
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  const s = Math.min(Math.abs(b.w / 2 / (dx || 1e-9)), Math.abs(b.h / 2 / (dy || 1e-9)));
  return { x: cx + dx * s, y: cy + dy * s };
}

export function layoutPicture(p: Picture): PictureLayout {
  const centre = boxOf(CENTRE.x, CENTRE.y, CENTRE_W, wrapChars(p.secretariat.label, 20, 3), true);
  const boxes: Box[] = [centre];
  const links: Link[] = [];
  for (const e of p.edges) {
    const slot = BODIES.indexOf(e.to);
    const angle = ((-90 + slot * 40) * Math.PI) / 180;
    const cx = CENTRE.x + RADIUS.x * Math.cos(angle);
    const cy = CENTRE.y + RADIUS.y * Math.sin(angle);
    const node = p.nodes.find((n) => n.id === e.to)!;
    const box = boxOf(cx, cy, NODE_W, wrapChars(node.label, 22, 3), false);
    boxes.push(box);
    const from = edgeOf(centre, cx, cy);
    const to = edgeOf(box, centre.x + centre.w / 2, centre.y + centre.h / 2);
    // The words sit midway along the visible link, in a narrow column: the links to the bodies beside
    // the secretariat are short, and a wide label would cover the boxes at either end.
    links.push({ x1: from.x, y1: from.y, x2: to.x, y2: to.y, lines: wrapChars(e.channels.join('; '), 16, 4), lx: (from.x + to.x) / 2, ly: (from.y + to.y) / 2 });
  }
  return { width: CANVAS.width, height: CANVAS.height, boxes, links };
}
