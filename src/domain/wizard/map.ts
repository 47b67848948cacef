/**
 * The questionnaire map for facilitators: sections, their questions, and the answers that open each
 * branch. It is read from the statechart's own state nodes (not from a second list), so it cannot
 * disagree with what the questionnaire asks. Layout is plain arithmetic, rendered as SVG by a page.
 */
import type { Questionnaire } from '../questionnaire/schema.ts';
import { describeCondition, englishConditionWords, type ConditionWords } from '../conditions/describe.ts';
import type { WizardMachine } from './machine.ts';

export interface MapBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface MapQuestion extends MapBox {
  label: string[];
  /** "Asked if …" lines, for branch questions. */
  condition: string[];
  required: boolean;
}
export interface MapSection extends MapBox {
  n: number;
  title: string[];
  questions: MapQuestion[];
}
export interface QuestionnaireMap {
  width: number;
  height: number;
  sections: MapSection[];
}

/** Greedy word wrap by character count: good enough for a sans-serif at a known size. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Characters per line of a section title, a question and an "Asked if" line. They leave room for the
 * wider text of WCAG's text-spacing overrides (letters 0.12 em and words 0.16 em apart), which SVG text
 * cannot wrap around: at 30 characters, a question ran 60 pixels out of its box.
 */
export const WRAP = { title: 20, label: 24, condition: 29 } as const;

export const MAP = { columns: 4, colWidth: 320, gap: 24, pad: 16, line: 20, small: 17, boxGap: 14, titleLine: 26 } as const;

/** The machine's sections and question states, in order: the ground truth of the map. */
export function machineQuestions(machine: WizardMachine): { section: string; questions: string[] }[] {
  const root = machine.root.states['questionnaire'];
  if (!root) return [];
  return Object.entries(root.states).map(([section, node]) => ({ section, questions: Object.keys(node.states) }));
}

/**
 * Lays the map out in `columns` columns of sections: four fit a sheet of A4 landscape; two keep the text
 * large enough to read on a projector, where the page is at most about 60rem wide.
 */
export function questionnaireMap(machine: WizardMachine, questionnaire: Questionnaire, askedIf = 'Asked if', columns: number = MAP.columns, words: ConditionWords = englishConditionWords): QuestionnaireMap {
  const byId = new Map(questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
  const titles = new Map(questionnaire.sections.map((s) => [s.id, s.title]));
  const inner = MAP.colWidth - 2 * MAP.pad;
  const sections: MapSection[] = [];
  const rowsTop: number[] = [MAP.gap];
  machineQuestions(machine).forEach(({ section, questions }, i) => {
    const col = i % columns;
    const row = Math.floor(i / columns);
    const title = wrap(`${i + 1}. ${titles.get(section) ?? section}`, WRAP.title);
    let y = MAP.pad + title.length * MAP.titleLine + 8;
    const boxes: MapQuestion[] = questions.map((id) => {
      const q = byId.get(id);
      const label = wrap(q?.shortLabel ?? id, WRAP.label);
      const condition = q?.when ? wrap(`${askedIf}: ${describeCondition(q.when, questionnaire, words)}`, WRAP.condition) : [];
      const h = 12 + label.length * MAP.line + condition.length * MAP.small + (condition.length ? 6 : 0);
      const box = { id, x: MAP.pad, y, w: inner, h, label, condition, required: q?.required ?? false };
      y += h + MAP.boxGap;
      return box;
    });
    sections.push({ id: section, n: i + 1, x: MAP.gap + col * (MAP.colWidth + MAP.gap), y: row, w: MAP.colWidth, h: y + MAP.pad - MAP.boxGap, title, questions: boxes });
  });
  // Rows take the height of their tallest section.
  const rows = Math.ceil(sections.length / columns);
  for (let r = 0; r < rows; r++) {
    const tallest = Math.max(...sections.filter((s) => s.y === r).map((s) => s.h));
    rowsTop.push(rowsTop[r]! + tallest + MAP.gap);
  }
  for (const s of sections) s.y = rowsTop[s.y]!;
  return {
    width: MAP.gap + Math.min(sections.length, columns) * (MAP.colWidth + MAP.gap),
    height: rowsTop[rows]!,
    sections,
  };
}

/** One section of a map on its own, at the origin: the page's zoomed view of a mandate area. */
export function sectionMap(map: QuestionnaireMap, id: string): QuestionnaireMap {
  const s = map.sections.find((x) => x.id === id);
  if (!s) return { width: 0, height: 0, sections: [] };
  return { width: s.w + 2 * MAP.gap, height: s.h + 2 * MAP.gap, sections: [{ ...s, x: MAP.gap, y: MAP.gap }] };
}

/** The overview a projector shows in one screen: each area with how many questions it asks, and how many only for some answers. */
export function mapOverview(map: QuestionnaireMap): { id: string; n: number; title: string; questions: number; branches: number }[] {
  return map.sections.map((s) => ({ id: s.id, n: s.n, title: s.title.join(' '), questions: s.questions.length, branches: s.questions.filter((q) => q.condition.length > 0).length }));
}
