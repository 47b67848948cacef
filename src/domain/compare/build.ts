/** Checks the points for the parties to settle: known questions and lessons, ids used once. Pure. */
import { questionIds, type QuestionId } from '../answers/schema.ts';
import { zodIssues, type ContentIssue, type RawFile } from '../content/raw.ts';
import type { Knowledge } from '../knowledge/schema.ts';
import { pointsFileSchema, type Point } from './schema.ts';

export function buildPoints(file: RawFile, knowledge: Knowledge): { points: Point[]; issues: ContentIssue[] } {
  const r = pointsFileSchema.safeParse(file.data);
  if (!r.success) return { points: [], issues: zodIssues(file.file, r.error) };
  const issues: ContentIssue[] = [];
  const at = (field: string, message: string) => issues.push({ file: file.file, field, message });
  const seen = new Set<string>();
  r.data.points.forEach((p, i) => {
    if (seen.has(p.id)) at(`points.${i}.id`, `the point id "${p.id}" appears twice`);
    seen.add(p.id);
    p.questions.forEach((q, j) => questionIds.includes(q as QuestionId) || at(`points.${i}.questions.${j}`, `unknown question "${q}"`));
    p.lessons.forEach((l, j) => knowledge.lessons.some((x) => x.id === l) || at(`points.${i}.lessons.${j}`, `unknown lesson "${l}"`));
  });
  return { points: r.data.points, issues };
}
