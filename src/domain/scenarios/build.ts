/**
 * Validates the scenarios against the questionnaire and the knowledge: the context answers must be valid
 * answers to context questions, the historical choices valid answers to questions of their area, and
 * every case, body, fact and lesson must exist. Pure; each problem names its file and field.
 */
import { answersSchema, questionIds, schemaOptions, type QuestionId } from '../answers/schema.ts';
import { references } from '../conditions/condition.ts';
import { zodIssues, type ContentIssue, type RawFile } from '../content/raw.ts';
import type { Knowledge } from '../knowledge/schema.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { failuresFileSchema, scenarioSchema, shortPathSchema, type Failure, type Scenario, type ShortPathCore } from './schema.ts';
import { mayApply } from './short-path.ts';

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
    // The short path's key questions: questions outside the context, which the context lets apply.
    s.keyQuestions.forEach((id, i) => {
      const q = questionnaire.sections.flatMap((x) => x.questions).find((x) => x.id === id);
      if (!q) at(`keyQuestions.${i}`, `unknown question "${id}"`);
      else if (sectionOf.get(id) === 'context' && s.context[id] !== undefined) at(`keyQuestions.${i}`, `"${id}" is decided by the scenario's context`);
      else if (!mayApply(q, s.context)) at(`keyQuestions.${i}`, `"${id}" never applies with this scenario's context`);
    });
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

/**
 * Validates the failures history records (content/failures.yaml): every case, fact and lesson exists, and
 * the condition names questions and options the answers schema knows (a failure's answers may lie in more
 * than one area: a closure without archives is about records as well as the end).
 */
export function buildFailures(file: RawFile, knowledge: Knowledge): { failures: Failure[]; issues: ContentIssue[] } {
  const r = failuresFileSchema.safeParse(file.data);
  if (!r.success) return { failures: [], issues: zodIssues(file.file, r.error) };
  const issues: ContentIssue[] = [];
  const at = (field: string, message: string) => issues.push({ file: file.file, field, message });
  const seen = new Set<string>();
  r.data.failures.forEach((f, i) => {
    if (seen.has(f.id)) at(`failures.${i}.id`, `the failure id "${f.id}" appears twice`);
    seen.add(f.id);
    const kase = knowledge.cases.find((c) => c.id === f.case);
    if (!kase) at(`failures.${i}.case`, `unknown case "${f.case}"`);
    f.facts.forEach((x, j) => kase?.facts.some((y) => y.id === x) || at(`failures.${i}.facts.${j}`, `"${x}" is not a fact of the case "${f.case}"`));
    f.lessons.forEach((l, j) => knowledge.lessons.some((y) => y.id === l) || at(`failures.${i}.lessons.${j}`, `unknown lesson "${l}"`));
    for (const ref of references(f.when)) {
      if (!questionIds.includes(ref.question as QuestionId)) {
        at(`failures.${i}.when`, `the rule names an unknown question "${ref.question}"`);
        continue;
      }
      const allowed = schemaOptions(ref.question as QuestionId);
      for (const v of ref.values) if (allowed && !allowed.includes(v)) at(`failures.${i}.when`, `"${v}" is not an option of "${ref.question}"`);
    }
  });
  return { failures: r.data.failures, issues };
}

/** Validates the short path's core (content/workshops/short-path.yaml): known questions, each once. */
export function buildShortPath(file: RawFile, questionnaire: Questionnaire): { core: ShortPathCore; issues: ContentIssue[] } {
  const r = shortPathSchema.safeParse(file.data);
  if (!r.success) return { core: [], issues: zodIssues(file.file, r.error) };
  const ids = new Set(questionnaire.sections.flatMap((x) => x.questions.map((q) => q.id)));
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  r.data.core.forEach((c, i) => {
    if (!ids.has(c.question)) issues.push({ file: file.file, field: `core.${i}.question`, message: `unknown question "${c.question}"` });
    if (seen.has(c.question)) issues.push({ file: file.file, field: `core.${i}.question`, message: `"${c.question}" appears twice` });
    seen.add(c.question);
  });
  return { core: r.data.core, issues };
}
