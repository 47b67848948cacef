import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { loadSiteContent } from '../../content-io/site.ts';
import { readFixture } from '../../../tests/fixtures/read.ts';
import type { AnswersFile } from '../answers/file.ts';
import { allQuestions, effectiveAnswers, visibleQuestions } from '../questionnaire/visibility.ts';
import { createWizardMachine, firstQuestionView } from './machine.ts';
import { bootSession, openedSession } from './session-view.ts';
import { createSessionMachine, sessionView, type Notice, type SessionEvent, type SessionSnapshot } from './session.ts';

const { questionnaire } = loadSiteContent();
const wizard = createWizardMachine(questionnaire);
let built = 0;
const session = createSessionMachine(questionnaire, () => (built++, wizard));
const questions = allQuestions(questionnaire);
const first = questions[0]!.id;
const saved: AnswersFile = readFixture('state-preparing-talks');
const applies = visibleQuestions(questionnaire, effectiveAnswers(questionnaire, saved.answers)).map((q) => q.id);
const info = (text: string): Notice => ({ kind: 'info', text });
const refusedFile: Notice = { kind: 'error', title: 'There is a problem', text: 'x.json is not an answers file', details: [], name: 'x.json', field: 'question-load' };

function start(...events: SessionEvent[]) {
  const actor = createActor(session, { input: { first: firstQuestionView(questionnaire) } }).start();
  for (const e of events) actor.send(e);
  return actor;
}
const view = (a: ReturnType<typeof start>) => sessionView(questionnaire, a.getSnapshot());
const read = (file: AnswersFile | null, fresh = false): SessionEvent => ({ type: 'saved.read', file, fresh });

describe('the questionnaire session', () => {
  it('draws the first question while the saved answers are read, without building the questionnaire machine', () => {
    built = 0;
    const a = start();
    expect(view(a).key).toBe(first);
    expect(a.getSnapshot().matches({ session: 'reading' })).toBe(true);
    expect(built).toBe(0);
    a.send({ type: 'saved.expected' });
    expect(view(a).key).toBe('loading');
  });

  it('is drawn before the engine loads from a boot snapshot equal to the one the machine starts in', () => {
    const machine = start().getSnapshot();
    const boot = bootSession(questionnaire);
    expect(boot.context).toEqual(machine.context);
    for (const session of ['reading', 'offering', 'running'] as const) expect(boot.matches({ session })).toBe(machine.matches({ session }));
    for (const storage of ['ok', 'unavailable', 'full', 'corrupt'] as const) expect(boot.matches({ storage })).toBe(machine.matches({ storage }));
    expect(sessionView(questionnaire, boot)).toEqual(sessionView(questionnaire, machine));
  });

  it('starts at the first question when nothing is saved, as a page load (no history entry, no focus move)', () => {
    const a = start({ type: 'saved.expected' }, read(null));
    expect(view(a).key).toBe(first);
    expect(a.getSnapshot().context.how).toBe('load');
    expect(a.getSnapshot().matches({ session: 'running' })).toBe(true);
  });

  it('asks "Continue where you left off?" about saved answers, and continues on the page they were saved on', () => {
    const a = start(read({ ...saved, at: 'check', scenario: 'doha' }));
    expect(view(a).key).toBe('resume');
    expect(a.getSnapshot().context.offer?.answers).toEqual(saved.answers);
    expect(a.getSnapshot().context.scenario).toBe('doha');
    a.send({ type: 'resume.continue' });
    expect(view(a).key).toBe('check');
    expect(view(a).answers).toEqual(saved.answers);
    expect(a.getSnapshot().context).toMatchObject({ offer: null, how: 'step', scenario: 'doha', fresh: 1 });
  });

  it('continues at once, without asking, when the page was opened to continue (?continue)', () => {
    const a = start(read({ ...saved, at: applies[2] }, true));
    expect(view(a).key).toBe(applies[2]);
    expect(a.getSnapshot().context.how).toBe('load');
  });

  it('starts again empty from the offer, dropping the scenario', () => {
    const a = start(read({ ...saved, scenario: 'doha' }), { type: 'resume.restart' });
    expect(view(a).key).toBe(first);
    expect(view(a).answers).toEqual({});
    expect(a.getSnapshot().context.scenario).toBeUndefined();
  });

  it('loads a valid file on the page it remembers, or check-answers, with the notice, replacing the answers', () => {
    const ok: Notice = { kind: 'success', text: 'Loaded' };
    const a = start(read(null), { type: 'file.loaded', file: { ...saved, at: undefined }, notice: ok });
    expect(view(a).key).toBe('check');
    expect(view(a).answers).toEqual(saved.answers);
    expect(a.getSnapshot().context.notice).toEqual(ok);
    const b = start(read(saved), { type: 'file.loaded', file: { ...saved, at: applies[3] }, notice: ok });
    expect(b.getSnapshot().matches({ session: 'running' })).toBe(true);
    expect(view(b).key).toBe(applies[3]);
  });

  it('refuses an invalid file with its notice, keeping the answers and the page as they were', () => {
    const a = start(read({ ...saved, at: applies[4] }, true));
    const before = a.getSnapshot().context.wizard;
    a.send({ type: 'file.refused', notice: refusedFile });
    expect(a.getSnapshot().context.wizard).toBe(before);
    expect(a.getSnapshot().context.notice).toEqual(refusedFile);
  });

  it('refuses an invalid answer with the validator’s reason, counting each refusal, and moves on once it is valid', () => {
    const a = start(read(null));
    a.send({ type: 'answer.submit', question: first, value: undefined });
    a.send({ type: 'answer.submit', question: first, value: undefined });
    expect(view(a).key).toBe(first);
    expect(a.getSnapshot().context.error?.map((e) => [e.question.id, e.error])).toEqual([[first, { code: 'required' }]]);
    expect(a.getSnapshot().context.failedSubmits).toBe(2);
    a.send({ type: 'answer.submit', question: first, value: saved.answers[first as keyof typeof saved.answers] });
    expect(view(a).key).not.toBe(first);
    expect(a.getSnapshot().context.error).toBeNull();
  });

  it('clears everything on "Delete my answers" with the machine’s answers.clear, back on the first question', () => {
    const a = start(read({ ...saved, scenario: 'doha' }, true), { type: 'answers.deleted', notice: info('Deleted') });
    expect(view(a).key).toBe(first);
    expect(view(a).answers).toEqual({});
    expect(a.getSnapshot().context).toMatchObject({ scenario: undefined, notice: info('Deleted'), how: 'step' });
  });

  it('takes in another tab’s deletion, even while it offers to continue, and never keeps the answers', () => {
    for (const fresh of [true, false]) {
      const a = start(read(saved, fresh), { type: 'sync.deleted', notice: info('Deleted in another tab') });
      expect(view(a).answers).toEqual({});
      expect(view(a).key).toBe(first);
      expect(a.getSnapshot().context.notice?.text).toBe('Deleted in another tab');
    }
  });

  it('takes in another tab’s change on the page shown, redrawing its fields', () => {
    const a = start(read({ ...saved, at: applies[2] }, true));
    const merged = { ...saved.answers, 'secretariat-name': 'Merged' };
    a.send({ type: 'sync.changed', file: { ...saved, answers: merged }, answers: merged, notice: info('Changed') });
    expect(view(a).key).toBe(applies[2]);
    expect(view(a).answers).toEqual(merged);
    expect(a.getSnapshot().context.synced).toBe(1);
    const b = start(read(saved));
    b.send({ type: 'sync.changed', file: { ...saved, answers: merged }, answers: merged, notice: info('Changed') });
    expect(view(b).key).toBe('resume');
    expect(b.getSnapshot().context.offer?.answers).toEqual(merged);
  });

  it('goes to the position a history entry holds, as history (no new entry), and ignores the page shown', () => {
    const a = start(read({ ...saved, at: 'check' }, true));
    a.send({ type: 'history.pop', at: applies[1]!, changing: false });
    expect(view(a).key).toBe(applies[1]);
    expect(a.getSnapshot().context.how).toBe('history');
    const now = a.getSnapshot();
    a.send({ type: 'history.pop', at: applies[1]!, changing: false });
    expect(a.getSnapshot()).toBe(now);
    a.send({ type: 'history.pop', at: applies[3]!, changing: true });
    expect(a.getSnapshot().context.wizard?.context.changing).toBe(true);
    // After "Delete my answers" the pages before it are gone: Back starts afresh.
    a.send({ type: 'answers.deleted', notice: info('Deleted') });
    a.send({ type: 'history.pop', at: applies[5]!, changing: false });
    expect(view(a).key).toBe(first);
  });

  it('says what saving said: unavailable or full until saved again; an unreadable copy until deleted', () => {
    const a = start({ type: 'storage.unavailable' }, read(null));
    expect(view(a).storage).toBe('unavailable');
    a.send({ type: 'storage.full' });
    expect(view(a).storage).toBe('full');
    a.send({ type: 'storage.saved' });
    expect(view(a).storage).toBeNull();
    a.send({ type: 'storage.corrupt' });
    a.send({ type: 'storage.saved' });
    expect(view(a).storage).toBe('corrupt');
  });
});

/**
 * A bounded walk of the session with every event the page can send, from every state reached: the
 * rules that keep answers from being lost hold after each one. The traversal stops with an error past
 * its limit rather than running on.
 */
describe('model-based walk of the session', () => {
  const merged = { ...saved.answers, 'secretariat-name': 'Merged' };
  /** An answer each question refuses: too long for a text, an option it does not offer otherwise. */
  const tooLong = 'x'.repeat(5001);
  const refusedValue = (id: string) => {
    const type = questions.find((q) => q.id === id)!.type;
    return type === 'text' || type === 'longtext' ? tooLong : type === 'multiple' ? ['no-such-option'] : 'no-such-option';
  };
  const isRefused = (v: unknown) => v === tooLong || v === 'no-such-option' || (Array.isArray(v) && v[0] === 'no-such-option');
  function events(s: SessionSnapshot): SessionEvent[] {
    const v = sessionView(questionnaire, s);
    const answerOf = (id: string) => (saved.answers as Record<string, unknown>)[id];
    const common: SessionEvent[] = [
      { type: 'file.loaded', file: { ...saved, at: undefined }, notice: info('Loaded') },
      { type: 'file.refused', notice: refusedFile },
      { type: 'answers.deleted', notice: info('Deleted') },
      { type: 'sync.deleted', notice: info('Deleted elsewhere') },
      { type: 'sync.changed', file: { ...saved, answers: merged }, answers: merged, notice: info('Changed') },
      { type: 'storage.full' },
      { type: 'storage.saved' },
    ];
    if (s.matches({ session: 'reading' })) return [read(saved), read(saved, true), read(null), ...common];
    if (s.matches({ session: 'offering' })) return [{ type: 'resume.continue' }, { type: 'resume.restart' }, ...common];
    const onPage = v.position?.page === 'question' ? v.position.question.id : null;
    return [
      ...common,
      { type: 'nav.back' },
      { type: 'history.pop', at: 'check', changing: false },
      { type: 'history.pop', at: first, changing: false },
      ...(onPage ? [{ type: 'answer.submit', question: onPage, value: answerOf(onPage) } as const, { type: 'answer.submit', question: onPage, value: refusedValue(onPage) } as const] : []),
      ...(v.key === 'check' ? [{ type: 'nav.change', question: applies[1]! } as const] : []),
    ];
  }
  const key = (s: SessionSnapshot) => {
    const v = sessionView(questionnaire, s);
    return JSON.stringify([s.value, v.key, Object.keys(v.answers).length > 0, !!s.context.error, s.context.wizard?.context.changing]);
  };
  const fromState = createActor(session, { input: { first: firstQuestionView(questionnaire) } }).getSnapshot();
  const walk = getShortestPaths(session, { events, serializeState: key, fromState, limit: 5_000 });
  const step = (s: SessionSnapshot, e: SessionEvent) => {
    const a = createActor(session, { snapshot: s, input: { first: null } }).start();
    a.send(e);
    const after = a.getSnapshot();
    a.stop();
    return after;
  };

  it('reaches reading, the offer, the questions, check-answers, each storage problem and an answer refused', () => {
    const seen = new Set(walk.map((p) => sessionView(questionnaire, p.state).key));
    expect(seen).toContain('resume');
    expect(seen).toContain('check');
    expect(seen).toContain(first);
    expect(walk.some((p) => p.state.matches({ storage: 'full' }))).toBe(true);
    expect(walk.some((p) => p.state.context.error !== null)).toBe(true);
  });

  it('keeps every rule on every event from every state reached', { timeout: 60_000 }, () => {
    let checked = 0;
    for (const { state: s } of walk) {
      const before = sessionView(questionnaire, s);
      for (const e of events(s)) {
        const after = step(s, e);
        const now = sessionView(questionnaire, after);
        checked++;
        // Running always shows a page: never the machine's start, never nothing.
        if (after.matches({ session: 'running' })) expect(now.position?.page, `${e.type} left no page`).not.toBe('start');
        if (e.type === 'file.refused' || e.type.startsWith('storage.')) expect(after.context.wizard, `${e.type} changed the answers`).toBe(s.context.wizard);
        if (e.type === 'answer.submit' && isRefused(e.value)) {
          expect(now.answers, 'a refused answer was kept').toEqual(before.answers);
          expect(now.key).toBe(before.key);
          expect(after.context.failedSubmits).toBe(s.context.failedSubmits + 1);
        }
        if (e.type === 'answers.deleted' || e.type === 'sync.deleted') {
          // Nothing deleted comes back: not from the offer, not from a scenario.
          expect(now.answers).toEqual({});
          expect(after.context.offer).toBeNull();
          expect(after.context.scenario).toBeUndefined();
        }
        if (e.type === 'file.loaded') expect(now.answers).toEqual(saved.answers);
        if (e.type === 'nav.back' || e.type === 'history.pop') expect(now.answers, `${e.type} lost an answer`).toEqual(before.answers);
      }
    }
    expect(checked).toBeGreaterThan(walk.length);
  });

  it('fails, rather than hangs, when a walk exceeds its bound', () => {
    expect(() => getShortestPaths(session, { events, serializeState: key, fromState, limit: 3 })).toThrow();
  });
});

describe('the questionnaire session with pages of several questions and a workshop\'s short path', () => {
  const { shortPaths } = loadSiteContent();
  const doha = readFixture('scenario-taliban-doha-2013');
  const withPaths = createSessionMachine(questionnaire, () => wizard, shortPaths);
  const begin = (...events: SessionEvent[]) => {
    const a = createActor(withPaths, { input: { first: firstQuestionView(questionnaire) } }).start();
    for (const e of events) a.send(e);
    return a;
  };
  const loaded = (file: AnswersFile): SessionEvent => ({ type: 'file.loaded', file, notice: info('Loaded') });

  it('continues a file saved on the short path on that path, and offers the rest from check-answers', () => {
    const a = begin(read(null), loaded({ ...doha, at: 'check', path: 'short' }));
    expect(a.getSnapshot().context.wizard?.context.path).toBe('short');
    a.send({ type: 'path.rest' });
    expect(a.getSnapshot().context.wizard?.context.path).toBe('rest');
    expect(view(a).key).not.toBe('check');
  });

  it('walks the full path for a file that names no short path, or a scenario that has none', () => {
    expect(begin(read(null), loaded({ ...doha, at: 'check' })).getSnapshot().context.wizard?.context.path).toBe('full');
    expect(begin(read(null), loaded({ ...doha, at: 'check', path: 'short', scenario: 'no-such-scenario' })).getSnapshot().context.wizard?.context.path).toBe('full');
  });

  it('keeps the short path across the browser\'s Back and Forward', () => {
    const a = begin(read(null), loaded({ ...doha, at: 'check', path: 'short' }));
    a.send({ type: 'history.pop', at: 'location', changing: false });
    expect(view(a).key).toBe('location');
    expect(a.getSnapshot().context.wizard?.context.path).toBe('short');
  });

  it('is drawn, once the device is read and before the engine loads, from an opened snapshot equal to the machine\'s', () => {
    const files: (AnswersFile | null)[] = [null, { ...saved, answers: {} }, { ...saved, at: 'check' }, { ...saved, at: applies[2] }, { ...saved, at: 'no-such-question' }, { ...saved, at: undefined }, { ...doha, at: 'check', path: 'short' }, { ...doha, at: 'location', path: 'rest' }];
    let compared = 0;
    for (const file of files)
      for (const fresh of [false, true])
        for (const problem of [null, 'unavailable', 'corrupt'] as const) {
          const machine = begin({ type: 'saved.expected' }, ...(problem ? [{ type: `storage.${problem}` } as SessionEvent] : []), read(file, fresh)).getSnapshot();
          const opened = openedSession(questionnaire, file, fresh, problem, shortPaths);
          const { wizard: w, ...rest } = machine.context;
          const { wizard: ow, ...orest } = opened.context;
          const label = `${file?.at ?? 'no file'}, fresh ${fresh}, ${problem ?? 'ok'}`;
          expect(orest, label).toEqual(rest);
          expect(ow && { value: ow.value, context: ow.context }, label).toEqual(w && { value: w.value, context: w.context });
          for (const session of ['reading', 'offering', 'running'] as const) expect(opened.matches({ session }), label).toBe(machine.matches({ session }));
          for (const storage of ['ok', 'unavailable', 'full', 'corrupt'] as const) expect(opened.matches({ storage }), label).toBe(machine.matches({ storage }));
          const drawn = (x: Parameters<typeof sessionView>[1]) => {
            const { view: v, ...others } = sessionView(questionnaire, x);
            return { ...others, view: v && { value: v.value, context: v.context } };
          };
          expect(drawn(opened), label).toEqual(drawn(machine));
          compared++;
        }
    expect(compared).toBe(files.length * 6);
  });

  it('refuses a page of several questions as a whole, naming each refused answer in the page\'s order', () => {
    const a = begin(read(null), loaded({ ...doha, at: 'host-state' }));
    expect(view(a).key).toBe('host-state');
    a.send({ type: 'answer.submit', question: 'host-state', value: 'x'.repeat(5001), companions: { 'host-terms': 'no-such-term' } });
    expect(view(a).key).toBe('host-state');
    expect(a.getSnapshot().context.error?.map((e) => [e.question.id, e.error.code])).toEqual([['host-state', 'too-long'], ['host-terms', 'unknown-option']]);
    a.send({ type: 'answer.submit', question: 'host-state', value: 'Qatar', companions: { 'host-terms': doha.answers['host-terms'] } });
    expect(view(a).key).not.toBe('host-state');
    expect(a.getSnapshot().context.error).toBeNull();
    expect(view(a).answers['host-state']).toBe('Qatar');
  });
});
