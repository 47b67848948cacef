/**
 * The format-neutral mandate document: what the HTML and PDF renderers draw. Plain data, so the same
 * answers always give the same document (golden tests compare it as JSON).
 */

/** A source line under a note: "Accord 29 article, Theme 4 …", marked when outside the article. */
export interface NoteSource {
  label: string;
  external: boolean;
  url?: string;
}

/** A lesson attached to a clause in the annotated version. */
export interface Note {
  title: string;
  text: string;
  external: boolean;
  sources: NoteSource[];
}

export interface Clause {
  /** "3.2" */
  number: string;
  key: string;
  text: string;
  items: string[];
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
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'item'; title: string; text: string; tag?: string; sources: NoteSource[]; bullets?: string[] };

export interface Annex {
  /** "A" */
  letter: string;
  key: 'lessons' | 'risks' | 'support' | 'sources' | 'history';
  title: string;
  blocks: Block[];
}

/** A part placed before the preamble: the donor's support scope. */
export interface FrontSection {
  key: 'support-scope';
  title: string;
  blocks: Block[];
}

/** The words a renderer adds around the content ("Article", "Annex", ...), from the UI strings. */
export interface DocumentLabels {
  article: string;
  annex: string;
  /** "Lesson:" before a note's title */
  note: string;
  /** "Sources:" before a note's sources */
  sources: string;
  /** "outside the article", after an outside source */
  outside: string;
  contents: string;
}

export interface MandateDocument {
  title: string;
  labels: DocumentLabels;
  /** "Draft — not agreed" */
  status: string;
  /** The date the draft was made, already formatted for display. */
  date: string;
  /** ISO date, for file names. */
  isoDate: string;
  annotated: boolean;
  /** Document subject (PDF metadata). */
  subject: string;
  /** Parts before the preamble (the support scope when the user is a donor); usually empty. */
  front: FrontSection[];
  preamble: string[];
  articles: Article[];
  annexes: Annex[];
  /** e.g. "secretaria-de-paz-bogota-2026-11-24-annotated.pdf" */
  fileName: string;
}
