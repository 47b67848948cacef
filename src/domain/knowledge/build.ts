/**
 * Validates the knowledge content: shapes (zod) and every cross-reference, each problem reported with
 * its file and field. Pure: takes parsed files, returns the knowledge or the issues.
 */
import { zodIssues, type ContentIssue, type RawFile } from '../content/raw.ts';
import { questionIds, schemaOptions, type QuestionId } from '../answers/schema.ts';
import { references } from '../conditions/condition.ts';
import {
  caseSchema,
  lessonSchema,
  riskSchema,
  sourcesFileSchema,
  themesFileSchema,
  type Citation,
  type Differs,
  type Knowledge,
} from './schema.ts';
import type { Condition } from '../conditions/condition.ts';

export interface KnowledgeFiles {
  sources: RawFile;
  themes: RawFile;
  cases: RawFile[];
  lessons: RawFile[];
  risks: RawFile[];
}

function parseEach<T>(files: RawFile[], schema: { safeParse: (d: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, issues: ContentIssue[]) {
  const out: { file: string; item: T }[] = [];
  for (const f of files) {
    const r = schema.safeParse(f.data);
    if (r.success) out.push({ file: f.file, item: r.data });
    else issues.push(...zodIssues(f.file, r.error));
  }
  return out;
}

export function buildKnowledge(files: KnowledgeFiles): { knowledge: Knowledge; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const sourcesR = sourcesFileSchema.safeParse(files.sources.data);
  if (!sourcesR.success) issues.push(...zodIssues(files.sources.file, sourcesR.error));
  const themesR = themesFileSchema.safeParse(files.themes.data);
  if (!themesR.success) issues.push(...zodIssues(files.themes.file, themesR.error));
  const cases = parseEach(files.cases, caseSchema, issues);
  const lessons = parseEach(files.lessons, lessonSchema, issues);
  const risks = parseEach(files.risks, riskSchema, issues);
  const sources = sourcesR.success ? sourcesR.data.sources : [];
  const themes = themesR.success ? themesR.data.themes : [];

  const sourceIds = new Map(sources.map((s) => [s.id, s]));
  const themeIds = new Set(themes.map((t) => t.id));
  const caseIds = new Set(cases.map((c) => c.item.id));
  const factIds = new Set(cases.flatMap((c) => c.item.facts.map((f) => f.id)));
  const lessonIds = new Set(lessons.map((l) => l.item.id));
  const known = new Set<string>(questionIds);

  const unique = (ids: { id: string; file: string; field: string }[], what: string) => {
    const seen = new Map<string, string>();
    for (const x of ids) {
      if (seen.has(x.id)) issues.push({ file: x.file, field: x.field, message: `${what} id "${x.id}" is also used in ${seen.get(x.id)}` });
      else seen.set(x.id, x.file);
    }
  };
  unique(sources.map((s, i) => ({ id: s.id, file: files.sources.file, field: `sources.${i}.id` })), 'source');
  unique(cases.map((c) => ({ id: c.item.id, file: c.file, field: 'id' })), 'case');
  unique(cases.flatMap((c) => c.item.facts.map((f, i) => ({ id: f.id, file: c.file, field: `facts.${i}.id` }))), 'fact');
  unique(cases.flatMap((c) => c.item.bodies.map((b, i) => ({ id: b.id, file: c.file, field: `bodies.${i}.id` }))), 'body');
  unique(lessons.map((l) => ({ id: l.item.id, file: l.file, field: 'id' })), 'lesson');
  unique(risks.map((r) => ({ id: r.item.id, file: r.file, field: 'id' })), 'risk');

  const cite = (c: Citation, file: string, field: string): void => {
    // An unreadable sources file is reported once, not again at every citation.
    if (!sourcesR.success) return;
    const s = sourceIds.get(c.source);
    if (!s) {
      issues.push({ file, field: `${field}.source`, message: `unknown source "${c.source}" (see content/sources.yaml)` });
      return;
    }
    if (c.section && !s.sections?.some((x) => x.id === c.section)) issues.push({ file, field: `${field}.section`, message: `"${c.section}" is not a section of source "${c.source}"` });
    if (!s.external && !c.section) issues.push({ file, field: `${field}.section`, message: `a citation of the article must name its section or theme` });
  };
  const refs = (list: string[], set: Set<string>, what: string, file: string, field: string) =>
    list.forEach((x, i) => set.has(x) || issues.push({ file, field: `${field}.${i}`, message: `unknown ${what} "${x}"` }));

  themes.forEach((t, i) => t.citations.forEach((c, j) => cite(c, files.themes.file, `themes.${i}.citations.${j}`)));
  for (const { file, item } of cases) {
    const bodyIds = new Set(item.bodies.map((b) => b.id));
    item.bodies.forEach((b, i) =>
      b.foreign?.forEach((f, j) => b.name.includes(f.text) || issues.push({ file, field: `bodies.${i}.foreign.${j}.text`, message: `"${f.text}" is not part of the name "${b.name}"` })),
    );
    item.facts.forEach((f, i) => {
      refs(f.bodies, bodyIds, 'body of this case', file, `facts.${i}.bodies`);
      refs(f.themes, themeIds, 'theme', file, `facts.${i}.themes`);
      f.citations.forEach((c, j) => cite(c, file, `facts.${i}.citations.${j}`));
      f.correction?.citations.forEach((c, j) => cite(c, file, `facts.${i}.correction.citations.${j}`));
      const allExternal = f.citations.every((c) => sourceIds.get(c.source)?.external);
      if (f.external !== allExternal && sourceIds.size) issues.push({ file, field: `facts.${i}.external`, message: f.external ? 'marked external but cites the article' : 'cites only outside sources, so it must be marked external: true' });
    });
  }
  const checkQuestions = (list: string[], file: string, field: string) =>
    list.forEach((q, i) => known.has(q) || issues.push({ file, field: `${field}.${i}`, message: `unknown question "${q}"` }));
  for (const { file, item } of lessons) {
    if (item.theme && !themeIds.has(item.theme)) issues.push({ file, field: 'theme', message: `unknown theme "${item.theme}"` });
    refs(item.cases, caseIds, 'case', file, 'cases');
    refs(item.facts, factIds, 'fact', file, 'facts');
    item.citations.forEach((c, j) => cite(c, file, `citations.${j}`));
    checkQuestions(item.questions, file, 'questions');
    const external = item.citations.every((c) => sourceIds.get(c.source)?.external);
    if ((item.origin === 'external') !== external && sourceIds.size) issues.push({ file, field: 'origin', message: `origin "${item.origin}" does not match its citations` });
  }
  const rule = (when: Condition, file: string, field: string) => {
    for (const r of references(when)) {
      if (!known.has(r.question)) {
        issues.push({ file, field, message: `the rule names an unknown question "${r.question}"` });
        continue;
      }
      const allowed = schemaOptions(r.question as QuestionId);
      for (const v of r.values) if (allowed && !allowed.includes(v)) issues.push({ file, field, message: `"${v}" is not an option of "${r.question}"` });
    }
  };
  // A corrected fact behind a lesson or risk: the note that the sources differ must name that correction.
  const corrections = new Map(cases.flatMap((c) => c.item.facts.flatMap((f) => (f.correction ? [[f.id, f.correction.kb] as const] : []))));
  const differs = (item: { facts: string[]; differs?: Differs | undefined }, file: string) => {
    item.differs?.citations.forEach((c, j) => cite(c, file, `differs.citations.${j}`));
    if (item.differs && ![...corrections.values()].includes(item.differs.kb)) issues.push({ file, field: 'differs.kb', message: `no case fact records the correction "${item.differs.kb}"` });
  };
  for (const { file, item } of lessons) {
    if (item.when) rule(item.when, file, 'when');
    differs(item, file);
  }
  for (const { file, item } of risks) {
    refs(item.cases, caseIds, 'case', file, 'cases');
    refs(item.facts, factIds, 'fact', file, 'facts');
    refs(item.lessons, lessonIds, 'lesson', file, 'lessons');
    item.citations.forEach((c, j) => cite(c, file, `citations.${j}`));
    rule(item.when, file, 'when');
    item.safeguardRules.forEach((s, i) => {
      if (s.unless) rule(s.unless, file, `safeguards.${i}.unless`);
      if (s.decided) rule(s.decided, file, `safeguards.${i}.decided`);
    });
    differs(item, file);
    const external = item.citations.every((c) => sourceIds.get(c.source)?.external);
    if ((item.basis === 'external') !== external && sourceIds.size) issues.push({ file, field: 'basis', message: item.basis === 'external' ? 'basis "external" but it cites the article' : 'cites only outside sources, so its basis must be "external"' });
  }
  return {
    knowledge: { sources, themes, cases: cases.map((c) => c.item), lessons: lessons.map((l) => l.item), risks: risks.map((r) => r.item) },
    issues,
  };
}
