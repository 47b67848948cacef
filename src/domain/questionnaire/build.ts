/**
 * Validates the questionnaire content and checks it against the answers schema. Pure: takes parsed
 * files, returns the questionnaire or the issues, each naming its file and field.
 */
import { sectionSchema, type PageGroup, type Questionnaire, type Section } from './schema.ts';
import { zodIssues, type ContentIssue, type RawFile } from '../content/raw.ts';
import { questionIds, schemaIsList, schemaOptions, type QuestionId } from '../answers/schema.ts';
import { references, type Condition } from '../conditions/condition.ts';

export function buildQuestionnaire(files: RawFile[]): { questionnaire: Questionnaire; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const sections: { file: string; section: Section }[] = [];
  for (const f of files) {
    const r = sectionSchema.safeParse(f.data);
    if (r.success) sections.push({ file: f.file, section: r.data });
    else issues.push(...zodIssues(f.file, r.error));
  }
  sections.sort((a, b) => a.section.order - b.section.order);

  const seen = new Map<string, string>();
  const grouped = new Set<string>();
  const earlier = new Set<string>();
  const known = new Set<string>(questionIds);
  sections.forEach(({ file, section }, si) => {
    if (si > 0 && sections[si - 1]!.section.order === section.order) {
      issues.push({ file, field: 'order', message: `order ${section.order} is used by another section too` });
    }
    section.questions.forEach((q, qi) => {
      const field = `questions.${qi}`;
      if (seen.has(q.id)) issues.push({ file, field: `${field}.id`, message: `question "${q.id}" is also defined in ${seen.get(q.id)}` });
      seen.set(q.id, file);
      if (!known.has(q.id)) {
        issues.push({ file, field: `${field}.id`, message: `question "${q.id}" has no field in the answers schema (src/domain/answers/schema.ts)` });
        return;
      }
      const id = q.id as QuestionId;
      const options = schemaOptions(id);
      const isChoice = q.type === 'single' || q.type === 'multiple';
      if (isChoice !== (options !== null) || (q.type === 'multiple') !== schemaIsList(id)) {
        issues.push({ file, field: `${field}.type`, message: `type "${q.type}" does not match the answers schema for "${q.id}"` });
      }
      if (isChoice && options) {
        const mine = (q.options ?? []).map((o) => o.id);
        const missing = options.filter((o) => !mine.includes(o));
        const extra = mine.filter((o) => !options.includes(o));
        if (missing.length || extra.length) {
          issues.push({ file, field: `${field}.options`, message: `options differ from the answers schema (missing: ${missing.join(', ') || 'none'}; unknown: ${extra.join(', ') || 'none'})` });
        }
      }
      if (q.required && !q.errorRequired) issues.push({ file, field: `${field}.errorRequired`, message: 'a required question needs an error message' });
      const check = (c: Condition | undefined, where: string) => {
        if (!c) return;
        for (const ref of references(c)) {
          if (!earlier.has(ref.question)) {
            issues.push({ file, field: where, message: `condition refers to "${ref.question}", which is not an earlier question` });
            continue;
          }
          const allowed = schemaOptions(ref.question as QuestionId);
          for (const v of ref.values) {
            if (allowed && !allowed.includes(v)) issues.push({ file, field: where, message: `"${v}" is not an option of "${ref.question}"` });
          }
        }
      };
      check(q.when, `${field}.when`);
      q.options?.forEach((o, oi) => check(o.when, `${field}.options.${oi}.when`));
      earlier.add(q.id);
    });
    section.pages?.forEach((page, pi) => issues.push(...pageIssues(file, section, page, pi, grouped)));
  });
  for (const id of questionIds) {
    if (!seen.has(id)) issues.push({ file: 'content/questionnaire', field: id, message: `the answers schema has "${id}" but no question asks it` });
  }
  return { questionnaire: { sections: sections.map((s) => s.section) }, issues };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A page's questions follow each other in the section, each on one page only. A companion is never a
 * stop of its own, so it may not depend on an earlier question of its page (the answer is not given yet
 * when the page is drawn), and it may apply only where the page's question does (or it would never be
 * asked): its condition is the page question's, or includes it.
 */
function pageIssues(file: string, section: Section, page: PageGroup, pi: number, grouped: Set<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const field = `pages.${pi}`;
  const index = page.questions.map((id) => section.questions.findIndex((q) => q.id === id));
  page.questions.forEach((id, i) => {
    if (index[i] === -1) issues.push({ file, field, message: `"${id}" is not a question of this section` });
    else if (i > 0 && index[i] !== index[i - 1]! + 1) issues.push({ file, field, message: `"${id}" does not directly follow "${page.questions[i - 1]}" in the section` });
    if (grouped.has(id)) issues.push({ file, field, message: `"${id}" is on another page too` });
    grouped.add(id);
  });
  if (index.includes(-1)) return issues;
  const [leader, ...companions] = index.map((i) => section.questions[i]!);
  companions.forEach((q, ci) => {
    const before = new Set(page.questions.slice(0, ci + 1));
    const conds = [q.when, ...(q.options ?? []).map((o) => o.when)].filter((c) => c !== undefined);
    const on = conds.flatMap(references).find((r) => before.has(r.question));
    if (on) issues.push({ file, field, message: `"${q.id}" depends on "${on.question}", an earlier question on the same page: it needs a page of its own` });
    const lw = leader!.when;
    const within = !lw || same(q.when, lw) || (q.when !== undefined && 'all' in q.when && q.when.all.some((c) => same(c, lw)));
    if (!within) issues.push({ file, field, message: `"${q.id}" may apply where "${leader!.id}" does not: its condition must be that of "${leader!.id}", or include it` });
  });
  return issues;
}
