/**
 * The knowledge behind the questions: sources, themes, cases (bodies and facts), lessons and risks.
 * One documented schema per concept; content lives in content/ as YAML and is checked at build time
 * (src/domain/knowledge/build.ts), including every cross-reference.
 */
import { z } from '../zod.ts';
import { conditionSchema } from '../conditions/schema.ts';
import type { Condition } from '../conditions/condition.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id in kebab-case');
const text = z.string().min(1);

/** Where a statement comes from: a source, and for the article, the section or theme it draws on. */
export const citationSchema = z.strictObject({
  /** Id of a source in content/sources.yaml. */
  source: id,
  /** For the article: the id of one of its sections (see `sections` of the article source). */
  section: id.optional(),
  /** Anything more precise: a date, a page, a note on how the source says it. */
  note: text.optional(),
});

export const sourceSchema = z.strictObject({
  /** How a citation names the source when it is not external ("Accord 29 article"): wording, translated. */
  label: z.string().min(1).optional(),
  id,
  /** Title as the source gives it. */
  title: text,
  /** Publisher, outlet or author, as far as known. */
  publisher: text.optional(),
  /** Date or year of publication, as far as known. */
  date: text.optional(),
  /** Public address where the source can be read. */
  url: z.url().optional(),
  /** False only for the source article; everything else is shown as "outside the article". */
  external: z.boolean(),
  /** Caveats: what of the source was seen, or how reliable a claim from it is. */
  note: text.optional(),
  /** Citable parts of the source (the article's sections and themes). */
  sections: z.array(z.strictObject({ id, title: text })).optional(),
});

export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });

export const themeSchema = z.strictObject({
  id,
  /** The theme's number in the article (1 to 4). */
  number: z.number().int().min(1).max(4),
  title: text,
  /** What the theme says, in our words. */
  summary: text,
  citations: z.array(citationSchema).min(1),
});
export const themesFileSchema = z.strictObject({ themes: z.array(themeSchema).length(4) });

/** A body (secretariat, office, committee) in a case country. */
export const bodySchema = z.strictObject({
  id,
  /** Name in English, as correct as the sources allow. */
  name: text,
  /**
   * Parts of `name` in another language (the official name in Spanish, say), each with its language
   * (BCP 47): the pages mark them with `lang`, so a screen reader pronounces them in that language.
   */
  foreign: z.array(z.strictObject({ text, lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language tag such as "es"') })).optional(),
  /** The name the article uses, where it differs (e.g. a wrong title). */
  articleName: text.optional(),
  /** Who set it up. */
  establishedBy: text,
  /** Year it was set up (for the timeline). */
  start: z.number().int().min(1900).max(2100).optional(),
  /** True when only outside sources give the start year. */
  startExternal: z.boolean().optional(),
  /** Year it ended, if it did. */
  end: z.number().int().min(1900).max(2100).optional(),
  /** True when only outside sources give the end year. */
  endExternal: z.boolean().optional(),
  /** One sentence on what it was. */
  summary: text,
});

/** One statement about a case, in our words, with its sources. */
export const factSchema = z.strictObject({
  id,
  /** The knowledge base's id (C1 … C17) for facts drawn from the article. */
  kb: z.string().regex(/^C\d+$/).optional(),
  /** Bodies the fact concerns. */
  bodies: z.array(id).min(1),
  /** The article's themes it illustrates. */
  themes: z.array(id),
  text,
  /** True when the fact comes from outside the article. */
  external: z.boolean(),
  citations: z.array(citationSchema).min(1),
  /** Where outside sources correct the article (the knowledge base's X1 … X10). */
  correction: z
    .strictObject({
      kb: z.string().regex(/^X\d+$/),
      /** What the article says. */
      articleSays: text,
      /** What the outside sources establish. */
      corrected: text,
      citations: z.array(citationSchema).min(1),
    })
    .optional(),
});

export const caseSchema = z.strictObject({
  /** Country id, used in the page address. */
  id,
  country: text,
  /** Two or three sentences of context, in our words. */
  summary: text,
  bodies: z.array(bodySchema).min(1),
  facts: z.array(factSchema).min(1),
});

/**
 * A note, shown beside a lesson or risk, that outside sources and the article differ on a fact it rests on.
 * `kb` names the knowledge base's correction (X1 … X10); the case fact with that correction gives the detail.
 */
export const differsSchema = z.strictObject({
  kb: z.string().regex(/^X\d+$/),
  /** One sentence, in our words: what the article says and what the outside sources say. */
  note: text,
  citations: z.array(citationSchema).min(1),
});

/**
 * A safeguard a risk proposes. A plain string always fits the answers. An object may name:
 * - `unless`: the answers it would contradict (publishing, for a confidential office). Then it is not
 *   offered as a clause; its `question` is put to the parties instead.
 * - `decided`: the answers that already settle it (a handover report chosen). Then it is left out.
 */
export const safeguardSchema = z.union([
  text,
  z
    .strictObject({
      text,
      /** The answers this safeguard conflicts with. */
      unless: conditionSchema.optional(),
      /** The safeguard as a question for the parties, asked when `unless` holds. */
      question: text.optional(),
      /** The answers that already decide what this safeguard would add. */
      decided: conditionSchema.optional(),
    })
    .refine((s) => s.unless || s.decided, { message: 'a safeguard object needs `unless` (with a question) or `decided`' })
    .refine((s) => !s.unless || s.question, { message: 'a safeguard with `unless` needs the `question` to ask instead', path: ['question'] }),
]);

export const lessonSchema = z.strictObject({
  id,
  title: text,
  /** The lesson in one or two sentences. */
  text,
  /** The article theme or section it belongs to. */
  theme: id.optional(),
  /** Case ids behind it (may be empty for a general lesson). */
  cases: z.array(id),
  /** Fact ids behind it. */
  facts: z.array(id),
  /** 'article' when the article says it; 'external' when it comes from outside sources. */
  origin: z.enum(['article', 'external']),
  citations: z.array(citationSchema).min(1),
  /** Questions whose page shows this lesson; the draft annotates the clauses these questions fill. */
  questions: z.array(id),
  /** Relevant only to answers meeting this condition (e.g. lessons about armed groups' offices). */
  when: conditionSchema.optional(),
  /** Where the sources behind the lesson differ from the article (e.g. Nepal's 2003 secretariat). */
  differs: differsSchema.optional(),
});

export const riskSchema = z.strictObject({
  id,
  /**
   * The knowledge base's risk pattern (R1 … R17); for a risk the knowledge base lists no pattern for,
   * the design dimension (D1 …) or outside element (E1 …) it rests on.
   */
  kb: z.string().regex(/^[RDE]\d+$/),
  title: text,
  /** How serious, for ordering and emphasis; the reason is given in `severityWhy`. */
  severity: z.enum(['high', 'medium', 'low']),
  severityWhy: text,
  /** The combination of answers that raises the risk. */
  when: conditionSchema,
  /** What can go wrong. */
  risk: text,
  /** What the mandate can do about it. */
  mitigation: text,
  /**
   * Short clause-like safeguards to add to the mandate, each a string (always fits) or
   * `{ text, unless, question? }` (see safeguardSchema). Read through `raisedRisks`, whose findings hold
   * only those that fit the answers; `safeguards` here lists every text, `safeguardRules` the conditions.
   */
  safeguards: z.array(safeguardSchema).min(1),
  cases: z.array(id),
  facts: z.array(id),
  lessons: z.array(id),
  /**
   * 'explicit' when the article states the link; 'implied' when it is an inference from it (shown as
   * "inferred"); 'external' when only sources outside the article support it (shown as "outside the article").
   */
  basis: z.enum(['explicit', 'implied', 'external']),
  citations: z.array(citationSchema).min(1),
  /** An open question for the parties, for the draft's annex. */
  question: text,
  /** Where the sources behind the risk differ from the article. */
  differs: differsSchema.optional(),
}).transform(({ safeguards, ...risk }) => ({
  ...risk,
  /** Every safeguard's text, whether or not it fits a given set of answers. */
  safeguards: safeguards.map((s) => (typeof s === 'string' ? s : s.text)),
  /** Every safeguard with its condition; `raisedRisks` sorts them into clauses and questions. */
  safeguardRules: safeguards.map((s): SafeguardRule => (typeof s === 'string' ? { text: s } : s)),
}));

/** A risk's safeguard with the answers it conflicts with (`unless`) and its question form. */
export interface SafeguardRule {
  text: string;
  unless?: Condition | undefined;
  question?: string | undefined;
  decided?: Condition | undefined;
}

export type Citation = z.infer<typeof citationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Body = z.infer<typeof bodySchema>;
export type Fact = z.infer<typeof factSchema>;
export type Case = z.infer<typeof caseSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Risk = z.output<typeof riskSchema>;
export type Differs = z.infer<typeof differsSchema>;

export interface Knowledge {
  sources: Source[];
  themes: Theme[];
  cases: Case[];
  lessons: Lesson[];
  risks: Risk[];
}
