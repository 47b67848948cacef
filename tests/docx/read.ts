/**
 * Reads a .docx back in Node for the tests: unzips it (fflate) and pulls out of WordprocessingML what a
 * drafter sees in Word: each paragraph's style, numbering, text, highlighted runs and comment anchors;
 * the comments; the numbers Word's numbering would show. Enough XML reading for the files this project
 * writes, not a general parser.
 */
import { strFromU8, unzipSync } from 'fflate';
import { splitBrackets } from '../../src/domain/mandate/document.ts';

/** The bracketed runs of a text, as Word shows them highlighted: two that touch read as one. */
export const bracketedRuns = (text: string) =>
  splitBrackets(text)
    .reduce<{ text: string; open: boolean }[]>((out, p) => {
      const last = out.at(-1);
      if (p.open && last?.open) last.text += p.text;
      else out.push({ ...p });
      return out;
    }, [])
    .filter((p) => p.open)
    .map((p) => p.text);

export type DocxParts = Record<string, string>;

export function unzipDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const out: DocxParts = {};
  for (const [path, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(path)) out[path] = strFromU8(data);
  return out;
}

export const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

export interface Para {
  style?: string;
  numId?: string;
  ilvl?: number;
  /** The text of its runs (w:t), tabs as "\t", breaks as "\n". */
  text: string;
  /** Highlighted runs, consecutive ones joined, with their colour. */
  highlighted: { text: string; color: string }[];
  commentStarts: string[];
  commentEnds: string[];
  commentRefs: string[];
  /** Addresses of hyperlinks in it (via relationships), when rels are given. */
  links: string[];
  xml: string;
}

const attr = (xml: string, tag: string, name = 'w:val'): string | undefined => {
  const m = new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml);
  return m ? unescapeXml(m[1]!) : undefined;
};

/** Splits XML into its top-level `<w:p>` elements (paragraphs are not nested in what this project writes). */
export function paragraphs(xml: string, rels: string = ''): Para[] {
  const relTargets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\sTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) relTargets.set(id, unescapeXml(target));
  }
  const out: Para[] = [];
  for (const m of xml.matchAll(/<w:p\b(?:[^>]*[^/>])?>([\s\S]*?)<\/w:p>|<w:p\b[^>]*\/>/g)) {
    const p = m[0];
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? '';
    const style = attr(pPr, 'w:pStyle');
    const numId = attr(pPr, 'w:numId');
    const ilvl = attr(pPr, 'w:ilvl');
    let text = '';
    const highlighted: { text: string; color: string }[] = [];
    let lastHighlighted = false;
    for (const r of p.matchAll(/<w:r\b(?:[^>]*[^/>])?>([\s\S]*?)<\/w:r>/g)) {
      const run = r[1]!;
      let t = '';
      for (const piece of run.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)) t += piece[0] === '<w:tab/>' ? '\t' : piece[0] === '<w:br/>' ? '\n' : unescapeXml(piece[1]!);
      // <w:tab/> inside w:rPr's tabs would be w:tabs; runs hold <w:tab/> only as a character.
      text += t;
      const color = attr(/<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1] ?? '', 'w:highlight');
      if (color && t) {
        if (lastHighlighted && highlighted.at(-1)!.color === color) highlighted.at(-1)!.text += t;
        else highlighted.push({ text: t, color });
        lastHighlighted = true;
      } else if (t) lastHighlighted = false;
    }
    const ids = (tag: string) => [...p.matchAll(new RegExp(`<${tag}\\b[^>]*\\sw:id="([^"]*)"`, 'g'))].map((x) => x[1]!);
    const links: string[] = [];
    for (const h of p.matchAll(/<w:hyperlink\b[^>]*>/g)) {
      const id = /\sr:id="([^"]*)"/.exec(h[0])?.[1];
      const anchor = /\sw:anchor="([^"]*)"/.exec(h[0])?.[1];
      links.push(`${id ? (relTargets.get(id) ?? `?${id}`) : ''}${anchor ? `#${unescapeXml(anchor)}` : ''}`);
    }
    out.push({
      ...(style !== undefined ? { style } : {}),
      ...(numId !== undefined ? { numId } : {}),
      ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}),
      text,
      highlighted,
      commentStarts: ids('w:commentRangeStart'),
      commentEnds: ids('w:commentRangeEnd'),
      commentRefs: ids('w:commentReference'),
      links,
      xml: p,
    });
  }
  return out;
}

export interface WordComment {
  id: string;
  author?: string;
  paragraphs: string[];
  links: string[];
}

export function comments(xml: string | undefined, rels = ''): WordComment[] {
  if (!xml) return [];
  return [...xml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => {
    const paras = paragraphs(m[2]!, rels);
    const author = /\sw:author="([^"]*)"/.exec(m[1]!)?.[1];
    return {
      id: /\sw:id="([^"]*)"/.exec(m[1]!)![1]!,
      ...(author !== undefined ? { author: unescapeXml(author) } : {}),
      paragraphs: paras.map((p) => p.text),
      links: paras.flatMap((p) => p.links),
    };
  });
}

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
}

/** numId → its levels (through its abstract numbering, with any start overrides). */
export function numbering(xml: string): Map<string, Level[]> {
  const abstract = new Map<string, Level[]>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*\sw:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: Level[] = [];
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*\sw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g))
      levels[Number(l[1])] = { start: Number(attr(l[2]!, 'w:start') ?? '1'), numFmt: attr(l[2]!, 'w:numFmt') ?? 'decimal', lvlText: attr(l[2]!, 'w:lvlText') ?? '' };
    abstract.set(m[1]!, levels);
  }
  const out = new Map<string, Level[]>();
  for (const m of xml.matchAll(/<w:num\b[^>]*\sw:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const levels = (abstract.get(attr(m[2]!, 'w:abstractNumId')!) ?? []).map((l) => ({ ...l }));
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*\sw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2]!, 'w:startOverride');
      if (start !== undefined && levels[Number(o[1])]) levels[Number(o[1])]!.start = Number(start);
    }
    out.set(m[1]!, levels);
  }
  return out;
}

const formatNumber = (n: number, fmt: string) =>
  fmt === 'lowerLetter' ? String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1) : fmt === 'upperLetter' ? String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1) : fmt === 'bullet' ? '' : String(n);

/**
 * The label Word shows before each numbered paragraph, counting as Word does: a level counts up within
 * its list (numId) and starts again after any paragraph of a higher level of the same list.
 */
export function wordLabels(paras: Para[], nums: Map<string, Level[]>): (string | undefined)[] {
  const counters = new Map<string, number[]>();
  return paras.map((p) => {
    if (p.numId === undefined || p.numId === '0') return undefined;
    const levels = nums.get(p.numId);
    if (!levels) return undefined;
    const ilvl = p.ilvl ?? 0;
    const c = counters.get(p.numId) ?? levels.map((l) => (l ? l.start - 1 : 0));
    c[ilvl] = (c[ilvl] ?? 0) + 1;
    for (let i = ilvl + 1; i < levels.length; i++) c[i] = levels[i] ? levels[i]!.start - 1 : 0;
    counters.set(p.numId, c);
    const lvl = levels[ilvl]!;
    return lvl.lvlText.replace(/%(\d)/g, (_, k: string) => formatNumber(c[Number(k) - 1] || levels[Number(k) - 1]?.start || 1, levels[Number(k) - 1]?.numFmt ?? 'decimal'));
  });
}

/**
 * A small well-formedness check: every tag closes in order, attributes are quoted, entity references are
 * known, and no character XML 1.0 forbids appears. Not a validator; enough to know Word will open the part.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    const forbidden = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
    const high = c >= 0xd800 && c <= 0xdbff;
    const low = c >= 0xdc00 && c <= 0xdfff;
    if (forbidden) problems.push(`U+${c.toString(16).padStart(4, '0')} at ${i}`);
    else if (high) {
      const next = xml.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) problems.push(`lone surrogate at ${i}`);
      else i++;
    } else if (low) problems.push(`lone surrogate at ${i}`);
  }
  const stack: string[] = [];
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textPart = xml.slice(pos, lt === -1 ? xml.length : lt);
    for (const m of textPart.matchAll(/&([^;\s]*);?/g)) if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1]!) || !m[0].endsWith(';')) problems.push(`bad entity ${m[0]}`);
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) {
      problems.push('unclosed tag');
      break;
    }
    const tag = xml.slice(lt + 1, gt);
    pos = gt + 1;
    if (tag.startsWith('?') || tag.startsWith('!')) continue;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const inner = selfClosing ? tag.slice(0, -1) : tag;
    const name = /^[^\s/]+/.exec(inner)?.[0] ?? '';
    if (!name) problems.push(`empty tag at ${lt}`);
    const rest = inner.slice(name.length).trim();
    if (rest && !/^(?:[^\s=]+\s*=\s*(?:"[^"<]*"|'[^'<]*')\s*)*$/.test(rest)) problems.push(`bad attributes on <${name}>`);
    if (!selfClosing) stack.push(name);
  }
  if (stack.length) problems.push(`unclosed elements: ${stack.join(' ')}`);
  return problems;
}
