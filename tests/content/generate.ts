/**
 * Answers as a user could give them: each question in order, answered only if it applies to the answers
 * so far, with options that are offered then; optional questions sometimes left out. Seeded, so a
 * failure names the same set every run.
 */
import type { AnswerLookup } from '../../src/domain/conditions/condition.ts';
import type { Questionnaire } from '../../src/domain/questionnaire/schema.ts';
import { allQuestions, isVisible, visibleOptions } from '../../src/domain/questionnaire/visibility.ts';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatedAnswers(q: Questionnaire, count: number, seed = 9): Record<string, string | string[]>[] {
  const rnd = random(seed);
  const out: Record<string, string | string[]>[] = [];
  for (let n = 0; n < count; n++) {
    const a: Record<string, string | string[]> = {};
    for (const question of allQuestions(q)) {
      if (!isVisible(question, a as AnswerLookup)) continue;
      if (!question.required && rnd() < 0.3) continue;
      const options = visibleOptions(question, a as AnswerLookup).map((o) => o.id);
      if (question.type === 'single') a[question.id] = options[Math.floor(rnd() * options.length)]!;
      else if (question.type === 'multiple') {
        const picked = options.filter(() => rnd() < 0.4);
        if (picked.length || !question.required) a[question.id] = picked.length ? picked : [];
        if (!picked.length && question.required) a[question.id] = [options[0]!];
      } else a[question.id] = `Answer to ${question.id}`;
    }
    out.push(a);
  }
  return out;
}
