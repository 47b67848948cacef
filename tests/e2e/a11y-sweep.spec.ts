/**
 * axe over every page and every questionnaire state the model-based paths reach: the states come from
 * the statechart itself (xstate/graph), and each is opened in the browser by resuming saved answers.
 */
import { getShortestPaths } from 'xstate/graph';
import { loadSiteContent } from '../../src/content-io/site.ts';
import { createWizardMachine, positionOf, type WizardEvent, type WizardSnapshot } from '../../src/domain/wizard/machine.ts';
import { effectiveAnswers, isVisible, visibleOptions, visibleQuestions } from '../../src/domain/questionnaire/visibility.ts';
import { pageOf } from '../../src/domain/questionnaire/pages.ts';
import type { Question } from '../../src/domain/questionnaire/schema.ts';
import { references } from '../../src/domain/conditions/condition.ts';
import { test, expect, expectNoAxeViolations, readFixture } from './helpers.ts';

const { questionnaire } = loadSiteContent();
const machine = createWizardMachine(questionnaire);
/** Questions whose answer decides whether another question, or one of its options, is asked. */
const opensBranch = new Set(questionnaire.sections.flatMap((x) => x.questions).flatMap((q) => [q.when, ...(q.options ?? []).map((o) => o.when)]).flatMap((c) => (c ? references(c).map((r) => r.question) : [])));
/** The values tried for a question: every option of a single choice, all of a multiple one. */
const values = (q: Question, s: WizardSnapshot): unknown[] => {
  const opts = visibleOptions(q, effectiveAnswers(questionnaire, s.context.answers) as Record<string, string>).map((o) => o.id);
  if (q.type === 'single') return opts;
  if (q.type === 'multiple') return [opts];
  // An optional text that opens a branch (a full name opens the short name) is tried answered and empty.
  if (!q.required && opensBranch.has(q.id)) return [undefined, 'Name – Мир'];
  return [q.required ? 'Name – Мир' : undefined];
};
const events = (s: WizardSnapshot): WizardEvent[] => {
  const p = positionOf(questionnaire, s);
  if (p.page === 'start') return [{ type: 'wizard.start' }];
  if (p.page !== 'question') return [];
  const q = p.question;
  // A page's other questions get one answer each (none of them opens a branch on its own page).
  const eff = effectiveAnswers(questionnaire, s.context.answers) as Record<string, string>;
  const companions = Object.fromEntries(pageOf(questionnaire, q.id)!.questions.slice(1).filter((c) => isVisible(c, eff)).map((c) => [c.id, values(c, s)[0]]));
  return values(q, s).map((value) => ({ type: 'answer.submit', question: q.id, value, companions }));
};
const shown = (s: WizardSnapshot) => {
  const p = positionOf(questionnaire, s);
  if (p.page !== 'question') return p.page;
  return `${p.question.id}:${visibleOptions(p.question, effectiveAnswers(questionnaire, s.context.answers) as Record<string, string>).map((o) => o.id).join(',')}`;
};
// The walk tells states apart by the branches taken (the questions that apply), so every branch is
// reached; the sweep then keeps one state per question and set of options shown: what differs on screen.
const seen = new Map<string, WizardSnapshot>();
const branches = (s: WizardSnapshot) => visibleQuestions(questionnaire, effectiveAnswers(questionnaire, s.context.answers)).map((q) => q.id).join(',');
for (const path of getShortestPaths(machine, { events, serializeState: (s) => `${shown(s)}|${branches(s)}` })) {
  const p = positionOf(questionnaire, path.state);
  if (p.page === 'question') seen.set(`${p.question.id}:${visibleOptions(p.question, effectiveAnswers(questionnaire, path.state.context.answers) as Record<string, string>).map((o) => o.id).join(',')}`, path.state);
}

test('the sweep covers every question of the questionnaire', () => {
  // A page's other questions are swept with it.
  const asked = new Set([...seen.keys()].flatMap((k) => pageOf(questionnaire, k.split(':')[0]!)!.questions.map((q) => q.id)));
  for (const q of questionnaire.sections.flatMap((x) => x.questions)) expect(asked, q.id).toContain(q.id);
});

// One test per mandate area, so the sweep runs in parallel across workers.
for (const section of questionnaire.sections) {
  test(`axe finds no violation in any state of the ${section.title} questions`, async ({ page }) => {
    test.setTimeout(180_000);
    const ids = new Set(section.questions.map((q) => q.id));
    await page.goto('/questionnaire/');
    for (const [key, snapshot] of seen) {
      const at = key.split(':')[0]!;
      if (!ids.has(at)) continue;
      const file = { format: 'peace-secretariat-mandate-answers', schemaVersion: 2, at, answers: snapshot.context.answers };
      // With nothing answered yet there is nothing to resume: the first question opens directly.
      const empty = Object.keys(snapshot.context.answers).length === 0;
      await page.evaluate((f) => (f ? localStorage.setItem('psmd.answers', JSON.stringify(f)) : localStorage.clear()), empty ? null : file);
      await page.reload();
      if (!empty) await page.getByRole('button', { name: 'Continue where you left off' }).click();
      await expect(page.locator(`main form [name="${at}"]`).first()).toBeAttached();
      await expectNoAxeViolations(page, `the question ${key}`);
    }
  });
}

test('axe finds no violation on any other page', async ({ page }) => {
  for (const path of ['/', '/map/', '/cases/', '/draft/', '/no-such-page/', '/workshops/', '/workshops/nepal-2004/', '/workshops/nepal-2004/card/', '/workshops/nepal-2004/compare/']) {
    await page.goto(path);
    await expectNoAxeViolations(page, path);
  }
  await page.goto('/draft/');
  await page.evaluate((f) => localStorage.setItem('psmd.answers', JSON.stringify(f)), { ...readFixture('unarmed-party-stalled'), at: 'check' });
  await page.reload();
  await expect(page.locator('.mandate:not([aria-busy])')).toBeVisible();
  await expectNoAxeViolations(page, 'the draft of unarmed-party-stalled');
});
