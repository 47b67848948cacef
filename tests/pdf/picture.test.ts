/** The brief's PDF draws where the secretariat sits: every label of the picture is in its text, for every fixture. */
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content-io/site.ts';
import { compose } from '../../src/domain/mandate/compose.ts';
import { layoutPicture } from '../../src/domain/picture/layout.ts';
import { t } from '../../src/domain/ui/strings.ts';
import { subsetNotoSans } from '../../src/renderers/pdf/font-node.ts';
import { renderPdf } from '../../src/renderers/pdf/jspdf.ts';
import { fixtureNames, readFixture } from '../fixtures/read.ts';
import { readPdf } from './read.ts';
import { layout } from '../../src/renderers/pdf/layout.ts';

const content = loadSiteContent();
const bare = (s: string) => s.replace(/\s+/g, '');

describe('the picture in the brief PDF', () => {
  for (const name of fixtureNames()) {
    it(`carries every box and channel label of the picture for ${name}, drawn on the cover note's pages`, async () => {
      const doc = compose(content.questionnaire, readFixture(name).answers, content.knowledge, content.mandate, { kind: 'brief', date: new Date('2026-11-30T09:00:00Z'), lang: 'en', ui: content.ui });
      const block = doc.front[0]!.blocks.find((b) => b.kind === 'picture');
      const pdf = await readPdf(await renderPdf(doc, 'a4', await subsetNotoSans(), { page: (n, total) => t(content.ui, 'draft.page', { n, total }) }));
      const text = bare(pdf.pages.slice(0, 4).join(''));
      if (!block || block.kind !== 'picture') {
        expect(text).toContain(bare(content.ui['picture.none']!));
        return;
      }
      const L = layoutPicture(block.picture);
      for (const line of [...L.boxes.flatMap((b) => b.lines), ...L.links.flatMap((l) => l.lines), ...block.list]) expect(text, line).toContain(bare(line));
      // Drawn, not only listed: one page holds a box for each body and the secretariat, a ground under each
      // link's words, and each box's lines as runs of their own.
      const pages = layout(doc, 'a4', (s, size) => s.length * size * 0.5).pages.filter((p) => p.rects?.length);
      expect(pages).toHaveLength(1);
      const rects = pages[0]!.rects!;
      expect(rects.filter((r) => !r.blank)).toHaveLength(L.boxes.length);
      expect(rects.filter((r) => r.blank)).toHaveLength(L.links.length);
      const runs = pages[0]!.runs.map((r) => r.text);
      for (const line of L.boxes.flatMap((b) => b.lines)) expect(runs, line).toContain(line);
    });
  }
});
