/**
 * Validates the guidance pages against the knowledge: every citation names a known source (and, for the
 * article, one of its sections), every case and fact exists, a point is marked external exactly when it
 * cites only outside sources, and ids are unique. Pure; each problem names its file and field.
 */
import { zodIssues, type ContentIssue, type RawFile } from '../content/raw.ts';
import type { Citation, Knowledge } from '../knowledge/schema.ts';
import { guidePageSchema, type GuidePage } from './schema.ts';

export function buildGuide(files: RawFile[], knowledge: Knowledge): { pages: GuidePage[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const pages: GuidePage[] = [];
  const sources = new Map(knowledge.sources.map((s) => [s.id, s]));
  const caseIds = new Set(knowledge.cases.map((c) => c.id));
  const factIds = new Set(knowledge.cases.flatMap((c) => c.facts.map((f) => f.id)));
  const seen = new Map<string, string>();
  for (const f of files) {
    const r = guidePageSchema.safeParse(f.data);
    if (!r.success) {
      issues.push(...zodIssues(f.file, r.error));
      continue;
    }
    const page = r.data;
    const at = (field: string, message: string) => issues.push({ file: f.file, field, message });
    if (seen.has(page.id)) at('id', `guidance page id "${page.id}" is also used in ${seen.get(page.id)}`);
    seen.set(page.id, f.file);
    if (!f.file.endsWith(`/${page.id}.yaml`)) at('id', `the file should be named ${page.id}.yaml`);
    const cite = (c: Citation, field: string) => {
      const s = sources.get(c.source);
      if (!s) at(`${field}.source`, `unknown source "${c.source}" (see content/sources.yaml)`);
      else if (c.section && !s.sections?.some((x) => x.id === c.section)) at(`${field}.section`, `"${c.section}" is not a section of source "${c.source}"`);
      else if (!s.external && !c.section) at(`${field}.section`, 'a citation of the article must name its section or theme');
    };
    const anchors = new Set<string>();
    const anchor = (id: string, field: string) => {
      if (anchors.has(id)) at(field, `"${id}" is used twice on this page (ids are the page's anchors)`);
      anchors.add(id);
    };
    page.sections.forEach((s, i) => {
      anchor(s.id, `sections.${i}.id`);
      s.points.forEach((p, j) => {
        const field = `sections.${i}.points.${j}`;
        anchor(p.id, `${field}.id`);
        p.citations.forEach((c, k) => cite(c, `${field}.citations.${k}`));
        p.cases.forEach((c, k) => caseIds.has(c) || at(`${field}.cases.${k}`, `unknown case "${c}"`));
        p.facts.forEach((x, k) => factIds.has(x) || at(`${field}.facts.${k}`, `unknown fact "${x}"`));
        const allExternal = p.citations.every((c) => sources.get(c.source)?.external);
        if (p.citations.every((c) => sources.has(c.source)) && p.external !== allExternal)
          at(`${field}.external`, p.external ? 'marked external but cites the article' : 'cites only outside sources, so it must be marked external: true');
      });
    });
    pages.push(page);
  }
  pages.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { pages, issues };
}
