/**
 * The instrument as data (content/mandate/articles.yaml): its forms (one per legal-basis answer), the
 * composer's small words, recitals, and articles of clauses, each clause shown when its condition holds,
 * with slots filled from the answers.
 */
import { z } from '../zod.ts';
import { conditionSchema } from '../conditions/schema.ts';

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a key in kebab-case');
const words = z.string().min(1);

const itemSchema = z.strictObject({ when: conditionSchema.optional(), text: words });

export const clauseSchema = z.strictObject({
  /** Stable key of the clause, unique within its article (structure snapshots compare these keys). */
  key,
  /** Include the clause only when the condition holds. */
  when: conditionSchema.optional(),
  /** The questions whose lessons may annotate this clause in the brief. */
  questions: z.array(key).default([]),
  /** Operative text; `{slot}` marks a value from the answers, `{choice}` the words of `choice`. */
  text: words,
  /** A lettered list after the text; each item may have its own condition. */
  items: z.array(itemSchema).optional(),
  /**
   * How the clause reads when one item is kept, with `{item}` for it; by default the text before its
   * colon runs on into the item ("…in particular through a gender adviser.").
   */
  one: words.optional(),
  /**
   * Words per option of one question. An option not listed leaves the clause out; "not decided" or no
   * answer (where the question applies) gives every listed option as a bracketed choice.
   */
  choice: z.strictObject({ question: key, options: z.record(z.string(), words) }).optional(),
  /** Answers that contradict each other: the clause says both in brackets and the brief asks which. */
  conflict: z.strictObject({ when: conditionSchema, text: words, question: words }).optional(),
});

export const articleSchema = z.strictObject({
  key,
  title: words,
  clauses: z.array(clauseSchema).min(1),
});

const signatureSchema = z.strictObject({ for: words.optional(), lines: z.array(words).min(1) });

/** One form of instrument: how it is titled, opened, enacted, closed and signed. */
export const formSchema = z.strictObject({
  title: words,
  /** A statute's long title. */
  longTitle: words.optional(),
  /** How the text refers to itself inside a sentence: "this Decision". */
  this: words,
  /** Who adopts and amends it: "the Cabinet". */
  adopter: words,
  /** "Section" instead of "Article" (a statute). */
  article: words.optional(),
  /** A line before the recitals (an agreement names its parties). */
  opening: words.optional(),
  /** The same line when the answers name the parties (a joint body's members). */
  openingNamed: words.optional(),
  /** How the instrument ends when it has no end date: "the Parties terminate this Agreement …". */
  ended: words.optional(),
  /** A line after the recitals: "In exercise of the powers conferred by [ ],". */
  authority: words.optional(),
  enacting: words,
  closing: z.array(words),
  signatures: z.array(signatureSchema),
  entry: words,
  amendment: words,
});

/**
 * The answers the composer reads, by the part they play in the text. Content names the question for
 * each (`inputs` in articles.yaml), so compose.ts names none; the build checks every one.
 * - text inputs: the user's own words, put in as typed (a question without options);
 * - choice inputs: a question whose options the composer tells apart, with the options it relies on.
 */
export const TEXT_INPUTS = ['name', 'short-name', 'party-name', 'sunset-date', 'host-state', 'joint-members', 'excluded-groups', 'purpose', 'remarks'] as const;
export const CHOICE_INPUTS = {
  form: ['agreement-between-parties'],
  'party-type': ['state'],
  structure: ['joint'],
  phase: ['pre-formal'],
  'reporting-line': [],
  'head-title': [],
  'staff-size': [],
  'user-role': [],
} as const satisfies Record<string, readonly string[]>;
export type InputRole = (typeof TEXT_INPUTS)[number] | keyof typeof CHOICE_INPUTS;
const inputRoles = [...TEXT_INPUTS, ...Object.keys(CHOICE_INPUTS)] as InputRole[];

const forms = ['cabinet-decision', 'decree', 'statute', 'party-resolution', 'agreement-between-parties', 'not-decided'] as const;

export const mandateContentSchema = z.strictObject({
  forms: z.strictObject(Object.fromEntries(forms.map((f) => [f, formSchema])) as Record<(typeof forms)[number], typeof formSchema>),
  /** Small words the composer puts together (authorities, defaults, joins), with slots. */
  phrases: z.strictObject({
    'default-short': words,
    head: words,
    /** The head's defined title, by the head-title answer ("the Director"); `head` when undecided. */
    'head-titles': z.record(z.string(), words),
    talks: words,
    'talks-pre-formal': words,
    'date-on': words,
    'unless-renewed': words,
    blank: words,
    'unknown-authority': words,
    ended: words,
    parties: words,
    /** The article a name typed without one takes, by its head noun: "article: noun, noun; article: noun" (grammar.ts withArticle). */
    'name-articles': words.refine(
      (s) => s.split(';').every((group) => {
        const [article, nouns, ...more] = group.split(':');
        return !more.length && !!article?.trim() && !article.includes(',') && !!nouns && nouns.split(',').every((n) => n.trim());
      }),
      'groups of "article: noun, noun" separated by ";"',
    ),
    authority: z.record(z.string(), words),
    appointer: z.record(z.string(), words),
    'information-sources': z.strictObject({ state: words, other: words }),
    languages: z.strictObject({ 'agreement-between-parties': words, other: words }),
  }),
  recitals: z.array(itemSchema).min(1),
  articles: z.array(articleSchema).min(1),
  /** The question each input is read from (see TEXT_INPUTS and CHOICE_INPUTS). */
  inputs: z.strictObject(Object.fromEntries(inputRoles.map((r) => [r, key])) as Record<InputRole, typeof key>),
});

export type MandateContent = z.infer<typeof mandateContentSchema>;
export type ClauseContent = z.infer<typeof clauseSchema>;
export type FormContent = z.infer<typeof formSchema>;
export type FormId = (typeof forms)[number];
