/** Validates the support scope content: shape, citations, lessons and the questions its rules name. */
import { questionIds, schemaOptions, type QuestionId } from '../answers/schema.ts';
import { references } from '../conditions/condition.ts';
import { zodIssues, type ContentIssue, type RawFile } from '../content/raw.ts';
import type { Citation, Knowledge } from '../knowledge/schema.ts';
import { supportContentSchema, type SupportContent } from './schema.ts';

export function buildSupport(file: RawFile, knowledge: Knowledge): { support: SupportContent | null; issues: ContentIssue[] } {
  const r = supportContentSchema.safeParse(file.data);
  if (!r.success) return { support: null, issues: zodIssues(file.file, r.error) };
  const issues: ContentIssue[] = [];
  const at = (field: string, message: string) => issues.push({ file: file.file, field, message });
  const cite = (cs: readonly Citation[], field: string) =>
    cs.forEach((c, i) => {
      const s = knowledge.sources.find((x) => x.id === c.source);
      if (!s) at(`${field}.${i}.source`, `unknown source "${c.source}" (see content/sources.yaml)`);
      else if (!s.external && !c.section) at(`${field}.${i}.section`, 'a citation of the article must name its section or theme');
      else if (c.section && !s.sections?.some((x) => x.id === c.section)) at(`${field}.${i}.section`, `"${c.section}" is not a section of source "${c.source}"`);
    });
  const rules = (when: SupportContent['risks'][number]['when'], field: string) => {
    if (!when) return;
    for (const ref of references(when)) {
      if (!questionIds.includes(ref.question as QuestionId)) at(field, `the rule names an unknown question "${ref.question}"`);
      else {
        const allowed = schemaOptions(ref.question as QuestionId);
        for (const v of ref.values) if (allowed && !allowed.includes(v)) at(field, `"${v}" is not an option of "${ref.question}"`);
      }
    }
  };
  for (const [phase, p] of Object.entries(r.data.phases)) cite(p.citations, `phases.${phase}.citations`);
  r.data.risks.forEach((x, i) => {
    cite(x.citations, `risks.${i}.citations`);
    if (x.risks) {
      // One list of findings: the scope lists this risk of funding exactly when a linked risk is raised.
      if (x.when) at(`risks.${i}.when`, 'a risk of funding linked to `risks` takes its condition from them; remove `when`');
      const linked = x.risks.flatMap((id, j) => {
        const k = knowledge.risks.find((y) => y.id === id);
        if (!k) at(`risks.${i}.risks.${j}`, `unknown risk "${id}" (see content/risks/)`);
        return k ? [k.when] : [];
      });
      if (linked.length) x.when = linked.length === 1 ? linked[0]! : { any: linked };
    }
    rules(x.when, `risks.${i}.when`);
    x.lessons.forEach((l, j) => knowledge.lessons.some((y) => y.id === l) || at(`risks.${i}.lessons.${j}`, `unknown lesson "${l}"`));
  });
  r.data.monitoring.forEach((m, i) => {
    cite(m.citations, `monitoring.${i}.citations`);
    rules(m.when, `monitoring.${i}.when`);
  });
  return { support: r.data, issues };
}
