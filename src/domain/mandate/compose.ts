/**
 * The composer: (answers, knowledge, clause texts, options) → a format-neutral mandate document, either
 * the instrument (what a party adopts, in the form its legal basis calls for) or the brief (the same
 * instrument with lessons beside the clauses they bear on, a cover note and annexes).
 * Pure and deterministic: the date and the interface words are arguments. A slot with no value is an
 * error (ComposeError), never an empty string in a legal text; an undecided point prints as a
 * bracketed choice, never an invented decision.
 */
import type { Answers } from '../answers/schema.ts';
import { evaluate, isAnswered, type AnswerLookup } from '../conditions/condition.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { effectiveAnswers, isVisible, visibleOptions } from '../questionnaire/visibility.ts';
import type { Citation, Knowledge, Lesson } from '../knowledge/schema.ts';
import { citationView } from '../knowledge/view.ts';
import { describeFiredBy, raisedRisks, relevantLessons } from '../rules/findings.ts';
import { t, uiLang, type UiStrings } from '../ui/strings.ts';
import type { Annex, Article, Block, Clause, DocumentLabels, FrontSection, MandateDocument, Note, NoteSource, Signature } from './document.ts';
import type { ClauseContent, FormContent, FormId, MandateContent } from './schema.ts';
import type { SupportContent } from '../support/schema.ts';
import { compareWithHistory, type ScenarioView } from '../scenarios/compare.ts';
import { picture, pictureList } from '../picture/picture.ts';
import { budgetCsv, budgetTable, emptyDonorScope, formatAmount, type DonorScope } from '../support/budget.ts';
import type { Lang } from '../i18n/lang.ts';
import { atStart, contractAtSlots, formatDate, SLOT_MARK, inSentence, labelInSentence, languageTag, looksLikeDate, lowerCase, mentionsRenewal, nameArticles, namesIn, plural, referenceWord, series, withArticle, withoutArticle } from '../i18n/grammar.ts';

// The article and capital rules moved to the grammar of each language; their English defaults are still
// exported here, where the composer's tests and callers have always found them.
export { atStart, inSentence, namesIn };

export class ComposeError extends Error {
  readonly slot: string;
  readonly clause: string;
  constructor(slot: string, clause: string) {
    super(`The clause "${clause}" needs "${slot}", which has no value.`);
    this.name = 'ComposeError';
    this.slot = slot;
    this.clause = clause;
  }
}

export interface ComposeOptions {
  /** The instrument (what a party adopts) or the brief (the instrument with lessons, risks and annexes). */
  kind: 'instrument' | 'brief';
  /** When the draft is made; shown in the header and used in the file name. */
  date: Date;
  /**
   * The draft's language: its grammar (articles, capitals, plurals, list joins), its date and the language
   * the document declares. It may differ from the interface's; the wording is whatever `ui` and the
   * content hold (English until a translation is loaded).
   */
  lang: Lang;
  ui: UiStrings;
  /** A workshop scenario the answers were made for; the brief then compares it with history. */
  scenario?: ScenarioView;
}

type Lookup = AnswerLookup & Record<string, string | readonly string[] | undefined>;

/** Letters and digits of any script joined by hyphens, for file names: a Unicode name stays readable. */
export function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Which items a list keeps depends on the answers, so its punctuation is set here: ";" after each item, "." after the last. */
export function punctuateList(items: string[]): string[] {
  return items.map((it, i) => `${it.replace(/[;,.]\s*$/, '')}${i === items.length - 1 ? '.' : ';'}`);
}

/** A clause that ends with a user's answer ("…shall end on 31 December 2027") still ends with a full stop. */
export function endSentence(text: string): string {
  return /[.!?;:…"”’)\]।۔。؟]\s*$/u.test(text) ? text : `${text.trimEnd()}.`;
}

/** True when a slot at this point of a template opens a sentence (the text before it is empty or ends one). */
const opensSentence = (before: string) => /(^|[.!?])$/.test(before.trimEnd());

/** Free text the user wrote, as provisions: one per paragraph, each a full sentence. */
const paragraphs = (s: string) => s.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);

/** Article numbers are known only once every article is composed; a reference waits for them. */
const REF = (key: string) => `\u0000ref:${key}\u0000`;

interface Composer {
  a: Lookup;
  lang: Lang;
  ui: UiStrings;
  questionnaire: Questionnaire;
  content: MandateContent;
  form: FormContent;
  formId: FormId;
  values: Record<string, string | undefined>;
  /** Decisions the text leaves open, for the brief: "Seat: not decided". */
  open: { question: string; clause: string; at?: string }[];
  conflicts: { question: string; clause: string }[];
}

/** Slots whose values are the content's own phrases (which may name other slots), not a user's words. */
const PHRASE_SLOTS = new Set(['authority', 'appointer', 'adopter', 'unless-renewed', 'languages', 'ended', 'amendment', 'entry', 'this', 'talks', 'information-sources', 'head', 'head-plain']);

function fill(template: string, c: Composer, clause: string, extra: Record<string, string | undefined> = {}, opensText = true): string {
  const out = template.replace(/\{([A-Za-z-]+)(?::([a-z0-9-]+))?\}/g, (_, raw: string, ref: string | undefined, at: number) => {
    if (raw === 'ref' && ref) return REF(ref);
    const name = raw.toLowerCase();
    const v = name in extra ? extra[name] : c.values[name];
    if (v === undefined) throw new ComposeError(name, clause);
    // Only the content's own phrases may hold slots; a user's words are never read as a template.
    const filled = PHRASE_SLOTS.has(name) && /\{/.test(v) ? fill(v, c, clause, extra) : v;
    // {Short} in the template, or a slot that opens a sentence, gets a capital.
    const before = template.slice(0, at);
    // The mark lets a preposition before the slot contract with its article (es "del", fr "du"); removed below.
    return SLOT_MARK + (raw !== name || ((opensText || before.trim()) && opensSentence(before)) ? atStart(filled, c.lang) : inSentence(filled, c.lang));
  });
  return contractAtSlots(out, c.lang);
}

const questionOf = (q: Questionnaire, id: string) => q.sections.flatMap((s) => s.questions).find((x) => x.id === id);

/** The words of a clause's choice: the option answered, or every option as a bracketed choice when undecided. */
function choiceWords(clause: ClauseContent, c: Composer, where: string): string | null {
  const choice = clause.choice!;
  const v = c.a[choice.question];
  const question = questionOf(c.questionnaire, choice.question);
  if (typeof v === 'string' && v !== 'not-decided') {
    const words = choice.options[v];
    return words === undefined ? null : fill(words, c, where);
  }
  // Undecided, or not answered where the question applies: the parties choose among the options offered.
  if (v === undefined && question && !isVisible(question, c.a)) return null;
  const offered = question ? visibleOptions(question, c.a).map((o) => o.id) : Object.keys(choice.options);
  const texts = Object.entries(choice.options)
    .filter(([id]) => offered.includes(id))
    .map(([, words]) => fill(words, c, where).replace(/\.$/, ''));
  if (!texts.length) return null;
  c.open.push({ question: choice.question, clause: where });
  const whole = /^\{choice\}$/.test(clause.text);
  return whole ? `[${texts.join(' / ')}].` : `[${texts.join(' / ')}]`;
}

function slots(a: Lookup, ui: UiStrings, content: MandateContent, formId: FormId, form: FormContent, lang: Lang): Record<string, string | undefined> {
  const p = content.phrases;
  // The questions each part of the text is read from, as the content declares them.
  const i = content.inputs;
  const text = (id: string) => (typeof a[id] === 'string' && isAnswered(a[id]) ? (a[id] as string).trim() : undefined);
  const one = (id: string) => (typeof a[id] === 'string' ? (a[id] as string) : undefined);
  const staffSize = one(i['staff-size']);
  const size = staffSize !== undefined ? t(ui, `draft.staff-size.${staffSize}`) : p.blank;
  // Names keep their article in a drafted text: one typed without it gets the one its head noun takes.
  const articles = nameArticles(p['name-articles'], lang);
  const named = (id: string) => {
    const typed = text(id);
    return typed === undefined ? undefined : withArticle(typed, lang, articles);
  };
  const full = named(i.name) ?? t(ui, 'draft.default-name');
  const short = named(i['short-name']) ?? p['default-short'];
  const partyName = named(i['party-name']) ?? p.blank;
  const isState = a[i['party-type']] === 'state';
  const line = typeof a[i['reporting-line']] === 'string' ? (a[i['reporting-line']] as string) : undefined;
  const sunsetDate = text(i['sunset-date']);
  const title = one(i['head-title']);
  const headTitle = (title !== undefined && p['head-titles'][title]) || p.head;
  const values: Record<string, string | undefined> = {
    full,
    'full-title': atStart(withoutArticle(full, lang), lang),
    short,
    'short-plain': inSentence(short, lang),
    party: a[i.structure] === 'joint' ? t(ui, 'draft.the-parties') : isState ? t(ui, 'draft.the-government') : partyName,
    parties: text(i['joint-members']) ?? p.parties,
    ended: form.ended ?? p.ended,
    'party-name': partyName,
    this: form.this,
    adopter: form.adopter,
    talks: a[i.phase] === 'pre-formal' ? p['talks-pre-formal'] : p.talks,
    // The head's title is defined once and used in every clause; undecided, it stays "the Head".
    head: headTitle,
    'head-plain': headTitle,
    'host-state-or-blank': named(i['host-state']) ?? p.blank,
    'joint-members': text(i['joint-members']),
    'sunset-date': sunsetDate === undefined ? p.blank : looksLikeDate(sunsetDate, lang) ? p['date-on'].replace('{date}', sunsetDate) : sunsetDate,
    'unless-renewed': sunsetDate && mentionsRenewal(sunsetDate, lang) ? '' : p['unless-renewed'],
    'excluded-groups': text(i['excluded-groups']),
    'staff-size-words': size,
    'information-sources': isState ? p['information-sources'].state : p['information-sources'].other,
    amendment: form.amendment,
    entry: form.entry,
    languages: formId === 'agreement-between-parties' ? p.languages['agreement-between-parties'] : p.languages.other,
  };
  values.authority = (a[i.structure] === 'joint' ? p.authority.joint : line && p.authority[line]) ?? p['unknown-authority'];
  values.appointer = a[i.structure] === 'joint' ? p.appointer.joint : (line && p.appointer[line]) ?? p['unknown-authority'];
  return values;
}

function sourcesOf(citations: readonly Citation[], k: Knowledge): NoteSource[] {
  return citations.map((c) => {
    const v = citationView(c, k);
    return { label: v.label, external: v.external, ...(v.url ? { url: v.url } : {}) };
  });
}

function noteOf(l: Lesson, k: Knowledge, ui: UiStrings): Note {
  return {
    id: l.id,
    title: l.title,
    text: l.text,
    external: l.origin === 'external',
    // After the colon, Spanish and French go on in small letters ("discrepan: el artículo…"); English keeps the sentence's capital.
    ...(l.differs ? { differs: t(ui, 'brief.differs', { note: uiLang(ui) === 'en' ? l.differs.note : inSentence(l.differs.note, uiLang(ui)) }) } : {}),
    sources: sourcesOf([...l.citations, ...(l.differs?.citations ?? [])], k),
  };
}

/** A lesson bears on a clause when they share a question (the lesson's `when` has already been checked). */
const bearsOn = (l: Lesson, clause: ClauseContent) => l.questions.some((q) => clause.questions.includes(q));

export function compose(
  questionnaire: Questionnaire,
  answers: Answers,
  knowledge: Knowledge,
  content: MandateContent,
  options: ComposeOptions,
): MandateDocument {
  const { ui, lang } = options;
  const brief = options.kind === 'brief';
  const a = effectiveAnswers(questionnaire, answers) as Lookup;
  const chosen = a[content.inputs.form];
  const formId: FormId = typeof chosen === 'string' && chosen in content.forms ? (chosen as FormId) : 'not-decided';
  const form = content.forms[formId];
  const c: Composer = { a, lang, ui, questionnaire, content, form, formId, values: slots(a, ui, content, formId, form, lang), open: [], conflicts: [] };
  if (formId === 'not-decided') c.open.push({ question: content.inputs.form, clause: 'title' });
  const lessons = relevantLessons(a, knowledge.lessons).map((f) => f.lesson);
  const placed = new Map<string, string>(); // lesson id → clause number

  const articles: Article[] = [];
  for (const art of content.articles) {
    const number = String(articles.length + 1);
    const clauses: Clause[] = [];
    const push = (key: string, text: string, items: string[], source?: ClauseContent) => {
      const n = `${number}.${clauses.length + 1}`;
      // Decisions this clause leaves open are named by its number in the brief.
      for (const o of c.open) if (!o.at && o.clause !== 'title') o.at = n;
      const concerned = source && brief ? lessons.filter((l) => !placed.has(l.id) && bearsOn(l, source)) : [];
      concerned.forEach((l) => placed.set(l.id, n));
      clauses.push({ number: n, key, text: items.length ? text : endSentence(text), items, notes: concerned.map((l) => noteOf(l, knowledge, ui)) });
    };
    for (const cl of art.clauses) {
      if (cl.when && !evaluate(cl.when, a)) continue;
      const where = `${art.key}/${cl.key}`;
      if (cl.conflict && evaluate(cl.conflict.when, a)) {
        c.conflicts.push({ question: cl.conflict.question, clause: where });
        push(cl.key, fill(cl.conflict.text, c, where), [], cl);
        continue;
      }
      let extra: Record<string, string> = {};
      if (cl.choice) {
        const words = choiceWords(cl, c, where);
        if (words === null) continue;
        extra = { choice: words };
      }
      // The user's own words are provisions in their own right, one per paragraph.
      const own = cl.text.match(/^\{(purpose|remarks)\}$/)?.[1] as 'purpose' | 'remarks' | undefined;
      if (own) {
        paragraphs(String(a[content.inputs[own]] ?? '')).forEach((para, i) => push(i ? `${cl.key}-${i + 1}` : cl.key, para, [], cl));
        continue;
      }
      const items = punctuateList((cl.items ?? []).filter((i) => !i.when || evaluate(i.when, a)).map((i) => fill(i.text, c, where, extra, false)));
      if (cl.items && items.length === 0) continue;
      const text = fill(cl.text, c, where, extra);
      // A list of one reads as one sentence: "…in particular through a gender adviser."
      if (items.length === 1 && cl.one) push(cl.key, fill(cl.one, c, where, { ...extra, item: items[0]! }), [], cl);
      // French wording may put a space before the colon ("notamment :"); the joined sentence keeps one space.
      else if (items.length === 1 && text.endsWith(':')) push(cl.key, `${text.slice(0, -1).trimEnd()} ${items[0]}`, [], cl);
      else push(cl.key, text, items, cl);
    }
    if (clauses.length) articles.push({ number, key: art.key, title: art.title, clauses });
  }
  // References to articles ("Article {ref:head}") take the numbers the articles ended with.
  const numbers = new Map(articles.map((x) => [x.key, x.number]));
  const refLabel = form.article ? lowerCase(form.article, lang) : referenceWord(t(ui, 'draft.article'), lang);
  const resolve = (s: string) => s.replace(/\u0000ref:([a-z0-9-]+)\u0000/g, (_, key: string) => `${refLabel} ${numbers.get(key) ?? content.phrases.blank}`);
  for (const art of articles) for (const cl of art.clauses) {
    cl.text = resolve(cl.text);
    cl.items = cl.items.map(resolve);
  }

  const recitals = content.recitals.filter((r) => !r.when || evaluate(r.when, a)).map((r, i) => fill(r.text, c, `recitals/${i + 1}`));
  const openingText = form.openingNamed && isAnswered(a[content.inputs['joint-members']]) ? form.openingNamed : form.opening;
  const opening = openingText ? [fill(openingText, c, 'opening')] : [];
  const authority = form.authority ? [fill(form.authority, c, 'authority')] : [];
  const isoDate = options.date.toISOString().slice(0, 10);
  const full = c.values.full!;
  const doc: MandateDocument = {
    kind: options.kind,
    form: formId,
    title: atStart(fill(form.title, c, 'title'), lang),
    ...(form.longTitle ? { longTitle: fill(form.longTitle, c, 'long-title') } : {}),
    labels: documentLabels(ui, lang, form),
    status: t(ui, 'draft.status'),
    date: formatDate(lang, options.date),
    isoDate,
    annotated: brief,
    subject: t(ui, brief ? 'draft.subject-brief' : 'draft.subject-instrument', { secretariat: inSentence(full, lang), party: inSentence(c.values['party-name']!, lang) }),
    lang: languageTag(lang),
    front: [],
    recitals: [...opening, ...recitals, ...authority],
    enacting: fill(form.enacting, c, 'enacting'),
    articles,
    closing: form.closing.map((x, i) => fill(x, c, `closing/${i + 1}`)),
    signatures: signatures(form, c),
    annexes: [],
    fileStem: `${slug(full) || 'mandate'}-${isoDate}-${brief ? 'brief' : 'instrument'}`,
  };
  if (!brief) return doc;

  doc.front = [coverNote(questionnaire, a, c, ui, doc)];
  doc.annexes = briefAnnexes(questionnaire, a, knowledge, ui, lessons, placed, c, options);
  return doc;
}

/**
 * The signature blocks of the form. An agreement whose parties are named signs once for each of them
 * ("For the Government of Aldoria:"), keeping a witness's block where the form has one.
 */
function signatures(form: FormContent, c: Composer): Signature[] {
  const blocks = form.signatures.map((s, i) => ({ ...(s.for ? { for: fill(s.for, c, `signatures/${i + 1}`) } : {}), lines: s.lines.map((l) => fill(l, c, `signatures/${i + 1}`)) }));
  const members = c.a[c.content.inputs['joint-members']];
  const named = c.formId === 'agreement-between-parties' && typeof members === 'string' ? namesIn(members, c.lang) : [];
  if (named.length < 2) return blocks;
  const lines = blocks[0]!.lines;
  const witness = blocks.filter((b) => b.for?.startsWith('['));
  return [...named.map((n) => ({ for: t(c.ui, 'draft.sign-for', { party: inSentence(n, c.lang) }), lines })), ...witness];
}

/** The brief's cover note: what it is, for whom, who answered, what is still open. Not part of the instrument. */
function coverNote(q: Questionnaire, a: Lookup, c: Composer, ui: UiStrings, doc: MandateDocument): FrontSection {
  const role = answerLabels(q, a, c.content.inputs['user-role'])[0];
  const formName = answerLabels(q, a, c.content.inputs.form)[0];
  const blocks: Block[] = [
    { kind: 'paragraph', text: t(ui, 'brief.cover-what', { title: doc.title, party: inSentence(c.values['party-name']!, c.lang) }) },
    { kind: 'paragraph', text: role ? t(ui, 'brief.cover-who', { role: lowerCase(role, c.lang), form: labelInSentence(formName ?? t(ui, 'check.not-provided'), c.lang) }) : t(ui, 'brief.cover-who-unknown') },
    { kind: 'paragraph', text: t(ui, 'brief.cover-how') },
  ];
  // The purpose in the user's words is for the people deciding: the instrument states it in drafted form
  // (its purpose article), so it is set beside that article here rather than repeated as a provision.
  const said = a[c.content.inputs.purpose];
  const purpose = paragraphs(typeof said === 'string' ? said : '');
  const purposeAt = doc.articles.find((x) => x.key === 'purpose')?.number;
  if (purpose.length && purposeAt !== undefined) {
    blocks.push({ kind: 'paragraph', text: t(ui, 'brief.cover-purpose', { article: `${briefReference(c, ui)} ${purposeAt}` }) });
    blocks.push({ kind: 'list', items: purpose });
  }
  const open = [...new Map(c.open.map((o) => [o.question, `${questionOf(q, o.question)?.shortLabel ?? o.question} (${o.at ? `${briefReference(c, ui)} ${o.at}` : t(ui, 'brief.the-title')})`])).values()];
  blocks.push({ kind: 'paragraph', text: t(ui, plural(c.lang, open.length, { zero: 'brief.cover-none-open', one: 'brief.cover-open-one', other: 'brief.cover-open' }), { count: open.length }) });
  if (open.length) blocks.push({ kind: 'list', items: open });
  // A principal sees the design at a glance: who the secretariat answers to and works with.
  const p = picture(a, ui);
  blocks.push({ kind: 'heading', text: p.title });
  blocks.push(p.edges.length ? { kind: 'picture', picture: p, list: pictureList(p) } : { kind: 'paragraph', text: t(ui, 'picture.none') });
  return { key: 'cover', title: t(ui, 'brief.cover-title'), blocks };
}

/**
 * A risk's safeguard speaks of the office by the content's default short name ("the Secretariat", "la
 * Secretaría"); in the brief it takes the short name the answers gave.
 */
function withShortName(text: string, c: Composer): string {
  const name = c.content.phrases['default-short'];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const opening = atStart(name, c.lang).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), '{short}').replace(new RegExp(`^${opening}(?![\\p{L}\\p{N}])`, 'u'), '{Short}');
}

/** The word before an article's number where the brief points into the instrument ("Article 5", "artículo 5"). */
const briefReference = (c: Composer, ui: UiStrings) => referenceWord(c.form.article ?? t(ui, 'draft.article'), c.lang);

function briefAnnexes(q: Questionnaire, a: Lookup, knowledge: Knowledge, ui: UiStrings, lessons: Lesson[], placed: Map<string, string>, c: Composer, options: ComposeOptions): Annex[] {
  const cited: Citation[] = [];
  const L = briefReference(c, ui);
  // Annex A points to the clause beside which each lesson stands; a lesson that bears on no clause is given in full.
  const byClause = lessons.filter((l) => placed.has(l.id)).sort((x, y) => compareNumbers(placed.get(x.id)!, placed.get(y.id)!));
  const unplaced = lessons.filter((l) => !placed.has(l.id));
  const annexA: Block[] = [];
  if (byClause.length) annexA.push({ kind: 'list', items: byClause.map((l) => t(ui, 'brief.lesson-at', { title: l.title, clause: `${L} ${placed.get(l.id)}` })) });
  if (unplaced.length) annexA.push({ kind: 'heading', text: t(ui, 'brief.lessons-general') });
  for (const l of unplaced) {
    annexA.push({ kind: 'item', title: l.title, text: l.text, ...(l.origin === 'external' ? { tag: t(ui, 'cases.outside') } : {}), sources: sourcesOf(l.citations, knowledge) });
  }
  if (!annexA.length) annexA.push({ kind: 'paragraph', text: t(ui, 'draft.no-lessons') });
  for (const l of lessons) cited.push(...l.citations);

  const risks = raisedRisks(a, knowledge.risks);
  const annexB: Block[] = [];
  for (const f of risks) {
    cited.push(...f.risk.citations);
    // After the colon, Spanish and French go on in small letters: each question's label is lowered (its answer, which may be a name, is not).
    const lowered = (x: string) => (c.lang === 'es' || c.lang === 'fr' ? x.replace(/^[^:]+/, (label) => labelInSentence(label, c.lang)) : x);
    const because = describeFiredBy(f.firedBy, q, t(ui, 'check.not-provided'), t(ui, 'check.without'), t(ui, 'check.quoted')).map(lowered).join('; ');
    const tags = [t(ui, `check.severity.${f.risk.severity}`), ...(f.basis === 'implied' ? [t(ui, 'brief.inferred')] : f.basis === 'external' ? [t(ui, 'cases.outside')] : [])];
    // One list of findings: the safeguards that fit the answers are offered as clauses, the others put as questions.
    annexB.push({
      kind: 'item',
      title: f.risk.title,
      tags,
      text: `${f.risk.risk} ${t(ui, 'brief.because')} ${because}.`,
      bullets: [...f.questions.map((x) => `${t(ui, 'draft.open-question')} ${x}`), ...f.safeguards.map((x) => t(ui, 'brief.safeguard', { clause: fill(withShortName(x, c), c, `risks/${f.risk.id}`) }))],
      sources: sourcesOf(f.risk.citations, knowledge),
    });
  }
  if (!risks.length) annexB.push({ kind: 'paragraph', text: t(ui, 'check.no-risks') });
  const open = c.open;
  if (open.length || c.conflicts.length) {
    annexB.push({ kind: 'heading', text: t(ui, 'brief.open-decisions') });
    annexB.push({
      kind: 'list',
      items: [
        ...[...new Map(open.map((o) => [o.question, o])).values()].map((o) =>
          t(ui, 'brief.open-decision', { question: questionOf(q, o.question)?.shortLabel ?? o.question, clause: o.at ? `${L} ${o.at}` : t(ui, 'brief.the-title') }),
        ),
        ...c.conflicts.map((x) => x.question),
      ],
    });
  }

  const support = supportNeeds(q, a, ui, c.lang);
  const usedSources = knowledge.sources.filter((s) => cited.some((x) => x.source === s.id));
  const annexD: Block[] = usedSources.map((s) => ({
    kind: 'item',
    title: s.title,
    text: [s.publisher, s.date, s.note].filter(Boolean).join('. '),
    ...(s.external ? { tag: t(ui, 'cases.outside') } : {}),
    sources: s.url ? [{ label: s.url, external: s.external, url: s.url }] : [],
  }));

  const annexes: Annex[] = [
    { letter: 'A', key: 'lessons', title: t(ui, 'draft.annex-lessons'), blocks: annexA },
    { letter: 'B', key: 'risks', title: t(ui, 'draft.annex-risks'), blocks: annexB },
    { letter: 'C', key: 'support', title: t(ui, 'draft.annex-support'), blocks: support },
    { letter: 'D', key: 'sources', title: t(ui, 'draft.annex-sources'), blocks: annexD },
  ];
  if (options.scenario) {
    annexes.push({ letter: 'E', key: 'history', title: t(ui, 'draft.annex-history', { scenario: options.scenario.title }), blocks: historyBlocks(q, a, options.scenario, ui, c.lang) });
  }
  return annexes;
}

/** "4.10" after "4.9": clause numbers compared as numbers. */
function compareNumbers(x: string, y: string): number {
  const [a1, a2] = x.split('.').map(Number);
  const [b1, b2] = y.split('.').map(Number);
  return a1! - b1! || a2! - b2!;
}

function documentLabels(ui: UiStrings, lang: Lang, form?: FormContent): DocumentLabels {
  return {
    article: form?.article ?? t(ui, 'draft.article'),
    annex: t(ui, 'draft.annex'),
    note: t(ui, 'draft.note'),
    sources: `${t(ui, 'cases.sources')}:`,
    outside: lowerCase(t(ui, 'cases.outside'), lang),
    contents: t(ui, 'draft.contents'),
    clause: form?.article ?? t(ui, 'draft.article'),
  };
}

/** An answer in the questionnaire's words: the labels of the options chosen (none when unanswered). */
function answerLabels(q: Questionnaire, a: Lookup, id: string): string[] {
  const v = a[id];
  const ids = v === undefined ? [] : typeof v === 'string' ? [v] : [...v];
  return ids.map((x) => questionOf(q, id)?.options?.find((o) => o.id === x)?.label ?? x);
}

/** Annex C: what a donor may be asked to fund, read from the answers. */
export function supportNeeds(q: Questionnaire, a: Lookup, ui: UiStrings, lang: Lang = 'en'): Block[] {
  const question = (id: string) => questionOf(q, id);
  const label = (id: string) => answerLabels(q, a, id);
  const none = t(ui, 'check.not-provided');
  const line = (id: string) => series(lang, label(id)) || none;
  // Read out of the questionnaire, an answer needs its question: "Staff profile: A mix of ...".
  const pairs = (...ids: string[]) => ids.map((id) => `${question(id)?.shortLabel ?? id}: ${line(id)}`);
  const listed = (id: string): Pick<Extract<Block, { kind: 'item' }>, 'text' | 'bullets'> => (label(id).length ? { text: '', bullets: label(id) } : { text: none });
  return [
    { kind: 'paragraph', text: t(ui, 'draft.support-lede', { phase: labelInSentence(line('phase'), lang) }) },
    { kind: 'item', title: t(ui, 'draft.support-staff'), text: '', bullets: pairs('staff-size', 'staff-profile', 'recruitment', 'staff-continuity'), sources: [] },
    { kind: 'item', title: t(ui, 'draft.support-training'), ...listed('training'), sources: [] },
    { kind: 'item', title: t(ui, 'draft.support-advisers'), text: `${line('advisers')}.`, sources: [] },
    { kind: 'item', title: t(ui, 'draft.support-equipment'), ...listed('equipment'), sources: [] },
    { kind: 'item', title: t(ui, 'draft.support-running'), text: '', bullets: pairs('funding', 'funding-transparency'), sources: [] },
  ];
}

/** Annex E: the design against what the historical body did, area by area. */
export function historyBlocks(q: Questionnaire, a: Lookup, scenario: ScenarioView, ui: UiStrings, lang: Lang = 'en'): Block[] {
  const rows = compareWithHistory(q, a, scenario);
  const blocks: Block[] = [{ kind: 'paragraph', text: t(ui, 'compare.lede', { body: scenario.bodyName, setting: scenario.setting }) }];
  for (const r of rows) {
    blocks.push({ kind: 'heading', text: `${r.title}: ${t(ui, `compare.verdict.${r.verdict}`)}` });
    const yours = r.yours.map((y) => `${y.question}: ${series(lang, y.values)}`);
    blocks.push({ kind: 'item', title: t(ui, 'compare.yours'), text: yours.length ? '' : t(ui, 'compare.nothing'), bullets: yours, sources: [] });
    blocks.push({
      kind: 'item',
      title: t(ui, 'compare.history', { body: scenario.bodyName }),
      text: r.history?.text ?? t(ui, 'compare.unrecorded'),
      bullets: r.differences.map((d) => t(ui, 'compare.difference', { question: d.question, history: series(lang, d.history), yours: series(lang, d.yours) || t(ui, 'check.not-provided') })),
      sources: r.history?.sources ?? [],
    });
    for (const f of r.repeats) {
      blocks.push({ kind: 'item', title: `${t(ui, 'compare.repeats', { country: f.country })}: ${f.title}`, text: f.text, sources: f.sources });
      for (const l of f.lessons) blocks.push({ kind: 'item', title: `${t(ui, 'draft.note')} ${l.title}`, text: l.text, ...(l.external ? { tag: t(ui, 'cases.outside') } : {}), sources: l.sources });
    }
    if (r.verdict === 'differs') for (const l of r.history?.lessons ?? []) blocks.push({ kind: 'item', title: `${t(ui, 'draft.note')} ${l.title}`, text: l.text, ...(l.external ? { tag: t(ui, 'cases.outside') } : {}), sources: l.sources });
  }
  return blocks;
}

/** The donor's plan: phases and duration, modality, the budget table, co-funding and exit, as the donor entered them. */
export function donorBlocks(donor: DonorScope, ui: UiStrings, lang: Lang = 'en'): { plan: Block[]; budget: Block[]; after: Block[] } {
  const table = budgetTable(donor, { number: t(ui, 'donor.error-number'), months: t(ui, 'donor.error-months') }, lang);
  const given = (s: string) => s.trim() || t(ui, 'scope.not-given');
  const phaseName = (name: string, i: number) => name.trim() || t(ui, 'donor.phase-name', { n: i + 1 });
  const plan: Block[] = [
    { kind: 'heading', text: t(ui, 'scope.plan') },
    { kind: 'list', items: table.phases.map((p, i) => (p.months === null ? t(ui, 'scope.phase-no-months', { phase: phaseName(p.name, i) }) : t(ui, plural(lang, p.months, { one: 'scope.phase-month', other: 'scope.phase-months' }), { phase: phaseName(p.name, i), months: p.months }))) },
    { kind: 'paragraph', text: table.months === null ? t(ui, 'scope.duration-unknown') : t(ui, plural(lang, table.months, { one: 'scope.duration-one', other: 'scope.duration' }), { months: table.months }) },
    { kind: 'heading', text: t(ui, 'scope.modality') },
    donor.modality.length ? { kind: 'list', items: donor.modality.map((m) => t(ui, `scope.modality.${m}`)) } : { kind: 'paragraph', text: t(ui, 'scope.not-given') },
  ];
  const amount = (h: number | null) => formatAmount(h, lang);
  const units = (h: number | null) => (h === null ? '' : amount(h));
  const budget: Block[] = [
    { kind: 'heading', text: t(ui, 'scope.budget') },
    { kind: 'paragraph', text: `${t(ui, 'scope.budget-lede')}${donor.currency.trim() ? ` ${t(ui, 'scope.budget-currency', { currency: donor.currency.trim() })}` : ''}` },
    {
      kind: 'table',
      caption: t(ui, 'scope.budget-caption'),
      head: [t(ui, 'scope.category'), ...table.phases.map((p, i) => phaseName(p.name, i)), t(ui, 'scope.total')],
      rows: table.rows.flatMap((r) => {
        const category = t(ui, `scope.category.${r.category}`);
        return [
          [t(ui, 'scope.row-units', { category, unit: t(ui, `scope.unit.${r.category}`) }), ...r.units.map(units), units(r.totalUnits)],
          [t(ui, 'scope.row-amount', { category }), ...r.amounts.map(amount), amount(r.totalAmount)],
        ];
      }),
      foot: [t(ui, 'scope.total-amount'), ...table.phaseTotals.map(amount), amount(table.total)],
      numeric: [false, ...table.phases.map(() => true), true],
    },
  ];
  const after: Block[] = [
    { kind: 'heading', text: t(ui, 'scope.cofunding') },
    { kind: 'paragraph', text: given(donor.cofunding) },
    { kind: 'heading', text: t(ui, 'scope.exit') },
    { kind: 'paragraph', text: given(donor.exit) },
  ];
  return { plan, budget, after };
}

/** The donor's entries before any are made: one phase, named as the answers name the process's phase. */
export function donorScopeFor(q: Questionnaire, answers: Answers, ui: UiStrings): DonorScope {
  return emptyDonorScope(answerLabels(q, effectiveAnswers(q, answers) as Lookup, 'phase')[0] ?? t(ui, 'scope.this-phase'));
}

/** The donor's budget as CSV, in the interface's words (the same table as the scope's). */
export function scopeCsv(donor: DonorScope, ui: UiStrings): string {
  const table = budgetTable(donor, { number: t(ui, 'donor.error-number'), months: t(ui, 'donor.error-months') }, uiLang(ui));
  table.phases.forEach((p, i) => (p.name = p.name.trim() || t(ui, 'donor.phase-name', { n: i + 1 })));
  return budgetCsv(table, donor.currency, {
    category: t(ui, 'scope.category'),
    unit: t(ui, 'scope.unit'),
    total: t(ui, 'scope.total'),
    units: t(ui, 'scope.units'),
    amount: t(ui, 'scope.amount'),
    categoryName: (c) => t(ui, `scope.category.${c}`),
    unitName: (c) => t(ui, `scope.unit.${c}`),
  });
}

/**
 * The donor's support scope: the donor's plan and budget, what to fund now, the risks of funding, what to
 * monitor, and lessons. The risks are the findings check-your-answers shows (one list, `raisedRisks`), each
 * with the funder's angle where the support content has one; the lessons are only those that fit the
 * answers (a government's scope gets no armed-group lesson).
 */
export function supportScope(q: Questionnaire, a: Lookup, k: Knowledge, support: SupportContent, ui: UiStrings, donor?: DonorScope, lang: Lang = 'en'): FrontSection {
  const phase = typeof a.phase === 'string' ? support.phases[a.phase as keyof SupportContent['phases']] : undefined;
  const phaseLabel = answerLabels(q, a, 'phase')[0];
  const own = donorBlocks(donor ?? emptyDonorScope(phaseLabel ?? t(ui, 'scope.this-phase')), ui, lang);
  const blocks: Block[] = [{ kind: 'paragraph', text: support.lede }, ...own.plan, ...own.budget];
  blocks.push({ kind: 'heading', text: t(ui, 'scope.fund') });
  // The item is named after the phase the user chose, under a heading that already says "in this phase".
  if (phase) blocks.push({ kind: 'item', title: phaseLabel ?? t(ui, 'scope.this-phase'), text: phase.text, sources: sourcesOf(phase.citations, k) });
  // What to fund, item by item, as the answers describe it (the same words as Annex C, without its lede).
  blocks.push(...supportNeeds(q, a, ui, lang).slice(1));
  blocks.push({ kind: 'heading', text: t(ui, 'scope.risks') });
  const findings = raisedRisks(a, k.risks);
  if (findings.length) blocks.push({ kind: 'paragraph', text: t(ui, 'scope.risks-lede') });
  const fitting = relevantLessons(a, k.lessons).map((f) => f.lesson);
  const fits = new Set(fitting.map((l) => l.id));
  const framing = new Set<string>();
  for (const f of findings) {
    const funder = support.risks.filter((r) => r.risks?.includes(f.risk.id));
    funder.forEach((r) => framing.add(r.id));
    blocks.push({
      kind: 'item',
      title: f.risk.title,
      tags: [t(ui, `check.severity.${f.risk.severity}`), ...(f.basis === 'external' ? [t(ui, 'cases.outside')] : [])],
      text: `${f.risk.risk} ${f.risk.mitigation}`,
      bullets: funder.map((r) => `${t(ui, 'scope.funder')} ${r.text}`),
      sources: sourcesOf([...f.risk.citations, ...funder.flatMap((r) => r.citations)], k),
    });
  }
  if (!findings.length) blocks.push({ kind: 'paragraph', text: t(ui, 'scope.no-risks') });
  blocks.push(...own.after);
  blocks.push({ kind: 'heading', text: t(ui, 'scope.monitoring') });
  const questions = [...support.monitoring.filter((m) => !m.when || evaluate(m.when, a)).map((m) => m.text), ...findings.map((f) => f.risk.question)];
  blocks.push({ kind: 'list', items: [...new Set(questions)] });
  blocks.push({ kind: 'heading', text: t(ui, 'scope.lessons') });
  const ids = new Set([...support.risks.filter((r) => framing.has(r.id)).flatMap((r) => r.lessons), ...findings.flatMap((f) => f.risk.lessons)]);
  const staffing = new Set(q.sections.find((s) => s.id === 'staffing')?.questions.map((x) => x.id) ?? []);
  for (const l of fitting) if (l.questions.some((x) => staffing.has(x))) ids.add(l.id);
  // Only lessons that fit these answers, whichever list named them.
  for (const l of fitting.filter((x) => ids.has(x.id) && fits.has(x.id))) {
    blocks.push({ kind: 'item', title: l.title, text: l.text, ...(l.origin === 'external' ? { tag: t(ui, 'cases.outside') } : {}), sources: sourcesOf(l.citations, k) });
  }
  return { key: 'support-scope', title: t(ui, 'scope.title'), blocks };
}

/** The support scope on its own, as a document the renderers can draw (for a separate PDF). */
export function composeSupportScope(questionnaire: Questionnaire, answers: Answers, knowledge: Knowledge, support: SupportContent, options: Omit<ComposeOptions, 'kind' | 'scenario'>, donor?: DonorScope): MandateDocument {
  const { ui, lang } = options;
  const a = effectiveAnswers(questionnaire, answers) as Lookup;
  const text = (id: string) => (typeof a[id] === 'string' && isAnswered(a[id]) ? (a[id] as string).trim() : undefined);
  const isoDate = options.date.toISOString().slice(0, 10);
  const name = text('secretariat-name') ?? t(ui, 'draft.default-name');
  return {
    kind: 'scope',
    form: 'not-decided',
    title: atStart(t(ui, 'scope.doc-title', { secretariat: inSentence(name, lang) }), lang),
    labels: documentLabels(ui, lang),
    status: t(ui, 'draft.status'),
    date: formatDate(lang, options.date),
    isoDate,
    annotated: false,
    subject: t(ui, 'scope.subject', { party: inSentence(text('party-name') ?? '', lang) }),
    lang: languageTag(lang),
    front: [supportScope(questionnaire, a, knowledge, support, ui, donor, lang)],
    recitals: [],
    enacting: '',
    articles: [],
    closing: [],
    signatures: [],
    annexes: [],
    fileStem: `${slug(name) || 'mandate'}-${isoDate}-support-scope`,
  };
}
