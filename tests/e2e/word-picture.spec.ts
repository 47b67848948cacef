/**
 * The Word brief made on the draft page carries the picture of where the secretariat sits twice: as SVG
 * (Word 2016 and later) and as a PNG the page draws on a canvas, which LibreOffice and older Word show.
 */
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect, readFixture } from './helpers.ts';

test("the Word file's picture has a real PNG fallback, drawn from its own SVG at twice its size", async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => m.text().includes('Content-Security-Policy') && violations.push(m.text()));
  await page.goto('/draft/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), readFixture('state-leader-office-donor'));
  await page.reload();
  await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Word (.docx)' }).click()]);
  const files = unzipSync(readFileSync((await download.path())!));
  const svg = strFromU8(files[Object.keys(files).find((p) => p.startsWith('word/media/') && p.endsWith('.svg'))!]!);
  const png = Buffer.from(files[Object.keys(files).find((p) => p.startsWith('word/media/') && p.endsWith('.png'))!]!);
  const [, w, h] = svg.match(/<svg[^>]* width="(\d+)" height="(\d+)"/)!;
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(2 * Number(w));
  expect(png.readUInt32BE(20)).toBe(2 * Number(h));
  // A drawing, not a blank: a white image this size compresses to a few hundred bytes.
  expect(png.length).toBeGreaterThan(5000);
  expect(violations).toEqual([]);
});
