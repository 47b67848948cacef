/**
 * The format-neutral mandate document: what the HTML, PDF and Word renderers draw. Plain data, so the
 * same answers always give the same document (structure snapshots compare its keys).
 *
 * One model, two documents (see DRAFTING.md):
 * - the instrument (`kind: 'instrument'`): only what a party would adopt, in the form its legal basis
 *   calls for: title, recitals, enacting words, articles, final words and signature blocks;
 * - the brief (`kind: 'brief'`): the same instrument, a cover note before it, each lesson beside the
 *   clause it bears on, then annexes (lessons by clause, risks and open questions, support needs, sources).
 * The donor's support scope is a third kind with only front parts.
 *
 * Text conventions shared by every renderer: a bracketed run "[ ]" or "[monthly / quarterly]" is a blank
 * or a choice the parties still have to make; renderers highlight it (`splitBrackets`).
 */
import type { Picture } from '../picture/picture.ts';

/** A source line under a note: "Accord 29 article, Theme 4 …", marked when outside the article. */
export interface NoteSource {
  label: string;
  external: boolean;
  url?: string;
}

/** A lesson beside a clause, in the brief. */
export interface Note {
  /** The lesson's id: the Word comment and the lessons annex point to it. */
  id: string;
  title: string;
  text: string;
  external: boolean;
  /** Where the sources differ from the article (e.g. a correction), in words; shown as a marker. */
  differs?: string;
  sources: NoteSource[];
}

export interface Clause {
  /** "3.2" */
  number: string;
  key: string;
  text: string;
  /** Lettered sub-paragraphs (a), (b) … */
  items: string[];
  /** Lessons beside this clause (brief only; empty in the instrument). */
  notes: Note[];
}

export interface Article {
  /** "3" */
  number: string;
  key: string;
  title: string;
  clauses: Clause[];
}

export type Block =
  | { kind: 'paragraph'; text: string }
  /**
   * A table of figures (the donor's budget): `head` and `foot` are single rows; `numeric` marks the
   * columns drawn right-aligned. Cells are plain text, already formatted; an empty cell is blank.
   */
  | { kind: 'table'; caption: string; head: string[]; rows: string[][]; foot: string[]; numeric: boolean[] }
  /** Where the secretariat sits: the graph (drawn by each renderer) and its text alternative, one line per body. */
  | { kind: 'picture'; picture: Picture; list: string[] }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | {
      kind: 'item';
      title: string;
      text: string;
      /** "High", "outside the article", "inferred": markers shown beside the title. */
      tag?: string;
      tags?: string[];
      sources: NoteSource[];
      bullets?: string[];
    };

export interface Annex {
  /** "A" */
  letter: string;
  key: 'lessons' | 'risks' | 'support' | 'sources' | 'history';
  title: string;
  blocks: Block[];
}

/** A part placed before the instrument: the brief's cover note, or the donor's support scope. */
export interface FrontSection {
  key: 'cover' | 'support-scope';
  title: string;
  blocks: Block[];
}

/** One signature block: "For the Government of …" then lines to fill ("[Name]", "[Title]"). */
export interface Signature {
  /** "For the Government of Nepal:"; absent for a single signatory. */
  for?: string;
  lines: string[];
}

/** The instrument's form, from the legal-basis answer. */
export type InstrumentForm = 'cabinet-decision' | 'decree' | 'statute' | 'party-resolution' | 'agreement-between-parties' | 'not-decided';

/** The words a renderer adds around the content ("Article", "Annex", ...), from the UI strings. */
export interface DocumentLabels {
  /** "Article" or, in a statute, "Section" */
  article: string;
  annex: string;
  /** "Lesson:" before a note's title */
  note: string;
  /** "Sources:" before a note's sources */
  sources: string;
  /** "outside the article", after an outside source */
  outside: string;
  contents: string;
  /** "Lessons" and "see Article 3.2": how a brief's annex points at a clause */
  clause: string;
}

export interface MandateDocument {
  kind: 'instrument' | 'brief' | 'scope';
  /** The form the instrument takes (from the legal-basis answer). */
  form: InstrumentForm;
  /** "Decree No. [ ] establishing the Peace Secretariat" */
  title: string;
  /** A statute's long title ("An Act to establish …"); absent for other forms. */
  longTitle?: string;
  labels: DocumentLabels;
  /** "Draft — not agreed" */
  status: string;
  /** The date the draft was made, already formatted for display. */
  date: string;
  /** ISO date, for file names. */
  isoDate: string;
  /** True for the brief: lessons beside clauses and annexes. Kept for the renderers' convenience. */
  annotated: boolean;
  /** Document subject (PDF and Word metadata). */
  subject: string;
  /** BCP 47 language of the text (PDF and Word metadata, the page's `lang`). */
  lang: string;
  /** Parts before the instrument: the brief's cover note; the donor's support scope. */
  front: FrontSection[];
  /** Recitals ("Recognising …,"), each a paragraph. */
  recitals: string[];
  /** "The Cabinet decides:"; empty when the form has none. */
  enacting: string;
  articles: Article[];
  /** After the articles: "Done at [ ] on [ ]." and the like. */
  closing: string[];
  signatures: Signature[];
  annexes: Annex[];
  /** e.g. "secretaria-de-paz-bogota-2026-11-24-instrument-a4"; each renderer adds its extension. */
  fileStem: string;
}

/** Splits text into plain runs and bracketed runs ("[ ]", "[monthly / quarterly]"), which renderers highlight. */
export function splitBrackets(text: string): { text: string; open: boolean }[] {
  const parts: { text: string; open: boolean }[] = [];
  let depth = 0;
  let run = '';
  for (const ch of text) {
    if (ch === '[') {
      if (depth === 0 && run) {
        parts.push({ text: run, open: false });
        run = '';
      }
      depth++;
      run += ch;
    } else if (ch === ']' && depth > 0) {
      run += ch;
      depth--;
      if (depth === 0) {
        parts.push({ text: run, open: true });
        run = '';
      }
    } else run += ch;
  }
  if (run) parts.push({ text: run, open: depth > 0 });
  return parts;
}
