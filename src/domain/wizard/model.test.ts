/**
 * Model-based tests: xstate/graph walks the statechart itself, so every question state and every
 * branch is reached by a generated path, and each path is replayed on a real actor.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { loadSiteContent } from '../../content-io/site.ts';
import { allQuestions, effectiveAnswers, isVisible, visibleOptions, visibleQuestions } from '../questionnaire/visibility.ts';
import { pageOf, visiblePages } from '../questionnaire/pages.ts';
import { references } from '../conditions/condition.ts';
import { createWizardMachine, positionOf, restore, type WizardEvent, type WizardSnapshot } from './machine.ts';
import { readFixture } from '../../../tests/fixtures/read.ts';
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

/** The questions a state's page asks: its question and the companions the answers so far open. */
function onPage(snapshot: WizardSnapshot): Question[] {
  const p = positionOf(questionnaire, snapshot);
  if (p.page !== 'question') return [];
  const eff = effectiveAnswers(questionnaire, snapshot.context.answers) as Record<string, string>;
  return pageOf(questionnaire, p.question.id)!.questions.filter((q) => q === p.question || isVisible(q, eff));
}

/** Every combination of the page's submissions (a page holds at most a few questions). */
function events(snapshot: WizardSnapshot): WizardEvent[] {
  const p = positionOf(questionnaire, snapshot);
  if (p.page === 'start') return [{ type: 'wizard.start' }];
  if (p.page === 'check') return [];
  const [, ...companions] = onPage(snapshot);
  let combos: Record<string, unknown>[] = [{}];
  for (const c of companions) combos = combos.flatMap((o) => submissions(c, snapshot).map((v) => ({ ...o, [c.id]: v })));
  return submissions(p.question, snapshot).flatMap((value) =>
    combos.map((companions): WizardEvent => ({ type: 'answer.submit', question: p.question.id, value, ...(Object.keys(companions).length ? { companions } : {}) })),
  );
}

/** States are told apart by position and by which questions apply: the branches taken so far. */
function serialize(snapshot: WizardSnapshot): string {
  const eff = effectiveAnswers(questionnaire, snapshot.context.answers);
  return JSON.stringify([snapshot.value, visibleQuestions(questionnaire, eff).map((q) => q.id).join(',')]);
}

const paths = getShortestPaths(machine, { events, serializeState: serialize });

describe('model-based paths through the questionnaire', () => {
  it('reach every question (on its own page or with the question of its page) and check-answers', () => {
    const reached = new Set(paths.flatMap((p) => {
      const pos = positionOf(questionnaire, p.state);
      return pos.page === 'question' ? onPage(p.state).map((q) => q.id) : [pos.page];
    }));
    for (const q of questions) expect(reached, `question ${q.id} is never reached`).toContain(q.id);
    expect(reached).toContain('check');
  });

  it('take every branch both ways: each conditional question is reached on some path and skipped on another', () => {
    const visits = paths.filter((p) => positionOf(questionnaire, p.state).page === 'check');
    for (const q of questions.filter((x) => x.when)) {
      const asked = (p: (typeof visits)[number]) => p.steps.some((s) => onPage(s.state).includes(q));
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
          const applies = visiblePages(questionnaire, effectiveAnswers(questionnaire, actor.getSnapshot().context.answers));
          expect(applies).toContain(pos.question);
        }
      }
      const answers = actor.getSnapshot().context.answers;
      const asked = path.steps.map((s) => positionOf(questionnaire, s.state)).flatMap((p) => (p.page === 'question' ? [p.question.id] : []));
      expect(asked).toEqual(visiblePages(questionnaire, effectiveAnswers(questionnaire, answers)).map((q) => q.id));
      // Every question that applies was asked on some page: a companion with the question of its page.
      expect(path.steps.flatMap((s) => onPage(s.state)).map((q) => q.id)).toEqual(expect.arrayContaining(visibleQuestions(questionnaire, effectiveAnswers(questionnaire, answers)).map((q) => q.id)));
      actor.stop();
    }
  });
});

/**
 * The user's other moves: Back, Change (including a change that opens an optional question), an answer
 * the machine must refuse, loading answers and clearing them. The walk starts from check-answers with a
 * whole set of answers, so Change is reachable at once; Clear then reaches the start and the questionnaire
 * from scratch. Every move from every state reached is checked against the rule it must keep. Every walk
 * is bounded: a traversal that exceeds its limit throws instead of running on.
 */
describe('model-based paths with Back, Change, refused answers, load and clear', () => {
  const loaded = readFixture('state-preparing-talks').answers;
  /** An answer the question refuses: nothing for a required one, an option it does not offer otherwise. */
  const refused = (q: Question): WizardEvent => ({ type: 'answer.submit', question: q.id, value: q.type === 'longtext' || q.type === 'text' ? 'x'.repeat(5001) : q.type === 'multiple' ? ['no-such-option'] : 'no-such-option' });
  function moves(snapshot: WizardSnapshot): WizardEvent[] {
    const p = positionOf(questionnaire, snapshot);
    if (p.page === 'start') return [{ type: 'wizard.start' }, { type: 'answers.load', answers: loaded }];
    if (p.page === 'check') {
      const eff = effectiveAnswers(questionnaire, snapshot.context.answers);
      return [
        ...visibleQuestions(questionnaire, eff).map((q): WizardEvent => ({ type: 'nav.change', question: q.id })),
        { type: 'nav.back' },
        { type: 'answers.clear' },
      ];
    }
    return [...events(snapshot), refused(p.question), { type: 'nav.back' }, { type: 'answers.clear' }];
  }
  const fromState = restore(machine, questionnaire, loaded, 'check');
  // Told apart by page and change alone (the branches are the first walk's business): some 180 states,
  // each with every move checked, where telling branches apart too took minutes.
  const key = (s: WizardSnapshot) => JSON.stringify([s.value, s.context.changing]);
  const walk = getShortestPaths(machine, { events: moves, serializeState: key, fromState, limit: 20_000 });
  const isRefused = (e: WizardEvent) =>
    e.type === 'answer.submit' && (e.value === 'no-such-option' || (Array.isArray(e.value) && e.value[0] === 'no-such-option') || (typeof e.value === 'string' && e.value.length > 5000));
  const step = (s: WizardSnapshot, e: WizardEvent) => {
    const actor = createActor(machine, { snapshot: s }).start();
    actor.send(e);
    const after = actor.getSnapshot();
    actor.stop();
    return after;
  };
  const where = (s: WizardSnapshot) => {
    const p = positionOf(questionnaire, s);
    return p.page === 'question' ? p.question.id : p.page;
  };

  // Reaching every branch is the first walk's business; this one reaches every change and the start.
  it('change every answer the loaded set holds, and reach the start', () => {
    const reached = new Set(walk.map((p) => `${where(p.state)}${p.state.context.changing ? ' (changing)' : ''}`));
    for (const q of visiblePages(questionnaire, effectiveAnswers(questionnaire, loaded)))
      expect(reached, `${q.id} is never changed from check-answers`).toContain(`${q.id} (changing)`);
    expect(reached).toContain('start');
  });

  it('keep every rule on every move from every state reached', { timeout: 60_000 }, () => {
    let checked = 0;
    for (const { state: s } of walk) {
      const before = where(s);
      const eff = effectiveAnswers(questionnaire, s.context.answers);
      const applies = visiblePages(questionnaire, eff).map((q) => q.id);
      for (const e of moves(s)) {
        const after = step(s, e);
        const now = where(after);
        checked++;
        if (e.type === 'answer.submit' && isRefused(e)) {
          // A refused answer changes nothing: the page, the answers and the change under way stay.
          expect(now, `${before}: a refused answer moved on`).toBe(before);
          expect(after.context).toEqual(s.context);
        } else if (e.type === 'nav.back') {
          expect(after.context.answers, `${before}: Back lost an answer`).toEqual(s.context.answers);
          if (before === 'check' || !s.context.changing) {
            // Back lands on the last question before this one that applies (or the start).
            const i = before === 'check' ? applies.length : applies.indexOf(before);
            expect(now, `Back from ${before}`).toBe(i > 0 ? applies[i - 1] : 'start');
          } else expect(now, `Back during a change of ${before}`).toBe('check');
        } else if (e.type === 'nav.change') {
          // A companion's Change link opens its page.
          expect(now).toBe(pageOf(questionnaire, e.question)!.leader.id);
          expect(after.context.changing).toBe(true);
        } else if (e.type === 'answers.clear') {
          expect(now).toBe('start');
          expect(after.context).toEqual({ answers: {}, changing: false, path: 'full', short: [] });
        } else if (e.type === 'answers.load') {
          expect(now).toBe('check');
          expect(after.context.answers).toEqual(loaded);
        } else if (e.type === 'answer.submit' && s.context.changing && now !== 'check') {
          // A change returns to check-answers unless a page now needs an answer: a required question on
          // it left empty, or one this very answer has just opened.
          const wasOpen = visibleQuestions(questionnaire, eff);
          const needs = onPage(after).some((q) => !wasOpen.includes(q) || (q.required && !(q.id in after.context.answers)));
          expect(needs, `${before} → ${now} during a change`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(walk.length);
  });

  it('include a change that opens an optional question, which is asked before returning to check-answers', () => {
    const opensOptional = walk.some(({ state: s }) => {
      if (!s.context.changing) return false;
      const applies = visiblePages(questionnaire, effectiveAnswers(questionnaire, s.context.answers)).map((q) => q.id);
      return events(s).some((e) => {
        const now = where(step(s, e));
        const q = questions.find((x) => x.id === now);
        return q !== undefined && !q.required && !applies.includes(now);
      });
    });
    expect(opensOptional).toBe(true);
  });
});
