/**
 * Risks never contradict an answer (issue 9, item 4): one test per misfire the drafter found, then rules
 * held over every fixture and a generated set of answers.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content-io/site.ts';
import type { Answers } from '../../src/domain/answers/schema.ts';
import { evaluate, references, type AnswerLookup } from '../../src/domain/conditions/condition.ts';
import { effectiveAnswers, visibleQuestions } from '../../src/domain/questionnaire/visibility.ts';
import { raisedRisks, relevantLessons, type RiskFinding } from '../../src/domain/rules/findings.ts';
import { fixtureNames, readFixture } from '../fixtures/read.ts';
import { generatedAnswers } from './generate.ts';

const { knowledge, questionnaire, support } = loadSiteContent(process.cwd());

/** A fixture's answers with some changed, as the rules read them (only questions that apply). */
const answersOf = (name: string, change: Record<string, string | string[] | undefined> = {}): AnswerLookup => {
  const merged = { ...readFixture(name).answers, ...change } as Record<string, unknown>;
  for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
  return effectiveAnswers(questionnaire, merged as Answers) as AnswerLookup;
};
const risks = (a: AnswerLookup) => raisedRisks(a, knowledge.risks);
const finding = (a: AnswerLookup, id: string): RiskFinding | undefined => risks(a).find((f) => f.risk.id === id);
const ids = (a: AnswerLookup) => risks(a).map((f) => f.risk.id);
/** The risk as written in content, before the answers sorted its safeguards. */
const original = (f: RiskFinding) => knowledge.risks.find((r) => r.id === f.risk.id)!;
/** The support scope's risks of funding for these answers, as the composer picks them. */
const scopeRisks = (a: AnswerLookup) => support.risks.filter((r) => !r.when || evaluate(r.when, a)).map((r) => r.id);

describe('risks that contradicted the design the user chose', () => {
  it('the opaque-and-exclusive risk does not propose publishing for a confidential office, and asks the parties instead', () => {
    const f = finding(answersOf('armed-group-abroad-discreet'), 'opaque-and-exclusive')!;
    expect(f).toBeDefined();
    expect(f.safeguards.join(' ')).not.toMatch(/publish/i);
    expect(f.questions.join(' ')).toMatch(/discreetly/);
    expect(f.questions[0]).toBe(original(f).question);
  });

  it('the opaque-and-exclusive risk does not propose publishing for a low-profile office either', () => {
    const f = finding(answersOf('armed-group-abroad-discreet', { visibility: 'low-profile' }), 'opaque-and-exclusive')!;
    expect(f.safeguards.join(' ')).not.toMatch(/publish/i);
  });

  it('the opaque-and-exclusive risk still proposes publishing for a public office', () => {
    const f = finding(answersOf('armed-group-abroad-discreet', { visibility: 'public' }), 'opaque-and-exclusive')!;
    expect(f.safeguards.join(' ')).toMatch(/publish a summary/);
  });

  it('the claim-to-equal-status risk is not raised after "a neutral name and no flag"', () => {
    expect(ids(answersOf('scenario-taliban-doha-2013'))).not.toContain('parity-fears');
    expect(ids(answersOf('scenario-taliban-doha-2013', { symbols: 'agreed-with-host-and-counterpart' }))).not.toContain('parity-fears');
    expect(ids(answersOf('scenario-taliban-doha-2013', { symbols: 'own-flag-and-name' }))).toContain('parity-fears');
  });

  it('the symbols risk stands after a written agreement with the host, because the objection can come from the other side', () => {
    const a = answersOf('armed-group-pre-formal', { 'host-terms': 'written-peace-talks-only' });
    const f = finding(a, 'symbols-backlash')!;
    expect(f).toBeDefined();
    expect(f.risk.risk).toMatch(/other side/);
    // The written terms already say what the office is for; the flag is a question, not a clause.
    expect(f.safeguards).toEqual([]);
    expect(f.questions.join(' ')).toMatch(/own flag and name/);
    expect(ids(answersOf('armed-group-pre-formal', { symbols: 'neutral-name-no-flag' }))).not.toContain('symbols-backlash');
  });

  it('the symbols risk never offers "only the name and signs agreed" as a clause to a group that chose its own flag and name', () => {
    const f = finding(answersOf('armed-group-pre-formal'), 'symbols-backlash')!;
    expect(f.safeguards.join(' ')).not.toMatch(/name and signs agreed/);
  });

  it('an informal understanding with the host raises the host-terms risk, and asks for writing rather than imposing it', () => {
    const f = finding(answersOf('armed-group-abroad-discreet'), 'host-terms-unwritten')!;
    expect(f).toBeDefined();
    expect(f.safeguards.join(' ')).not.toMatch(/in writing/);
    expect(f.questions.join(' ')).toMatch(/in writing/);
    expect(f.basis).toBe('implied');
    expect(ids(answersOf('armed-group-abroad-discreet', { 'host-terms': 'written-peace-talks-only' }))).not.toContain('host-terms-unwritten');
    expect(ids(answersOf('armed-group-abroad-discreet', { location: 'capital' }))).not.toContain('host-terms-unwritten');
  });

  it('nothing agreed with the host yet raises the host-terms risk with writing as a clause', () => {
    const f = finding(answersOf('armed-group-pre-formal'), 'host-terms-unwritten')!;
    expect(f.safeguards.join(' ')).toMatch(/set out in writing/);
  });

  it('safe passage "needed, not arranged" raises a risk; arranged or not needed does not', () => {
    expect(ids(answersOf('coalition-formal-talks'))).toContain('safe-passage-not-arranged');
    expect(ids(answersOf('coalition-formal-talks', { 'safe-passage': 'arranged-with-third-party' }))).not.toContain('safe-passage-not-arranged');
    expect(ids(answersOf('coalition-formal-talks', { 'safe-passage': 'not-needed' }))).not.toContain('safe-passage-not-arranged');
    expect(finding(answersOf('coalition-formal-talks'), 'safe-passage-not-arranged')!.basis).toBe('implied');
  });

  it('safe passage not arranged: the risk asks who guarantees passage and proposes seeking guarantees before meetings', () => {
    const f = finding(answersOf('armed-group-abroad-discreet'), 'safe-passage-not-arranged')!;
    expect(f.safeguards.join(' ')).toMatch(/guarantees of\s+safe passage/);
    expect(f.questions).toEqual([original(f).question]);
  });

  it('check-your-answers raises no risk and the support scope lists no risk of funding for a well-designed government office close to its leader', () => {
    const a = answersOf('state-leader-office-donor');
    expect(ids(a)).toEqual([]);
    expect(scopeRisks(a)).toEqual([]);
  });

  it('a government\'s support scope does not list capture by one member or by a narrow circle, which the article says of shared and armed groups\' secretariats', () => {
    const a = answersOf('state-preparing-talks');
    expect(scopeRisks(a)).not.toContain('capture');
    expect(scopeRisks(a)).not.toContain('narrow-circle');
    expect(scopeRisks(answersOf('coalition-formal-talks'))).toContain('narrow-circle');
    expect(scopeRisks(answersOf('unarmed-party-stalled'))).toEqual(['capture']);
  });

  it('the support scope lists a risk of funding exactly when check-your-answers raises a risk it belongs to, for every fixture and generated answers', () => {
    const sets = [...fixtureNames().map((n) => answersOf(n)), ...generatedAnswers(questionnaire, 300).map((x) => effectiveAnswers(questionnaire, x as Answers) as AnswerLookup)];
    for (const a of sets) {
      const raised = new Set(ids(a));
      for (const r of support.risks) {
        expect(r.risks, `${r.id} names the risks it belongs to`).toBeTruthy();
        expect(scopeRisks(a).includes(r.id), r.id).toBe(r.risks!.some((x) => raised.has(x)));
      }
    }
  });

  it('the set-up-late risk is not raised for a state in implementation', () => {
    expect(ids(answersOf('state-logistics-implementation'))).not.toContain('set-up-late');
    expect(ids(answersOf('state-logistics-implementation', { phase: 'formal-negotiations' }))).not.toContain('set-up-late');
    expect(ids(answersOf('coalition-formal-talks'))).toContain('set-up-late');
    expect(ids(answersOf('coalition-formal-talks', { phase: 'implementation' }))).not.toContain('set-up-late');
  });

  it('an office of 6 to 15 people doing only logistics raises the weak-resolve risk, as does a larger one', () => {
    expect(ids(answersOf('state-logistics-implementation'))).toContain('signals-weak-resolve');
    expect(ids(answersOf('state-logistics-implementation', { 'staff-size': '16-to-40' }))).toContain('signals-weak-resolve');
    expect(ids(answersOf('state-logistics-implementation', { tasks: ['secretarial-archives', 'advice'] }))).not.toContain('signals-weak-resolve');
    expect(ids(answersOf('careful-state-implementation'))).not.toContain('signals-weak-resolve');
  });

  it('where leadership change is the risk, it names Myanmar\'s MPC replaced by the NRPC, and offers the lesson that says so', () => {
    const a = answersOf('state-logistics-implementation');
    const f = finding(a, 'leadership-change')!;
    expect(f.risk.risk).toMatch(/Myanmar Peace Centre/);
    expect(f.risk.facts).toContain('mpc-replaced');
    const lesson = knowledge.lessons.find((l) => l.id === 'leadership-change-exposure')!;
    expect(f.risk.lessons).toContain(lesson.id);
    expect(lesson.text).toMatch(/NRPC/);
    expect(relevantLessons(a, knowledge.lessons).map((l) => l.lesson.id)).toContain(lesson.id);
  });

  it('the leadership-change risk does not offer "a change of government shall not end the mandate" when the mandate is to end with the government', () => {
    const f = finding(answersOf('state-logistics-implementation'), 'leadership-change')!;
    expect(f.safeguards.join(' ')).not.toMatch(/shall not end the mandate/);
    expect(f.questions.length).toBe(2);
  });

  it('"Not decided yet" for what the secretariat becomes still asks where the archives go and how knowledge is handed over', () => {
    const a = answersOf('armed-group-pre-formal');
    expect(a.transformation).toBe('not-decided');
    const visible = visibleQuestions(questionnaire, a).map((q) => q.id);
    expect(visible).toEqual(expect.arrayContaining(['archive-custody', 'handover']));
  });

  it('the exit-plan risk does not demand archives and a handover the answers already decided', () => {
    const f = finding(answersOf('armed-group-abroad-discreet'), 'no-exit-plan')!;
    expect(f).toBeDefined();
    expect(f.safeguards).toEqual([]);
  });

  it('donor-institutionalisation does not offer published, audited statements after an internal audit was chosen', () => {
    const f = finding(answersOf('armed-group-abroad-discreet'), 'donor-institutionalisation')!;
    expect(f.safeguards.join(' ')).not.toMatch(/publish/i);
    expect(f.questions.join(' ')).toMatch(/published/);
  });

  it('a donor-funded budget audited only internally raises a risk resting on outside sources, marked so', () => {
    const f = finding(answersOf('armed-group-abroad-discreet'), 'opaque-budget')!;
    expect(f.basis).toBe('external');
    expect(ids(answersOf('armed-group-abroad-discreet', { 'funding-transparency': 'published-and-audited' }))).not.toContain('opaque-budget');
    expect(ids(answersOf('armed-group-abroad-discreet', { funding: 'own-budget' }))).not.toContain('opaque-budget');
  });

  it('a joint secretariat raises the risk of leaning to one member; a separate one does not', () => {
    expect(ids(answersOf('unarmed-party-stalled'))).toContain('shared-body-leaning');
    expect(ids(answersOf('unarmed-party-stalled', { structure: 'separate' }))).not.toContain('shared-body-leaning');
  });
});

/** Safeguards that would contradict an answer, by the answer: none may be offered as a clause. */
const contradictions: { when: Record<string, string | string[]>; never: RegExp }[] = [
  { when: { visibility: 'confidential' }, never: /publish/i },
  { when: { visibility: 'low-profile' }, never: /publish a summary/i },
  { when: { 'funding-transparency': 'internal-audit' }, never: /published/i },
  { when: { 'stall-mandate': 'suspend' }, never: /continue its work|keep its channels/ },
  { when: { 'stall-mandate': 'informal-only' }, never: /continue its work under this mandate/ },
  { when: { symbols: 'own-flag-and-name' }, never: /name and signs agreed/ },
  { when: { 'leadership-change': 'ends-with-government' }, never: /shall not end the mandate/ },
  { when: { 'feedback-clause': 'no' }, never: /alternative analysis/ },
  { when: { 'feedback-clause': 'informal-only' }, never: /alternative analysis/ },
  { when: { 'staff-profile': 'confidants' }, never: /include specialists|more than the leadership's immediate circle/ },
  { when: { records: 'no-written-records' }, never: /keep records/ },
  { when: { autonomy: 'tight-instructions' }, never: /may propose new tasks/ },
  { when: { 'host-terms': 'informal-understanding' }, never: /host state.*set out in writing/ },
  { when: { 'civil-society': 'occasional' }, never: /regular intervals/ },
  { when: { review: 'none' }, never: /shall be reviewed/ },
];

describe('risks over every fixture and generated answers', () => {
  const sets = (): { name: string; a: AnswerLookup }[] => [
    ...fixtureNames().map((n) => ({ name: n, a: answersOf(n) })),
    ...generatedAnswers(questionnaire, 400).map((x, i) => ({ name: `generated #${i}`, a: effectiveAnswers(questionnaire, x as Answers) as AnswerLookup })),
  ];

  it('no safeguard offered as a clause contradicts an answer', () => {
    for (const { name, a } of sets()) {
      for (const f of risks(a)) {
        for (const c of contradictions) {
          const applies = Object.entries(c.when).every(([q, v]) => a[q] === v);
          if (applies) for (const s of f.safeguards) expect(s, `${name}: ${f.risk.id} offers "${s}" although ${JSON.stringify(c.when)}`).not.toMatch(c.never);
        }
      }
    }
  });

  it('every raised risk has its own question first, and a question for each safeguard it could not offer', () => {
    for (const { a } of sets()) {
      for (const f of risks(a)) {
        expect(f.questions[0]).toBe(original(f).question);
        expect(f.risk.safeguards).toEqual(f.safeguards);
        expect(f.safeguards.length + f.questions.length).toBeGreaterThan(0);
      }
    }
  });

  it('an answer that skips later questions never leaves a risk demanding what those questions would have decided', () => {
    for (const { name, a } of sets()) {
      const visible = new Set(visibleQuestions(questionnaire, a).map((q) => q.id));
      for (const f of risks(a)) {
        // A risk resting on a question left unanswered (or on what it lacks) must rest on a question the user saw.
        for (const fired of f.firedBy) {
          if (a[fired.question] === undefined) expect(visible.has(fired.question), `${name}: ${f.risk.id} rests on "${fired.question}", which was not asked`).toBe(true);
        }
        // A safeguard offered only because a skipped question was not answered (where the archives go, a
        // handover) demands what that question would have decided: some answer to it would have settled it.
        for (const rule of f.risk.safeguardRules.filter((s) => s.decided && f.safeguards.includes(s.text))) {
          for (const r of references(rule.decided!)) {
            if (a[r.question] !== undefined || visible.has(r.question)) continue;
            const question = questionnaire.sections.flatMap((s) => s.questions).find((x) => x.id === r.question)!;
            for (const o of question.options ?? []) {
              const tried = { ...a, [r.question]: question.type === 'multiple' ? [o.id] : o.id };
              expect(evaluate(rule.decided!, tried), `${name}: ${f.risk.id} demands "${rule.text}", which "${r.question}" (not asked) would have decided`).toBe(false);
            }
          }
        }
      }
    }
  });
});

describe('the risks of the new decisions (issue 10), each raised by one fixture and not by another', () => {
  it('a mandate that makes no provision for women raises a risk from outside sources, and asks rather than imposing a clause', () => {
    const f = finding(answersOf('coalition-formal-talks'), 'no-women-provision')!;
    expect(f.basis).toBe('external');
    expect(f.safeguards).toEqual([]);
    expect(f.questions.join(' ')).toMatch(/would the parties add one/);
    expect(ids(answersOf('unarmed-party-stalled'))).not.toContain('no-women-provision');
    expect(ids(answersOf('coalition-formal-talks', { 'women-participation': ['no-provision', 'gender-adviser'] }))).not.toContain('no-women-provision');
  });

  it('an office paid for by donors with no plan for when the money stops raises the funding risk; a plan or its own budget does not', () => {
    expect(ids(answersOf('donor-armed-group'))).toContain('funding-cliff');
    expect(ids(answersOf('armed-group-abroad-discreet'))).not.toContain('funding-cliff');
    expect(ids(answersOf('armed-group-pre-formal'))).not.toContain('funding-cliff');
    expect(ids(answersOf('donor-armed-group', { funding: 'own-budget' }))).not.toContain('funding-cliff');
  });

  it('another body with overlapping tasks raises the risk of competition, without repeating the clause the instrument already has', () => {
    const f = finding(answersOf('state-logistics-implementation'), 'competing-bodies')!;
    expect(f.safeguards).toEqual([]);
    expect(f.questions).toEqual([original(f).question]);
    expect(ids(answersOf('careful-state-implementation'))).not.toContain('competing-bodies');
  });

  it('an office that speaks in public with no rule against propaganda raises a risk, and asks before writing in a safeguard the answers refused', () => {
    const f = finding(answersOf('coalition-formal-talks'), 'outlet-for-propaganda')!;
    expect(f.safeguards.join(' ')).toMatch(/shall not attack or disparage the other side/);
    expect(f.safeguards.join(' ')).not.toMatch(/shall not be used for propaganda/);
    expect(f.questions.join(' ')).toMatch(/No safeguard against propaganda was chosen/);
    expect(ids(answersOf('state-preparing-talks'))).not.toContain('outlet-for-propaganda');
    expect(ids(answersOf('coalition-formal-talks', { communication: ['facts-not-attacks'] }))).not.toContain('outlet-for-propaganda');
  });
});
