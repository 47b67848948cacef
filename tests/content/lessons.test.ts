/**
 * Lessons that fit the party type and phase (issue 9, item 3, content side): a lesson annotates a clause
 * only when they share a question and `relevantLessons` returns it, so its `when` and its `questions`
 * decide where it may appear. These tests hold both over every fixture and a generated set of answers.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content-io/site.ts';
import type { Answers } from '../../src/domain/answers/schema.ts';
import { evaluate, type AnswerLookup } from '../../src/domain/conditions/condition.ts';
import { effectiveAnswers, visibleQuestions } from '../../src/domain/questionnaire/visibility.ts';
import { relevantLessons } from '../../src/domain/rules/findings.ts';
import { lessonCards } from '../../src/domain/wizard/view.ts';
import { fixtureNames, readFixture } from '../fixtures/read.ts';
import { generatedAnswers } from './generate.ts';

const { knowledge, questionnaire } = loadSiteContent(process.cwd());

const answersOf = (name: string, change: Record<string, string | string[]> = {}): AnswerLookup =>
  effectiveAnswers(questionnaire, { ...readFixture(name).answers, ...change } as Answers) as AnswerLookup;
const relevant = (a: AnswerLookup) => relevantLessons(a, knowledge.lessons).map((f) => f.lesson.id);

/** Lessons drawn from armed groups' offices, which do not annotate a government's draft. */
const armedGroupLessons = ['office-as-address', 'agreed-use-of-office', 'revival-and-continuity', 'symbols-and-parity', 'narrow-circle-legitimacy', 'donor-hesitation', 'entry-point-for-skills'];
const nepalMinistryLessons = ['becoming-a-ministry', 'ministry-memory-risk'];

/** The pairs a drafter found, by hand: a lesson beside a clause it does not bear on. */
const forbidden: { name: string; base: string; change: Record<string, string | string[]>; never: string[]; yetWith?: Record<string, string | string[]> }[] = [
  { name: 'an office-abroad lesson with an office in the capital', base: 'armed-group-pre-formal', change: { location: 'capital' }, never: ['agreed-use-of-office'], yetWith: { location: 'abroad-host-state' } },
  { name: "Nepal's ministry lessons with a secretariat that shall close", base: 'state-preparing-talks', change: { transformation: 'close' }, never: nepalMinistryLessons, yetWith: { transformation: 'ministry' } },
  { name: 'Taliban and armed-group lessons with a government', base: 'state-preparing-talks', change: {}, never: armedGroupLessons },
  { name: 'Taliban and armed-group lessons with a government, even abroad with a first address answered', base: 'careful-state-implementation', change: { location: 'abroad-host-state', 'host-terms': 'none-yet' }, never: armedGroupLessons },
  {
    name: 'an implementation lesson with a 12-month sunset before talks',
    base: 'state-leader-office-donor',
    change: { phase: 'pre-formal', sunset: 'fixed-date', 'sunset-date': '12 months after its establishment' },
    never: ['implementation-needs-adjustment'],
    yetWith: { sunset: 'after-implementation' },
  },
];

describe('lessons fit the party type and phase', () => {
  for (const f of forbidden) {
    it(`never shows ${f.name}`, () => {
      const a = answersOf(f.base, f.change);
      for (const id of f.never) expect(relevant(a), id).not.toContain(id);
      // The same lessons do appear where they fit, so the rule is not simply that they never appear.
      if (f.yetWith) expect(relevant(answersOf(f.base, { ...f.change, ...f.yetWith })), `${f.never.join(', ')} where they fit`).toEqual(expect.arrayContaining(f.never));
    });
  }

  const sets = (): { name: string; a: AnswerLookup }[] => [
    ...fixtureNames().map((n) => ({ name: n, a: answersOf(n) })),
    ...generatedAnswers(questionnaire, 400, 17).map((x, i) => ({ name: `generated #${i}`, a: effectiveAnswers(questionnaire, x as Answers) as AnswerLookup })),
  ];

  it('over every fixture and generated answers, a relevant lesson fits by its `when` and bears on a question that was asked', () => {
    for (const { name, a } of sets()) {
      const visible = new Set(visibleQuestions(questionnaire, a).map((q) => q.id));
      for (const f of relevantLessons(a, knowledge.lessons)) {
        if (f.lesson.when) expect(evaluate(f.lesson.when, a), `${name}: ${f.lesson.id}`).toBe(true);
        expect(f.firedBy.length, `${name}: ${f.lesson.id} shares no question`).toBeGreaterThan(0);
        for (const q of f.firedBy) expect(visible.has(q.question), `${name}: ${f.lesson.id} through "${q.question}", not asked`).toBe(true);
      }
    }
  });

  it('over every fixture and generated answers, none of the forbidden pairs occurs', () => {
    for (const { name, a } of sets()) {
      const ids = relevant(a);
      const has = (list: string[]) => list.filter((x) => ids.includes(x));
      if (a['party-type'] === 'state') expect(has(armedGroupLessons), `${name}: armed-group lessons for a government`).toEqual([]);
      if (a.location && a.location !== 'abroad-host-state') expect(has(['agreed-use-of-office']), `${name}: office abroad, location ${a.location}`).toEqual([]);
      if (a.transformation === 'close') expect(has(nepalMinistryLessons), `${name}: ministry lessons for a closing secretariat`).toEqual([]);
      const implementation = a.phase === 'implementation' || a.transformation === 'implementation-body' || (Array.isArray(a.tasks) && a.tasks.includes('implementation-monitoring'));
      if (!implementation && (a.sunset === 'fixed-date' || a.sunset === 'on-agreement')) expect(has(['implementation-needs-adjustment']), `${name}: implementation lesson, sunset ${a.sunset}`).toEqual([]);
    }
  });

  it('every lesson with a condition is relevant to some answers, through each of its questions', () => {
    const all = sets();
    for (const l of knowledge.lessons) {
      for (const q of l.questions) {
        const reached = all.some(({ a }) => relevantLessons(a, [l]).some((f) => f.firedBy.some((x) => x.question === q)));
        expect(reached, `${l.id} never annotates "${q}"`).toBe(true);
      }
    }
  });

  it('every lesson is shown on the page of each of its questions for some answers given before it (its `when` does not hide it there)', () => {
    const order = questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id));
    const generated = generatedAnswers(questionnaire, 300, 23);
    for (const l of knowledge.lessons) {
      for (const q of l.questions) {
        const before = order.slice(0, order.indexOf(q));
        const shown = generated.some((g) => {
          const prefix = Object.fromEntries(Object.entries(g).filter(([k]) => before.includes(k)));
          const a = effectiveAnswers(questionnaire, prefix as Answers) as AnswerLookup;
          return visibleQuestions(questionnaire, a).some((x) => x.id === q) && lessonCards({ lessons: knowledge.lessons, risks: [], cases: [] }, q, a).some((c) => c.lesson.id === l.id);
        });
        expect(shown, `${l.id} is never shown on the "${q}" page`).toBe(true);
      }
    }
  });

  it('marks lessons whose sources differ from the article, naming the correction', () => {
    const corrections = new Set(knowledge.cases.flatMap((c) => c.facts.flatMap((f) => (f.correction ? [f.correction.kb] : []))));
    const differing = knowledge.lessons.filter((l) => l.differs);
    expect(differing.map((l) => l.id)).toEqual(expect.arrayContaining(['written-founding-text', 'secretariat-signals-resolve']));
    for (const l of differing) expect(corrections, l.id).toContain(l.differs!.kb);
  });
});
