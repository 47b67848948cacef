/**
 * Two designs side by side: a mediator holding both sides' proposals, or a party facing the other side's.
 * Area by area (the answers) and clause by clause (the instruments each design composes), with the
 * points that involve the other side (content/compare/points.yaml) marked where the designs collide,
 * agree, or where one is silent. Pure: the page reads the files on the device and nothing leaves it.
 */
import { isAnswered, type AnswerLookup } from '../conditions/condition.ts';
import type { Article, Clause, MandateDocument, Note } from '../mandate/document.ts';
import type { Knowledge } from '../knowledge/schema.ts';
import { citationView } from '../knowledge/view.ts';
import type { MandateContent } from '../mandate/schema.ts';
import type { Question, Questionnaire } from '../questionnaire/schema.ts';
import { isVisible } from '../questionnaire/visibility.ts';
import type { Point } from './schema.ts';

/** A point with its lessons in full, as the page gets it (built at build time: no knowledge base in the browser). */
export interface PointView {
  id: string;
  title: string;
  text: string;
  questions: string[];
  lessons: Note[];
}

export function resolvePoints(points: readonly Point[], k: Knowledge): PointView[] {
  return points.map((p) => ({
    id: p.id,
    title: p.title,
    text: p.text,
    questions: [...p.questions],
    lessons: p.lessons.flatMap((id) => {
      const l = k.lessons.find((x) => x.id === id);
      if (!l) return [];
      const sources = l.citations.map((c) => citationView(c, k)).map((v) => ({ label: v.label, external: v.external, ...(v.url ? { url: v.url } : {}) }));
      return [{ id: l.id, title: l.title, text: l.text, external: l.origin === 'external', sources }];
    }),
  }));
}

/**
 * 'agree': both designs give the same answer; 'differ': both answer, differently; 'only-a' / 'only-b':
 * one design is silent (no answer, or "not decided yet" / "not known", which is no position).
 */
export type Agreement = 'agree' | 'differ' | 'only-a' | 'only-b';

export interface QuestionRow {
  id: string;
  question: string;
  /** Each design's answer in words ([] when silent). */
  a: string[];
  b: string[];
  status: Agreement;
  /** The point involving the other side that this question belongs to, if any. */
  point?: string;
}

export interface AreaRow {
  id: string;
  title: string;
  /** Questions at least one design answers. */
  rows: QuestionRow[];
}

/** 'collide': both designs take a position and they differ; 'silent': only one takes a position; 'open': neither does. */
export type PointStatus = 'collide' | 'agree' | 'silent' | 'open';

export interface PointRow {
  point: PointView;
  status: PointStatus;
  /** The point's questions at least one design answers. */
  rows: QuestionRow[];
}

export interface ClauseRow {
  article: string;
  articleTitle: string;
  clause: string;
  /** The clause as each design's instrument has it (absent: that instrument has no such clause). */
  a?: { number: string; text: string };
  b?: { number: string; text: string };
  /** Present in both: 'agree' when the answers the clause rests on are the same, 'differ' when not. */
  status: Agreement;
  /** A point involving the other side that the clause rests on, where the designs collide or one is silent. */
  point?: string;
}

export interface DesignsComparison {
  areas: AreaRow[];
  points: PointRow[];
}

/** "Not decided yet" and "not known" are no position: the design is silent there. */
const NO_POSITION = new Set(['not-decided', 'unknown']);

const asList = (v: AnswerLookup[string]): string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : [...v]);

/** A design's position on a question: its answer where the question applies to it, else none. */
function position(q: Question, answers: AnswerLookup): string[] {
  if (!isVisible(q, answers) || !isAnswered(answers[q.id])) return [];
  const v = asList(answers[q.id]).map((x) => x.trim()).filter((x) => x !== '');
  return v.length === 1 && NO_POSITION.has(v[0]!) ? [] : v;
}

/** Typed answers are compared as a reader would: spacing and case aside. */
const same = (x: string[], y: string[]) => {
  const norm = (l: string[]) => l.map((s) => s.replace(/\s+/g, ' ').toLowerCase()).sort().join('\u0000');
  return norm(x) === norm(y);
};

function agreement(x: string[], y: string[]): Agreement | null {
  if (!x.length && !y.length) return null;
  if (!y.length) return 'only-a';
  if (!x.length) return 'only-b';
  return same(x, y) ? 'agree' : 'differ';
}

function words(q: Question, ids: string[]): string[] {
  return q.options ? ids.map((id) => q.options!.find((o) => o.id === id)?.label ?? id) : ids;
}

function questionRow(q: Question, a: AnswerLookup, b: AnswerLookup, pointOf: Map<string, string>): QuestionRow | null {
  const pa = position(q, a);
  const pb = position(q, b);
  const status = agreement(pa, pb);
  if (!status) return null;
  const point = pointOf.get(q.id);
  return { id: q.id, question: q.shortLabel, a: words(q, pa), b: words(q, pb), status, ...(point ? { point } : {}) };
}

/** Compares two designs' effective answers, area by area and on each point involving the other side. */
export function compareDesigns(questionnaire: Questionnaire, points: readonly PointView[], a: AnswerLookup, b: AnswerLookup): DesignsComparison {
  const pointOf = new Map(points.flatMap((p) => p.questions.map((q) => [q, p.id] as const)));
  const all = questionnaire.sections.flatMap((s) => s.questions);
  const areas = questionnaire.sections.map((s) => ({
    id: s.id,
    title: s.title,
    rows: s.questions.flatMap((q) => questionRow(q, a, b, pointOf) ?? []),
  }));
  const pointRows = points.map((p) => {
    const rows = p.questions.flatMap((id) => {
      const q = all.find((x) => x.id === id);
      return q ? (questionRow(q, a, b, pointOf) ?? []) : [];
    });
    const status: PointStatus = rows.some((r) => r.status === 'differ')
      ? 'collide'
      : rows.some((r) => r.status === 'only-a' || r.status === 'only-b')
        ? 'silent'
        : rows.length
          ? 'agree'
          : 'open';
    return { point: p, status, rows };
  });
  return { areas, points: pointRows };
}

const clauseText = (c: Clause) => [c.text, ...c.items].join(' ');

/**
 * Compares the two instruments clause by clause, in the order of content/mandate/articles.yaml. A clause
 * in both is the same provision; whether the designs agree on it is read from the answers it rests on
 * (its `questions`), since its words carry each side's own names and so always differ.
 */
export function compareClauses(content: Pick<MandateContent, 'articles'>, questionnaire: Questionnaire, points: readonly PointView[], docA: MandateDocument, docB: MandateDocument, a: AnswerLookup, b: AnswerLookup): ClauseRow[] {
  const all = questionnaire.sections.flatMap((s) => s.questions);
  const byKey = (doc: MandateDocument, key: string): Article | undefined => doc.articles.find((x) => x.key === key);
  const out: ClauseRow[] = [];
  for (const art of content.articles) {
    const artA = byKey(docA, art.key);
    const artB = byKey(docB, art.key);
    if (!artA && !artB) continue;
    for (const cl of art.clauses) {
      const ca = artA?.clauses.find((x) => x.key === cl.key);
      const cb = artB?.clauses.find((x) => x.key === cl.key);
      if (!ca && !cb) continue;
      const qs = cl.questions.flatMap((id) => all.find((x) => x.id === id) ?? []);
      const differing = qs.filter((q) => !same(position(q, a), position(q, b)));
      const status: Agreement = ca && cb ? (differing.length ? 'differ' : 'agree') : ca ? 'only-a' : 'only-b';
      // A point is named only where the designs do not already agree on it.
      const point = status === 'agree' ? undefined : points.find((p) => (status === 'differ' ? differing : qs).some((q) => p.questions.includes(q.id)))?.id;
      out.push({
        article: art.key,
        articleTitle: (artA ?? artB)!.title,
        clause: cl.key,
        ...(ca ? { a: { number: ca.number, text: clauseText(ca) } } : {}),
        ...(cb ? { b: { number: cb.number, text: clauseText(cb) } } : {}),
        status,
        ...(point ? { point } : {}),
      });
    }
  }
  return out;
}
