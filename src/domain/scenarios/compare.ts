/**
 * "Your design against history": the participant's choices beside what the historical body did, area
 * by area, with the cited lessons where they differ. Pure: the caller passes effective answers.
 */
import type { AnswerLookup } from '../conditions/condition.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';

/** The mandate areas compared: questionnaire sections, apart from the context the scenario sets. */
export const COMPARED_AREAS = ['tasks', 'placement', 'staffing', 'feedback', 'inclusion', 'continuity', 'duration'] as const;
export type ComparedArea = (typeof COMPARED_AREAS)[number];

export interface HistoryEntry {
  area: ComparedArea;
  /** What the historical body did in this area, in our words. */
  text: string;
  /** The historical choices in questionnaire terms, where the sources support them. */
  choices?: Readonly<Record<string, string | readonly string[]>>;
  lessons: readonly string[];
}

export interface ComparisonRow {
  area: ComparedArea;
  title: string;
  /** The participant's answers in this area, as question label and words. */
  yours: { question: string; values: string[] }[];
  history: HistoryEntry | undefined;
  /** Questions where the participant chose differently from the historical body. */
  differences: { question: string; yours: string[]; history: string[] }[];
  /** 'differs' | 'same' | 'unknown' (the sources do not record the historical choice). */
  verdict: 'differs' | 'same' | 'unknown';
}

const asList = (v: string | readonly string[] | undefined): string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : [...v]);

export function compareWithHistory(questionnaire: Questionnaire, answers: AnswerLookup, history: readonly HistoryEntry[]): ComparisonRow[] {
  return COMPARED_AREAS.map((area) => {
    const section = questionnaire.sections.find((s) => s.id === area);
    const words = (qid: string, ids: string[]) => {
      const q = section?.questions.find((x) => x.id === qid) ?? questionnaire.sections.flatMap((s) => s.questions).find((x) => x.id === qid);
      return q?.options ? ids.map((id) => q.options!.find((o) => o.id === id)?.label ?? id) : ids;
    };
    const label = (qid: string) => questionnaire.sections.flatMap((s) => s.questions).find((x) => x.id === qid)?.shortLabel ?? qid;
    const yours = (section?.questions ?? [])
      .map((q) => ({ question: q.shortLabel, values: words(q.id, asList(answers[q.id])) }))
      .filter((r) => r.values.length > 0);
    const entry = history.find((h) => h.area === area);
    const differences = Object.entries(entry?.choices ?? {})
      .map(([qid, hv]) => {
        const mine = asList(answers[qid]).sort();
        const theirs = asList(hv).sort();
        return { qid, same: mine.length === theirs.length && mine.every((m, i) => m === theirs[i]), mine, theirs };
      })
      .filter((d) => !d.same)
      .map((d) => ({ question: label(d.qid), yours: words(d.qid, d.mine), history: words(d.qid, d.theirs) }));
    const verdict = !entry?.choices || Object.keys(entry.choices).length === 0 ? 'unknown' : differences.length ? 'differs' : 'same';
    return { area, title: section?.title ?? area, yours, history: entry, differences, verdict };
  });
}
