/**
 * Validates the scenarios against the questionnaire and the knowledge: the context answers must be valid
 * answers to context questions, the historical choices valid answers to questions of their area, and
 * every case, body, fact and lesson must exist. Pure; each problem names its file and field.
 */
import { answersSchema } from '../answers/schema.ts';
import { zodIssues, type ContentIssue, type RawFile } from '../content/raw.ts';
import type { Knowledge } from '../knowledge/schema.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { scenarioSchema, type Scenario } from './schema.ts';

export function buildScenarios(files: RawFile[], questionnaire: Questionnaire, knowledge: Knowledge): { scenarios: Scenario[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const scenarios: Scenario[] = [];
  const sectionOf = new Map(questionnaire.sections.flatMap((s) => s.questions.map((q) => [q.id, s.id] as const)));
  const lessonIds = new Set(knowledge.lessons.map((l) => l.id));
  const seen = new Map<string, string>();
  for (const f of files) {
    const r = scenarioSchema.safeParse(f.data);
    if (!r.success) {
      issues.push(...zodIssues(f.file, r.error));
      continue;
    }
    const s = r.data;
    const at = (field: string, message: string) => issues.push({ file: f.file, field, message });
    if (seen.has(s.id)) at('id', `scenario id "${s.id}" is also used in ${seen.get(s.id)}`);
    seen.set(s.id, f.file);
    if (!f.file.endsWith(`/${s.id}.yaml`)) at('id', `the file should be named ${s.id}.yaml`);
    const kase = knowledge.cases.find((c) => c.id === s.case);
    if (!kase) at('case', `unknown case "${s.case}"`);
    else if (!kase.bodies.some((b) => b.id === s.body)) at('body', `"${s.body}" is not a body of the case "${s.case}"`);
    const factIds = new Set(knowledge.cases.flatMap((c) => c.facts.map((x) => x.id)));
    const facts = (list: string[], field: string) => list.forEach((x, i) => factIds.has(x) || at(`${field}.${i}`, `unknown fact "${x}"`));
    s.brief.forEach((b, i) => facts(b.facts, `brief.${i}.facts`));

    // The context answers: context questions only, with values the answers schema accepts.
    for (const [q, v] of Object.entries(s.context)) {
      if (sectionOf.get(q) !== 'context') at(`context.${q}`, `"${q}" is not a question of the Context section`);
      const one = answersSchema.safeParse({ [q]: v });
      if (!one.success) at(`context.${q}`, `"${String(v)}" is not a valid answer to "${q}"`);
    }
    const seenAreas = new Set<string>();
    s.history.forEach((h, i) => {
      if (seenAreas.has(h.area)) at(`history.${i}.area`, `the area "${h.area}" appears twice`);
      seenAreas.add(h.area);
      facts(h.facts, `history.${i}.facts`);
      h.lessons.forEach((l, j) => lessonIds.has(l) || at(`history.${i}.lessons.${j}`, `unknown lesson "${l}"`));
      for (const [q, v] of Object.entries(h.choices ?? {})) {
        if (sectionOf.get(q) !== h.area) at(`history.${i}.choices.${q}`, `"${q}" is not a question of the ${h.area} area`);
        else if (!answersSchema.safeParse({ [q]: v }).success) at(`history.${i}.choices.${q}`, `"${String(v)}" is not a valid answer to "${q}"`);
      }
    });
    scenarios.push(s);
  }
  return { scenarios, issues };
}
