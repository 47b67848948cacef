/**
 * Guidance pages as content (content/guide/<id>.yaml, one file per page, the file name being the id and
 * the page's address): sections of points, each point in our own words with the sources it comes from
 * and the cases and facts it rests on. Checked at build time by ./build.ts.
 */
import { z } from '../zod.ts';
import { citationSchema } from '../knowledge/schema.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in kebab-case');
const text = z.string().min(1);

/** One statement of guidance, cited. */
export const guidePointSchema = z.strictObject({
  /** Anchor on the page (unique within the page). */
  id,
  /** A short heading for the point, shown as an h3. */
  title: text,
  /** The point in one to three sentences, in our own words (never the article's sentences). */
  text,
  /** True when every citation is outside the article: the page marks the point "Outside the article". */
  external: z.boolean(),
  /** Where it comes from: `{ source: article, section: … }` or an outside source of content/sources.yaml. */
  citations: z.array(citationSchema).min(1),
  /** Case ids (content/cases/) the point rests on as a whole. */
  cases: z.array(id).default([]),
  /** Fact ids (in content/cases/) the point rests on; each links to the fact on its case page. */
  facts: z.array(id).default([]),
});

export const guideSectionSchema = z.strictObject({
  /** Anchor on the page (unique within the page). */
  id,
  /** The section's heading, shown as an h2. */
  title: text,
  /** An optional sentence that introduces the points; it states nothing that needs a source. */
  intro: text.optional(),
  points: z.array(guidePointSchema).min(1),
});

export const guidePageSchema = z.strictObject({
  /** The page's address, /guide/<id>/; the file must be named <id>.yaml. */
  id,
  /** Order among the guidance pages (links on the start page and the case library follow it). */
  order: z.number().int().min(1),
  /** The page's h1 and the text of links to it. */
  title: text,
  /** One sentence shown under links to the page and as its description. */
  summary: text,
  /** The opening paragraph of the page. */
  lede: text,
  sections: z.array(guideSectionSchema).min(1),
});

export type GuidePoint = z.infer<typeof guidePointSchema>;
export type GuideSection = z.infer<typeof guideSectionSchema>;
export type GuidePage = z.infer<typeof guidePageSchema>;
