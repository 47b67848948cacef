/** The Word brief carries where the secretariat sits as an SVG image (with the PNG fallback Word requires), then the list. */
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { loadSiteContent } from '../../src/content-io/site.ts';
import { compose } from '../../src/domain/mandate/compose.ts';
import { renderDocx } from '../../src/renderers/docx/docx.ts';
import { layoutPicture } from '../../src/domain/picture/layout.ts';
import { readFixture } from '../fixtures/read.ts';
import { paragraphs, unzipDocx } from './read.ts';

const c = loadSiteContent();

describe('the picture in the Word brief', () => {
  it('is an SVG image holding every label, named by its title, followed by the same in words', async () => {
    const doc = compose(c.questionnaire, readFixture('state-leader-office-donor').answers, c.knowledge, c.mandate, { kind: 'brief', date: new Date('2026-11-30T09:00:00Z'), lang: 'en', ui: c.ui });
    const block = doc.front[0]!.blocks.find((b) => b.kind === 'picture');
    if (!block || block.kind !== 'picture') throw new Error('no picture');
    const bytes = await renderDocx(doc, 'a4');
    const files = unzipSync(bytes);
    const svgs = Object.keys(files).filter((p) => p.startsWith('word/media/') && p.endsWith('.svg'));
    const pngs = Object.keys(files).filter((p) => p.startsWith('word/media/') && p.endsWith('.png'));
    expect(svgs).toHaveLength(1);
    expect(pngs).toHaveLength(1);
    // The fallback is white (one pixel, RGB 255, 255, 255), never a coloured block where the picture should be.
    const { inflateSync } = await import('node:zlib');
    const png = Buffer.from(files[pngs[0]!]!);
    const idat = png.indexOf('IDAT');
    expect([...inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)))]).toEqual([0, 255, 255, 255]);
    const svg = strFromU8(files[svgs[0]!]!);
    const L = layoutPicture(block.picture);
    for (const line of [...L.boxes.flatMap((b) => b.lines), ...L.links.flatMap((l) => l.lines)]) expect(svg, line).toContain(`>${line}</text>`);
    const xml = unzipDocx(bytes)['word/document.xml']!;
    expect(xml).toContain('descr="');
    expect(xml).toContain(`title="${block.picture.title}"`);
    const texts = paragraphs(xml).map((p) => p.text);
    for (const line of block.list) expect(texts).toContain(line);
  });
});

describe("the picture's fallback for readers that draw no SVG", () => {
  const doc = compose(c.questionnaire, readFixture('state-leader-office-donor').answers, c.knowledge, c.mandate, { kind: 'brief', date: new Date('2026-11-30T09:00:00Z'), lang: 'en', ui: c.ui });
  const block = doc.front[0]!.blocks.find((b) => b.kind === 'picture');
  const pngIn = (bytes: Uint8Array) => {
    const files = unzipSync(bytes);
    return Buffer.from(files[Object.keys(files).find((p) => p.startsWith('word/media/') && p.endsWith('.png'))!]!);
  };
  /** Any PNG will do for the file: a 2 × 1 one, told apart from the 1 × 1 blank by its width. */
  const twoByOne = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADklEQVR4nGP4z8DAwMAAAA8AAf/mNcc0AAAAAElFTkSuQmCC', 'base64');

  it('is the PNG the page draws from the same SVG, at the picture\'s size, when the page gives a rasteriser', async () => {
    if (!block || block.kind !== 'picture') throw new Error('no picture');
    const calls: { svg: string; width: number; height: number }[] = [];
    const bytes = await renderDocx(doc, 'a4', { rasterise: async (svg, width, height) => (calls.push({ svg, width, height }), new Uint8Array(twoByOne)) });
    const L = layoutPicture(block.picture);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ width: L.width, height: L.height });
    const svgFile = strFromU8(Object.entries(unzipSync(bytes)).find(([p]) => p.endsWith('.svg'))![1]);
    expect(calls[0]!.svg).toBe(svgFile);
    expect(pngIn(bytes).equals(twoByOne)).toBe(true);
  });

  it('stays the blank one when the rasteriser fails or gives nothing, and the file is still made', async () => {
    for (const rasterise of [async () => null, async () => Promise.reject(new Error('no canvas'))]) {
      const png = pngIn(await renderDocx(doc, 'a4', { rasterise }));
      expect(png.readUInt32BE(16), 'width').toBe(1);
    }
  });
});
