/**
 * What the case pages show, prepared outside the components: citations in words, the timeline's
 * geometry, and the lessons drawn from a case.
 */
import type { Body, Case, Citation, Knowledge, Lesson } from './schema.ts';

export interface CitationView {
  /** Short label: "Accord 29 article, Theme 4: Revitalising stalled peace processes". */
  label: string;
  url?: string;
  external: boolean;
  note?: string;
}

export function citationView(c: Citation, k: Knowledge): CitationView {
  const s = k.sources.find((x) => x.id === c.source);
  if (!s) return { label: c.source, external: true };
  const section = c.section ? s.sections?.find((x) => x.id === c.section)?.title : undefined;
  const base = s.external ? `${s.title}${s.publisher ? ` (${s.publisher}${s.date ? `, ${s.date}` : ''})` : ''}` : `${s.label ?? s.title}${section ? `, ${section}` : ''}`;
  return { label: base, external: s.external, ...(s.url ? { url: s.url } : {}), ...(c.note ? { note: c.note } : {}) };
}

/** `left`: the labels' column, with room for WCAG's text-spacing overrides (at 330 a label ran into its bar). */
export const TIMELINE = { from: 2002, to: 2020, left: 380, yearWidth: 38, row: 34, top: 40 } as const;

export interface TimelineRow {
  caseId: string;
  country: string;
  body: Body;
  /** Bar ends, clipped to the drawn range. */
  x1: number;
  x2: number;
  y: number;
  /** Began before the drawn range (shown with an arrow and its year). */
  before: boolean;
  /** Still running, or ended after the drawn range. */
  open: boolean;
  /** Some of its years come only from outside the article. */
  external: boolean;
  years: string;
}

export function timeline(k: Knowledge): { rows: TimelineRow[]; undated: { country: string; body: Body }[]; width: number; height: number } {
  const x = (year: number) => TIMELINE.left + (year - TIMELINE.from) * TIMELINE.yearWidth;
  const dated = k.cases.flatMap((c) => c.bodies.filter((b) => b.start !== undefined).map((body) => ({ c, body })));
  dated.sort((a, b) => a.body.start! - b.body.start! || a.c.country.localeCompare(b.c.country));
  const rows = dated.map(({ c, body }, i) => {
    const start = body.start!;
    const end = body.end ?? TIMELINE.to;
    return {
      caseId: c.id,
      country: c.country,
      body,
      x1: x(Math.max(start, TIMELINE.from)),
      x2: x(Math.min(end, TIMELINE.to) + 1) - 4,
      y: TIMELINE.top + i * TIMELINE.row,
      before: start < TIMELINE.from,
      open: body.end === undefined || body.end > TIMELINE.to,
      external: Boolean(body.startExternal || body.endExternal),
      years: `${start}${body.startExternal ? '*' : ''}–${body.end ? `${body.end}${body.endExternal ? '*' : ''}` : ''}`,
    };
  });
  const undated = k.cases.flatMap((c) => c.bodies.filter((b) => b.start === undefined).map((body) => ({ country: c.country, body })));
  return { rows, undated, width: x(TIMELINE.to + 1) + 20, height: TIMELINE.top + rows.length * TIMELINE.row + 10 };
}

export function lessonsForCase(k: Knowledge, c: Case): Lesson[] {
  return k.lessons.filter((l) => l.cases.includes(c.id));
}

export function themeTitle(k: Knowledge, id: string): string {
  return k.themes.find((t) => t.id === id)?.title ?? id;
}
