/**
 * Model-based tests: xstate/graph walks the statechart itself, so every question state and every
 * branch is reached by a generated path, and each path is replayed on a real actor.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { loadSiteContent } from '../../content-io/site.ts';
import { allQuestions, effectiveAnswers, visibleOptions, visibleQuestions } from '../questionnaire/visibility.ts';
import { references } from '../conditions/condition.ts';
import { createWizardMachine, positionOf, type WizardEvent, type WizardSnapshot } from './machine.ts';
import type { Question } from '../questionnaire/schema.ts';

const { questionnaire } = loadSiteContent();
const machine = createWizardMachine(questionnaire);
const questions = allQuestions(questionnaire);

/** The questions (and values) that open or close a branch somewhere in the questionnaire. */
const branching = new Map<string, Set<string>>();
for (const q of questions) {
  const conds = [q.when, ...(q.options ?? []).map((o) => o.when)].filter((c) => c !== undefined);
  for (const c of conds) for (const r of references(c)) {
    const set = branching.get(r.question) ?? new Set<string>();
    r.values.forEach((v) => set.add(v));
    branching.set(r.question, set);
  }
}

/** One answer per question, except for branching questions, which try every value that matters. */
function submissions(q: Question, snapshot: WizardSnapshot): unknown[] {
  const eff = effectiveAnswers(questionnaire, snapshot.context.answers) as Record<string, string>;
  const offered = visibleOptions(q, eff).map((o) => o.id);
  const matters = branching.get(q.id);
  if (q.type === 'single') {
    if (!matters) return [offered[offered.length - 1]];
    const plain = offered.find((o) => !matters.has(o));
    return [...offered.filter((o) => matters.has(o)), ...(plain ? [plain] : [])];
  }
  if (q.type === 'multiple') {
    if (!matters) return [q.required ? [offered[0]] : []];
    return [[...matters], [offered.find((o) => !matters.has(o)) ?? offered[0]]];
  }
  // An optional text that opens a branch (a full name opens the short name) is tried answered and empty.
  if (matters && !q.required) return ['A name in any script: Bogotá – Мир', undefined];
  return [q.required ? 'A name in any script: Bogotá – Мир' : undefined];
}

function events(snapshot: WizardSnapshot): WizardEvent[] {
  const p = positionOf(questionnaire, snapshot);
  if (p.page === 'start') return [{ type: 'wizard.start' }];
  if (p.page === 'check') return [];
  return submissions(p.question, snapshot).map((value) => ({ type: 'answer.submit', question: p.question.id, value }));
}

/** States are told apart by position and by which questions apply: the branches taken so far. */
function serialize(snapshot: WizardSnapshot): string {
  const eff = effectiveAnswers(questionnaire, snapshot.context.answers);
  return JSON.stringify([snapshot.value, visibleQuestions(questionnaire, eff).map((q) => q.id).join(',')]);
}

const paths = getShortestPaths(machine, { events, serializeState: serialize });

describe('model-based paths through the questionnaire', () => {
  it('reach every question state and check-answers', () => {
    const reached = new Set(paths.map((p) => {
      const pos = positionOf(questionnaire, p.state);
      return pos.page === 'question' ? pos.question.id : pos.page;
    }));
    for (const q of questions) expect(reached, `question ${q.id} is never reached`).toContain(q.id);
    expect(reached).toContain('check');
  });

  it('take every branch both ways: each conditional question is reached on some path and skipped on another', () => {
    const visits = paths.filter((p) => positionOf(questionnaire, p.state).page === 'check');
    for (const q of questions.filter((x) => x.when)) {
      const asked = (p: (typeof visits)[number]) => p.steps.some((s) => {
        const pos = positionOf(questionnaire, s.state);
        return pos.page === 'question' && pos.question.id === q.id;
      });
      expect(visits.some(asked), `${q.id} is never asked`).toBe(true);
      expect(visits.some((p) => !asked(p)), `${q.id} is never skipped`).toBe(true);
    }
  });

  it('replay on a real actor, landing each step on the first question that applies', () => {
    for (const path of paths.filter((p) => positionOf(questionnaire, p.state).page === 'check').slice(0, 200)) {
      const actor = createActor(machine).start();
      for (const step of path.steps) {
        actor.send(step.event);
        expect(actor.getSnapshot().value).toEqual(step.state.value);
        const pos = positionOf(questionnaire, actor.getSnapshot());
        if (pos.page === 'question') {
          const applies = visibleQuestions(questionnaire, effectiveAnswers(questionnaire, actor.getSnapshot().context.answers));
          expect(applies).toContain(pos.question);
        }
      }
      const answers = actor.getSnapshot().context.answers;
      const asked = path.steps.map((s) => positionOf(questionnaire, s.state)).flatMap((p) => (p.page === 'question' ? [p.question.id] : []));
      expect(asked).toEqual(visibleQuestions(questionnaire, effectiveAnswers(questionnaire, answers)).map((q) => q.id));
      actor.stop();
    }
  });
});
