import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadSiteContent } from '../../content-io/site.ts';
import { readFixture } from '../../../tests/fixtures/read.ts';
import { allQuestions, effectiveAnswers, visibleQuestions } from '../questionnaire/visibility.ts';
import { visiblePages, pageOf } from '../questionnaire/pages.ts';
import { createWizardMachine, firstQuestionView, pageErrors, positionOf, restore, submissionError, type WizardEvent } from './machine.ts';
import type { Answers } from '../answers/schema.ts';

const { questionnaire } = loadSiteContent();
const machine = createWizardMachine(questionnaire);
const questions = allQuestions(questionnaire);

function at(actor: ReturnType<typeof start>) {
  const p = positionOf(questionnaire, actor.getSnapshot());
  return p.page === 'question' ? p.question.id : p.page;
}
function start() {
  const actor = createActor(machine).start();
  actor.send({ type: 'wizard.start' });
  return actor;
}
/** The submit of a page with the fixture's answers: its question's, and its companions'. */
function submitPage(id: string, answers: Answers): WizardEvent {
  const a = answers as Record<string, unknown>;
  const companions = Object.fromEntries(pageOf(questionnaire, id)!.questions.slice(1).map((q) => [q.id, a[q.id]]));
  return { type: 'answer.submit', question: id, value: a[id], companions };
}
/** Answers every page the machine shows with the fixture's answers (or skips optional ones). */
function answerAll(actor: ReturnType<typeof start>, answers: Answers) {
  const seen: string[] = [];
  for (let i = 0; i < 200 && at(actor) !== 'check'; i++) {
    const id = at(actor);
    seen.push(id);
    actor.send(submitPage(id, answers));
  }
  return seen;
}
const pagesOf = (answers: Answers) => visiblePages(questionnaire, effectiveAnswers(questionnaire, answers)).map((q) => q.id);

/** The effective answers a whole journey records, page by page. */
function actor0(answers: Answers) {
  const actor = start();
  answerAll(actor, answers);
  return effectiveAnswers(questionnaire, actor.getSnapshot().context.answers);
}

describe('the wizard statechart', () => {
  it('starts at the first question of the first section', () => {
    expect(at(start())).toBe(questions[0]!.id);
  });

  it('draws the first question, before the machine is built, exactly as the machine reaches it', () => {
    const s = start().getSnapshot();
    expect(firstQuestionView(questionnaire)).toEqual({ value: s.value, context: s.context });
  });

  it('asks exactly the questions that apply to a state preparing talks, in order', () => {
    const { answers } = readFixture('state-preparing-talks');
    const seen = answerAll(start(), answers);
    expect(seen).toEqual(pagesOf(answers));
    expect(actor0(answers)).toEqual(effectiveAnswers(questionnaire, answers));
    expect(seen).toContain('leadership-change');
    expect(seen).not.toContain('first-address');
    expect(seen).not.toContain('back-channels');
  });

  it('asks an armed group about its first address, safe passage, host state and symbols', () => {
    const { answers } = readFixture('armed-group-pre-formal');
    const seen = answerAll(start(), answers);
    // Safe passage and the host's terms are asked on the pages of first address and host state.
    expect(seen).toEqual(expect.arrayContaining(['first-address', 'host-state', 'symbols']));
    expect(seen).not.toContain('host-terms');
    expect(seen).not.toContain('leadership-change');
  });

  it('stays on a required question when the answer is missing', () => {
    const actor = start();
    const first = at(actor);
    actor.send({ type: 'answer.submit', question: first, value: undefined });
    expect(at(actor)).toBe(first);
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it("refuses exactly the answers whose error the page shows: one check for both", () => {
    const role = questions[0]!;
    for (const [value, code] of [[undefined, 'required'], ['no-such-role', 'unknown-option'], ['mediator', null]] as const) {
      const actor = start();
      actor.send({ type: 'answer.submit', question: role.id, value });
      expect(submissionError(questionnaire, {}, role, value)?.code ?? null).toBe(code);
      expect(at(actor) === role.id, `${String(value)}`).toBe(code !== null);
    }
  });

  it('refuses an option the question does not offer', () => {
    const actor = start();
    actor.send({ type: 'answer.submit', question: 'user-role', value: 'spy' });
    expect(at(actor)).toBe('user-role');
  });

  it('refuses free text over 5,000 characters and accepts 5,000 in any script', () => {
    const actor = start();
    const to = (id: string) => {
      const { answers } = readFixture('state-preparing-talks');
      // Bounded: a machine that never reaches the question fails here instead of looping for ever.
      for (let i = 0; i < 200 && at(actor) !== id; i++) actor.send(submitPage(at(actor), answers));
      expect(at(actor), `never reached ${id}`).toBe(id);
    };
    to('purpose');
    actor.send({ type: 'answer.submit', question: 'purpose', value: 'ب'.repeat(5001) });
    expect(at(actor)).toBe('purpose');
    const text = 'မြန်မာ தமிழ் देवनागरी Мир <b>bold</b> '.repeat(200).slice(0, 5000);
    actor.send({ type: 'answer.submit', question: 'purpose', value: text });
    expect(at(actor)).not.toBe('purpose');
    expect(actor.getSnapshot().context.answers.purpose).toBe(text);
  });

  it('goes back to the previous question that applies without losing any answer', () => {
    const { answers } = readFixture('armed-group-pre-formal');
    const actor = start();
    answerAll(actor, answers);
    const before = actor.getSnapshot().context.answers;
    const path: string[] = [];
    for (let i = 0; i < 200 && at(actor) !== 'start'; i++) {
      actor.send({ type: 'nav.back' });
      path.push(at(actor));
    }
    expect(path.at(-1)).toBe('start');
    expect(path.slice(0, -1).reverse()).toEqual(pagesOf(answers));
    expect(actor.getSnapshot().context.answers).toEqual(before);
  });

  it('returns to check-answers after a change from check-answers', () => {
    const { answers } = readFixture('state-preparing-talks');
    const actor = start();
    answerAll(actor, answers);
    actor.send({ type: 'nav.change', question: 'visibility' });
    expect(at(actor)).toBe('visibility');
    actor.send({ type: 'answer.submit', question: 'visibility', value: 'low-profile' });
    expect(at(actor)).toBe('check');
    expect(actor.getSnapshot().context.answers.visibility).toBe('low-profile');
  });

  it('asks the questions a changed answer opens before returning to check-answers', () => {
    const { answers } = readFixture('state-preparing-talks');
    const actor = start();
    answerAll(actor, answers);
    actor.send({ type: 'nav.change', question: 'phase' });
    actor.send({ type: 'answer.submit', question: 'phase', value: 'stalled' });
    expect(at(actor)).toBe('back-channels');
    actor.send({ type: 'answer.submit', question: 'back-channels', value: 'secretariat-informed' });
    expect(at(actor)).toBe('check');
  });

  it('keeps a hidden branch answer but leaves it out of the effective answers', () => {
    const { answers } = readFixture('armed-group-pre-formal');
    const actor = start();
    answerAll(actor, answers);
    actor.send({ type: 'nav.change', question: 'party-type' });
    actor.send({ type: 'answer.submit', question: 'party-type', value: 'state' });
    const ctx = actor.getSnapshot().context.answers;
    expect(ctx['first-address']).toBe('first-address');
    expect(effectiveAnswers(questionnaire, ctx)['first-address']).toBeUndefined();
  });

  it('returns to check-answers when Back is pressed during a change', () => {
    const { answers } = readFixture('state-preparing-talks');
    const actor = start();
    answerAll(actor, answers);
    actor.send({ type: 'nav.change', question: 'tasks' });
    actor.send({ type: 'nav.back' });
    expect(at(actor)).toBe('check');
  });

  it('ignores a Change link to a question that does not apply', () => {
    const { answers } = readFixture('state-preparing-talks');
    const actor = start();
    answerAll(actor, answers);
    actor.send({ type: 'nav.change', question: 'first-address' });
    expect(at(actor)).toBe('check');
  });

  it('loads answers from a file into check-answers, and clearing them restarts', () => {
    const actor = start();
    const { answers } = readFixture('armed-group-pre-formal');
    actor.send({ type: 'answers.load', answers });
    expect(at(actor)).toBe('check');
    expect(actor.getSnapshot().context.answers).toEqual(answers);
    actor.send({ type: 'answers.clear' });
    expect(at(actor)).toBe('start');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('restores a saved position, and falls back to check-answers when it no longer applies', () => {
    const { answers } = readFixture('state-preparing-talks');
    const resumed = createActor(machine, { snapshot: restore(machine, questionnaire, answers, 'staff-size') }).start();
    expect(at(resumed)).toBe('staff-size');
    resumed.send({ type: 'nav.back' });
    // A state is asked which other bodies the office works beside, just before the staffing questions.
    expect(at(resumed)).toBe('other-bodies');
    const hidden = createActor(machine, { snapshot: restore(machine, questionnaire, answers, 'first-address') }).start();
    expect(at(hidden)).toBe('check');
    const empty = createActor(machine, { snapshot: restore(machine, questionnaire, {}, undefined) }).start();
    expect(at(empty)).toBe('start');
  });
});

describe('a page that holds more than one question', () => {
  const { answers } = readFixture('armed-group-pre-formal');
  /** Stops on the page of host state and host terms (an armed group's office abroad). */
  function onHostPage() {
    const actor = start();
    for (let i = 0; i < 200 && at(actor) !== 'host-state'; i++) actor.send(submitPage(at(actor), answers));
    expect(at(actor)).toBe('host-state');
    return actor;
  }

  it('is declared in content: the host state is asked with its terms, which are never a page of their own', () => {
    expect(pageOf(questionnaire, 'host-terms')!.leader.id).toBe('host-state');
    expect(pagesOf(answers)).toContain('host-state');
    expect(pagesOf(answers)).not.toContain('host-terms');
    expect(visibleQuestions(questionnaire, effectiveAnswers(questionnaire, answers)).map((q) => q.id)).toContain('host-terms');
  });

  it('records the answers to both questions of the page in one submit, and moves past both', () => {
    const actor = onHostPage();
    actor.send({ type: 'answer.submit', question: 'host-state', value: 'Qatar', companions: { 'host-terms': 'written-peace-talks-only' } });
    expect(at(actor)).toBe('symbols');
    expect(actor.getSnapshot().context.answers).toMatchObject({ 'host-state': 'Qatar', 'host-terms': 'written-peace-talks-only' });
  });

  it('refuses the whole page when one of its answers is refused, recording neither, and names each error', () => {
    const actor = onHostPage();
    const before = actor.getSnapshot().context;
    actor.send({ type: 'answer.submit', question: 'host-state', value: 'Qatar', companions: { 'host-terms': undefined } });
    expect(at(actor)).toBe('host-state');
    expect(actor.getSnapshot().context).toEqual(before);
    const both = pageErrors(questionnaire, before.answers, 'host-state', 'x'.repeat(5001), { 'host-terms': 'no-such-term' });
    expect(both.map((e) => [e.question.id, e.error.code])).toEqual([['host-state', 'too-long'], ['host-terms', 'unknown-option']]);
    actor.send({ type: 'answer.submit', question: 'host-state', value: 'x'.repeat(5001), companions: { 'host-terms': 'no-such-term' } });
    expect(at(actor)).toBe('host-state');
  });

  it('records nothing for a question that is not on the page', () => {
    const actor = onHostPage();
    actor.send({ type: 'answer.submit', question: 'host-state', value: 'Qatar', companions: { 'host-terms': 'written-peace-talks-only', symbols: 'x' } });
    expect(at(actor)).toBe('symbols');
    expect(actor.getSnapshot().context.answers.symbols).toBeUndefined();
  });

  it('lands Back from the next page on the page, not on its companion', () => {
    const actor = onHostPage();
    actor.send(submitPage('host-state', answers));
    expect(at(actor)).toBe('symbols');
    actor.send({ type: 'nav.back' });
    expect(at(actor)).toBe('host-state');
  });

  it("opens a companion's page from its Change link, and returns to check-answers after the page", () => {
    const actor = start();
    answerAll(actor, answers);
    actor.send({ type: 'nav.change', question: 'host-terms' });
    expect(at(actor)).toBe('host-state');
    expect(actor.getSnapshot().context.changing).toBe(true);
    actor.send({ type: 'answer.submit', question: 'host-state', value: 'Norway', companions: { 'host-terms': 'informal-understanding' } });
    expect(at(actor)).toBe('check');
    expect(actor.getSnapshot().context.answers).toMatchObject({ 'host-state': 'Norway', 'host-terms': 'informal-understanding' });
  });

  it('restores a position saved on a companion to its page', () => {
    const resumed = createActor(machine, { snapshot: restore(machine, questionnaire, answers, 'host-terms') }).start();
    expect(at(resumed)).toBe('host-state');
  });
});

describe("a workshop's short path through the statechart", () => {
  const { shortPaths, scenarios } = loadSiteContent();
  const doha = scenarios.find((s) => s.id === 'taliban-doha-2013')!;
  const short = shortPaths[doha.id]!;
  const { answers } = readFixture('scenario-taliban-doha-2013');
  /** The scenario started on the short path, as "Start the short path" saves it: its context, at the first question. */
  const started = () => createActor(machine, { snapshot: restore(machine, questionnaire, doha.context as Answers, questions[0]!.id, false, { path: 'short', short }) }).start();
  /** The pages that apply: a page is on the short path when any question on it is. */
  const applies = pagesOf(answers);
  const onShort = (id: string) => pageOf(questionnaire, id)!.questions.some((q) => short.includes(q.id));

  it('asks only the short path\'s questions that apply, in order, and skips every other', () => {
    const seen = answerAll(started(), answers);
    expect(seen).toEqual(applies.filter(onShort));
    expect(seen).toEqual(expect.arrayContaining(['host-state', 'symbols', 'first-address']));
    for (const id of ['secretariat-name', 'purpose', 'safe-passage', 'visibility', 'staff-size', 'sunset']) expect(seen, id).not.toContain(id);
  });

  it('goes back only through the short path\'s pages', () => {
    const actor = started();
    answerAll(actor, answers);
    const back: string[] = [];
    for (let i = 0; i < 100 && at(actor) !== 'start'; i++) {
      actor.send({ type: 'nav.back' });
      back.push(at(actor));
    }
    expect(back.slice(0, -1).reverse()).toEqual(applies.filter(onShort));
  });

  it('continues on the short path after a reload, from the saved position', () => {
    const actor = started();
    for (let i = 0; i < 100 && at(actor) !== 'location'; i++) actor.send({ type: 'answer.submit', question: at(actor), value: (answers as Record<string, unknown>)[at(actor)] });
    const s = actor.getSnapshot();
    const reloaded = createActor(machine, { snapshot: restore(machine, questionnaire, s.context.answers, 'location', false, s.context) }).start();
    reloaded.send({ type: 'answer.submit', question: 'location', value: 'abroad-host-state' });
    // The terms with the host are on the short path, so their page stops, asking the host's name beside them.
    expect(at(reloaded)).toBe('host-state');
    expect(pageOf(questionnaire, 'host-state')!.questions.map((q) => q.id)).toContain('host-terms');
    expect(reloaded.getSnapshot().context.path).toBe('short');
  });

  it('then answers the remaining questions: from the first unanswered one that applies, each once, back to check-answers on the full path', () => {
    const actor = started();
    const first = answerAll(actor, answers);
    const kept = actor.getSnapshot().context.answers;
    actor.send({ type: 'path.rest' });
    expect(at(actor)).toBe('secretariat-name');
    expect(actor.getSnapshot().context.path).toBe('rest');
    const rest = answerAll(actor, answers);
    // Every page off the short path (a page it asked was asked whole, an empty optional answer included).
    expect(rest).toEqual(applies.filter((id) => !onShort(id)));
    expect([...first, ...rest].sort()).toEqual([...applies].sort());
    expect(kept['handover' as keyof typeof kept], 'an optional answer left empty on a short page').toEqual([]);
    expect(actor.getSnapshot().context.path).toBe('full');
    expect(actor.getSnapshot().context.answers).toMatchObject(kept);
    // On the full path there is no rest to offer.
    actor.send({ type: 'path.rest' });
    expect(at(actor)).toBe('check');
  });

  it('is cleared by Start again (answers cleared): the walk is the full one again', () => {
    const actor = started();
    actor.send({ type: 'answers.clear' });
    expect(actor.getSnapshot().context).toMatchObject({ path: 'full', short: [] });
    actor.send({ type: 'wizard.start' });
    expect(answerAll(actor, answers)).toEqual(applies);
  });
});

