/**
 * "Your design against history": the participant's choices beside what the historical body did, area by
 * area, with the cited lessons where they differ. Pure. The scenario is first resolved into plain data
 * (ScenarioView: citations in words, lessons in full) at build time, so the browser gets no schema code
 * and no knowledge base beyond what the scenario uses.
 */
import { evaluate, type AnswerLookup, type Condition } from '../conditions/condition.ts';
import type { NoteSource, Note } from '../mandate/document.ts';
import type { Knowledge } from '../knowledge/schema.ts';
import { citationView } from '../knowledge/view.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { isVisible } from '../questionnaire/visibility.ts';
import { COMPARED_AREAS, type ComparedArea } from './areas.ts';
import type { Failure, Scenario } from './schema.ts';

export { COMPARED_AREAS, type ComparedArea };

export interface HistoryView {
  area: ComparedArea;
  text: string;
  choices: Readonly<Record<string, string | readonly string[]>>;
  sources: NoteSource[];
  lessons: Note[];
}

/** A failure history records, resolved: its case in words, its facts' sources, its lessons in full. */
export interface FailureView {
  id: string;
  area: ComparedArea;
  title: string;
  text: string;
  country: string;
  when: Condition;
  sources: NoteSource[];
  lessons: Note[];
}

export interface ScenarioView {
  id: string;
  title: string;
  setting: string;
  summary: string;
  caseId: string;
  /** The questions its short path adds to the core (content's `keyQuestions`). */
  keyQuestions: readonly string[];
  country: string;
  bodyName: string;
  /** Parts of the body's name in another language, with it (see the case's `foreign`). */
  bodyForeign?: { text: string; lang: string }[];
  brief: { text: string; sources: NoteSource[] }[];
  context: Readonly<Record<string, string | readonly string[]>>;
  discussion: string[];
  facilitatorNote: string;
  history: HistoryView[];
  /** Every failure history records: a design repeating one is told so, whatever the scenario. */
  failures: FailureView[];
}

/** The sources of some facts, corrections included, each named once. */
export function factSources(factIds: readonly string[], k: Knowledge): NoteSource[] {
  const facts = k.cases.flatMap((c) => c.facts).filter((f) => factIds.includes(f.id));
  const out = new Map<string, NoteSource>();
  for (const c of facts.flatMap((f) => [...f.citations, ...(f.correction?.citations ?? [])])) {
    const v = citationView(c, k);
    if (!out.has(v.label)) out.set(v.label, { label: v.label, external: v.external, ...(v.url ? { url: v.url } : {}) });
  }
  return [...out.values()];
}

function lessonNote(id: string, k: Knowledge): Note[] {
  const l = k.lessons.find((x) => x.id === id);
  if (!l) return [];
  return [{ id: l.id, title: l.title, text: l.text, external: l.origin === 'external', sources: l.citations.map((c) => citationView(c, k)).map((v) => ({ label: v.label, external: v.external, ...(v.url ? { url: v.url } : {}) })) }];
}

export function resolveFailures(failures: readonly Failure[], k: Knowledge): FailureView[] {
  return failures.map((f) => ({
    id: f.id,
    area: f.area,
    title: f.title,
    text: f.text,
    country: k.cases.find((c) => c.id === f.case)?.country ?? f.case,
    when: f.when,
    sources: factSources(f.facts, k),
    lessons: f.lessons.flatMap((id) => lessonNote(id, k)),
  }));
}

export function resolveScenario(s: Scenario, k: Knowledge, failures: readonly Failure[] = []): ScenarioView {
  const kase = k.cases.find((c) => c.id === s.case);
  const lesson = (id: string) => lessonNote(id, k);
  return {
    id: s.id,
    title: s.title,
    setting: s.setting,
    summary: s.summary,
    caseId: s.case,
    keyQuestions: s.keyQuestions,
    country: kase?.country ?? s.case,
    bodyName: kase?.bodies.find((b) => b.id === s.body)?.name ?? s.body,
    bodyForeign: kase?.bodies.find((b) => b.id === s.body)?.foreign ?? [],
    brief: s.brief.map((b) => ({ text: b.text, sources: factSources(b.facts, k) })),
    context: s.context,
    discussion: s.discussion,
    facilitatorNote: s.facilitatorNote,
    history: s.history.map((h) => ({ area: h.area, text: h.text, choices: h.choices ?? {}, sources: factSources(h.facts, k), lessons: h.lessons.flatMap(lesson) })),
    failures: resolveFailures(failures, k),
  };
}

export interface Difference {
  question: string;
  /** The participant's answer in words ([] when not answered). */
  yours: string[];
  /** What the historical body did, in the same words. */
  history: string[];
}

export interface ComparisonRow {
  area: ComparedArea;
  title: string;
  /** The participant's answers in this area, as short question label and words. */
  yours: { question: string; values: string[] }[];
  history: HistoryView | undefined;
  differences: Difference[];
  /** Failures history records that the design repeats in this area, with their cited lessons. */
  repeats: FailureView[];
  /**
   * 'repeats': the design repeats a failure history records (whatever else matches);
   * 'differs': a recorded historical choice is not in the design; 'same': every recorded choice is;
   * 'unknown': the sources record no choice in questionnaire terms for this area.
   */
  verdict: 'repeats' | 'differs' | 'same' | 'unknown';
}

const asList = (v: string | readonly string[] | undefined): string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : [...v]);

/**
 * Compares effective answers with the history. A single answer differs when it is not the historical
 * one. For a question with several answers the record is partial, so the design differs only when it
 * leaves out something the body is recorded to have done. A question the design does not show (its
 * branch is closed) is not compared.
 */
export function compareWithHistory(questionnaire: Questionnaire, answers: AnswerLookup, scenario: Pick<ScenarioView, 'history' | 'failures'>): ComparisonRow[] {
  const all = questionnaire.sections.flatMap((s) => s.questions);
  const words = (qid: string, ids: string[]) => {
    const q = all.find((x) => x.id === qid);
    return q?.options ? ids.map((id) => q.options!.find((o) => o.id === id)?.label ?? id) : ids;
  };
  return COMPARED_AREAS.map((area) => {
    const section = questionnaire.sections.find((s) => s.id === area);
    const yours = (section?.questions ?? [])
      .filter((q) => isVisible(q, answers))
      .map((q) => ({ question: q.shortLabel, values: words(q.id, asList(answers[q.id])) }))
      .filter((r) => r.values.length > 0);
    const entry = scenario.history.find((h) => h.area === area);
    const compared = Object.entries(entry?.choices ?? {}).filter(([qid]) => {
      const q = all.find((x) => x.id === qid);
      return q !== undefined && isVisible(q, answers);
    });
    const differences = compared.flatMap(([qid, hv]) => {
      const q = all.find((x) => x.id === qid)!;
      const mine = asList(answers[qid]);
      const theirs = asList(hv);
      const same = q.type === 'multiple' ? theirs.every((t) => mine.includes(t)) : mine.length === 1 && mine[0] === theirs[0];
      return same ? [] : [{ question: q.shortLabel, yours: words(qid, mine), history: words(qid, theirs) }];
    });
    // Matching the record is no comfort where the record is a failure: "matches" must not hide it.
    const repeats = (scenario.failures ?? []).filter((f) => f.area === area && evaluate(f.when, answers));
    const verdict = repeats.length ? 'repeats' : compared.length === 0 ? 'unknown' : differences.length ? 'differs' : 'same';
    return { area, title: section?.title ?? area, yours, history: entry, differences, repeats, verdict };
  });
}
