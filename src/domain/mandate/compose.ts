/**
 * The composer: (answers, knowledge, clause texts, options) → a format-neutral mandate document.
 * Pure and deterministic: the date and the interface words are arguments. A slot with no value is an
 * error (ComposeError), never an empty string in a legal text.
 */
import type { Answers } from '../answers/schema.ts';
import { evaluate, isAnswered, type AnswerLookup } from '../conditions/condition.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { effectiveAnswers } from '../questionnaire/visibility.ts';
import type { Citation, Knowledge, Lesson } from '../knowledge/schema.ts';
import { citationView } from '../knowledge/view.ts';
import { describeFiredBy, raisedRisks, relevantLessons } from '../rules/findings.ts';
import { t, type UiStrings } from '../ui/strings.ts';
import type { Annex, Article, Block, Clause, DocumentLabels, FrontSection, MandateDocument, Note, NoteSource } from './document.ts';
import type { MandateContent } from './schema.ts';
import type { SupportContent } from '../support/schema.ts';
import { compareWithHistory, type ScenarioView } from '../scenarios/compare.ts';

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
  annotated: boolean;
  /** When the draft is made; shown in the header and used in the file name. */
  date: Date;
  /** BCP 47 locale for the date. */
  locale: string;
  ui: UiStrings;
  /** The support scope's words; when given and the user is a donor, the draft opens with the scope. */
  support?: SupportContent;
  /** A workshop scenario the answers were made for; the annotated draft then compares it with history. */
  scenario?: ScenarioView;
}

type Lookup = AnswerLookup & Record<string, string | readonly string[] | undefined>;

/** Lower-case ASCII words joined by hyphens, for file names. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function slots(a: Lookup, ui: UiStrings): Record<string, string | undefined> {
  const text = (id: string) => (typeof a[id] === 'string' && isAnswered(a[id]) ? (a[id] as string) : undefined);
  const size = typeof a['staff-size'] === 'string' ? t(ui, `draft.staff-size.${a['staff-size']}`) : undefined;
  return {
    secretariat: text('secretariat-name') ?? t(ui, 'draft.default-name'),
    party: text('party-name'),
    purpose: text('purpose'),
    'joint-members': text('joint-members'),
    'host-state': text('host-state'),
    'sunset-date': text('sunset-date'),
    'excluded-groups': text('excluded-groups'),
    remarks: text('remarks'),
    'staff-size-words': size,
  };
}

/**
 * A name inside a sentence: "The Government of Nepal" reads "established by the Government of Nepal",
 * as a drafter would write it. Only a leading English "The " changes; the rest is the user's own text.
 */
export function inSentence(name: string): string {
  return /^The\s\S/.test(name) ? `t${name.slice(1)}` : name;
}

/** Which items a list keeps depends on the answers, so its punctuation is set here: ";" after each item, "." after the last. */
export function punctuateList(items: string[]): string[] {
  return items.map((it, i) => `${it.replace(/[;,.]\s*$/, '')}${i === items.length - 1 ? '.' : ';'}`);
}

/** A clause that ends with a user's answer ("…unless renewed: 31 December 2027") still ends with a full stop. */
export function endSentence(text: string): string {
  return /[.!?;:…"”’)\]।۔。؟]\s*$/u.test(text) ? text : `${text.trimEnd()}.`;
}

/** True when a slot at this point of a template opens a sentence (the text before it is empty or ends one). */
const opensSentence = (before: string) => /(^|[.!?:])$/.test(before.trimEnd());

function fill(template: string, values: Record<string, string | undefined>, clause: string): string {
  return template.replace(/\{([a-z-]+)\}/g, (_, name: string, at: number) => {
    const v = values[name];
    if (v === undefined) throw new ComposeError(name, clause);
    return opensSentence(template.slice(0, at)) ? v : inSentence(v);
  });
}

function sourcesOf(citations: readonly Citation[], k: Knowledge): NoteSource[] {
  return citations.map((c) => {
    const v = citationView(c, k);
    return { label: v.label, external: v.external, ...(v.url ? { url: v.url } : {}) };
  });
}

function noteOf(l: Lesson, k: Knowledge): Note {
  return { title: l.title, text: l.text, external: l.origin === 'external', sources: sourcesOf(l.citations, k) };
}

export function compose(
  questionnaire: Questionnaire,
  answers: Answers,
  knowledge: Knowledge,
  content: MandateContent,
  options: ComposeOptions,
): MandateDocument {
  const { ui } = options;
  const a = effectiveAnswers(questionnaire, answers) as Lookup;
  const values = slots(a, ui);
  const lessons = relevantLessons(a, knowledge.lessons).map((f) => f.lesson);
  const noted = new Set<string>();

  const articles: Article[] = [];
  content.articles.forEach((art) => {
    const number = String(articles.length + 1);
    const clauses: Clause[] = [];
    for (const c of art.clauses) {
      if (c.when && !evaluate(c.when, a)) continue;
      const items = punctuateList((c.items ?? []).filter((i) => !i.when || evaluate(i.when, a)).map((i) => fill(i.text, values, `${art.key}/${c.key}`)));
      if (c.items && items.length === 0) continue;
      // Each lesson annotates the first clause it concerns, so the notes do not repeat.
      const concerned = lessons.filter((l) => !noted.has(l.id) && l.questions.some((q) => c.questions.includes(q)));
      concerned.forEach((l) => noted.add(l.id));
      const notes = options.annotated ? concerned.map((l) => noteOf(l, knowledge)) : [];
      const text = fill(c.text, values, `${art.key}/${c.key}`);
      clauses.push({ number: `${number}.${clauses.length + 1}`, key: c.key, text: items.length ? text : endSentence(text), items, notes });
    }
    if (clauses.length) articles.push({ number, key: art.key, title: art.title, clauses });
  });

  const cited: Citation[] = [];
  // Annex A follows the mandate: lessons in the order of the clauses they concern, then any others.
  const inOrder = [...[...noted].map((id) => lessons.find((l) => l.id === id)!), ...lessons.filter((l) => !noted.has(l.id))];
  const annexA: Block[] = inOrder.length
    ? inOrder.map((l) => {
        cited.push(...l.citations);
        return { kind: 'item', title: l.title, text: l.text, ...(l.origin === 'external' ? { tag: t(ui, 'cases.outside') } : {}), sources: sourcesOf(l.citations, knowledge) };
      })
    : [{ kind: 'paragraph', text: t(ui, 'draft.no-lessons') }];
  const risks = raisedRisks(a, knowledge.risks);
  const annexB: Block[] = risks.length
    ? risks.map((f) => {
        cited.push(...f.risk.citations);
        const because = describeFiredBy(f.firedBy, questionnaire, t(ui, 'check.not-provided'), t(ui, 'check.without')).join('; ');
        return {
          kind: 'item',
          title: f.risk.title,
          tag: t(ui, `check.severity.${f.risk.severity}`),
          text: `${f.risk.risk} ${t(ui, 'check.because')} ${because}. ${t(ui, 'draft.open-question')} ${f.risk.question}`,
          bullets: f.risk.safeguards,
          sources: sourcesOf(f.risk.citations, knowledge),
        };
      })
    : [{ kind: 'paragraph', text: t(ui, 'check.no-risks') }];
  if (options.annotated) for (const l of lessons) cited.push(...l.citations);

  const support = supportNeeds(questionnaire, a, ui);
  const usedSources = knowledge.sources.filter((s) => cited.some((c) => c.source === s.id));
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
  if (options.annotated && options.scenario) {
    annexes.push({ letter: 'E', key: 'history', title: t(ui, 'draft.annex-history', { scenario: options.scenario.title }), blocks: historyBlocks(questionnaire, a, options.scenario, ui) });
  }
  const front: FrontSection[] = a['user-role'] === 'donor' && options.support ? [supportScope(questionnaire, a, knowledge, options.support, ui)] : [];
  const isoDate = options.date.toISOString().slice(0, 10);
  const name = values.secretariat!;
  return {
    title: fill(content.title, values, 'title'),
    labels: documentLabels(ui),
    status: t(ui, 'draft.status'),
    date: new Intl.DateTimeFormat(options.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(options.date),
    isoDate,
    annotated: options.annotated,
    subject: t(ui, options.annotated ? 'draft.subject-annotated' : 'draft.subject-clean', { party: inSentence(values.party ?? '') }),
    front,
    preamble: content.preamble.map((p, i) => fill(p.text, values, `preamble/${i + 1}`)),
    articles,
    annexes,
    fileName: `${slug(name) || 'mandate'}-${isoDate}-${options.annotated ? 'annotated' : 'clean'}.pdf`,
  };
}

function documentLabels(ui: UiStrings): DocumentLabels {
  return {
    article: t(ui, 'draft.article'),
    annex: t(ui, 'draft.annex'),
    note: t(ui, 'draft.note'),
    sources: `${t(ui, 'cases.sources')}:`,
    outside: t(ui, 'cases.outside').toLowerCase(),
    contents: t(ui, 'draft.contents'),
  };
}

const questionOf = (q: Questionnaire, id: string) => q.sections.flatMap((s) => s.questions).find((x) => x.id === id);

/** An answer in the questionnaire's words: the labels of the options chosen (none when unanswered). */
function answerLabels(q: Questionnaire, a: Lookup, id: string): string[] {
  const v = a[id];
  const ids = v === undefined ? [] : typeof v === 'string' ? [v] : [...v];
  return ids.map((x) => questionOf(q, id)?.options?.find((o) => o.id === x)?.label ?? x);
}

/** Annex C: what a donor may be asked to fund, read from the answers. */
export function supportNeeds(q: Questionnaire, a: Lookup, ui: UiStrings): Block[] {
  const question = (id: string) => questionOf(q, id);
  const label = (id: string) => answerLabels(q, a, id);
  const none = t(ui, 'check.not-provided');
  const line = (id: string) => label(id).join(', ') || none;
  // Read out of the questionnaire, an answer needs its question: "Staff profile: A mix of ...".
  const pairs = (...ids: string[]) => ids.map((id) => `${question(id)?.shortLabel ?? id}: ${line(id)}`);
  const listed = (id: string): Pick<Extract<Block, { kind: 'item' }>, 'text' | 'bullets'> => (label(id).length ? { text: '', bullets: label(id) } : { text: none });
  return [
    { kind: 'paragraph', text: t(ui, 'draft.support-lede', { phase: line('phase') }) },
    { kind: 'item', title: t(ui, 'draft.support-staff'), text: '', bullets: pairs('staff-size', 'staff-profile', 'recruitment', 'staff-continuity'), sources: [] },
    { kind: 'item', title: t(ui, 'draft.support-training'), ...listed('training'), sources: [] },
    { kind: 'item', title: t(ui, 'draft.support-advisers'), text: `${line('advisers')}.`, sources: [] },
    { kind: 'item', title: t(ui, 'draft.support-equipment'), ...listed('equipment'), sources: [] },
    { kind: 'item', title: t(ui, 'draft.support-running'), text: '', bullets: pairs('funding', 'funding-transparency'), sources: [] },
  ];
}

/** Annex E: the design against what the historical body did, area by area. */
export function historyBlocks(q: Questionnaire, a: Lookup, scenario: ScenarioView, ui: UiStrings): Block[] {
  const rows = compareWithHistory(q, a, scenario);
  const blocks: Block[] = [{ kind: 'paragraph', text: t(ui, 'compare.lede', { body: scenario.bodyName, setting: scenario.setting }) }];
  for (const r of rows) {
    blocks.push({ kind: 'heading', text: `${r.title}: ${t(ui, `compare.verdict.${r.verdict}`)}` });
    const yours = r.yours.map((y) => `${y.question}: ${y.values.join(', ')}`);
    blocks.push({ kind: 'item', title: t(ui, 'compare.yours'), text: yours.length ? '' : t(ui, 'compare.nothing'), bullets: yours, sources: [] });
    blocks.push({
      kind: 'item',
      title: t(ui, 'compare.history', { body: scenario.bodyName }),
      text: r.history?.text ?? t(ui, 'compare.unrecorded'),
      bullets: r.differences.map((d) => t(ui, 'compare.difference', { question: d.question, history: d.history.join(', '), yours: d.yours.join(', ') || t(ui, 'check.not-provided') })),
      sources: r.history?.sources ?? [],
    });
    if (r.verdict === 'differs') for (const l of r.history?.lessons ?? []) blocks.push({ kind: 'item', title: `${t(ui, 'draft.note')} ${l.title}`, text: l.text, ...(l.external ? { tag: t(ui, 'cases.outside') } : {}), sources: l.sources });
  }
  return blocks;
}

/** The donor's support scope: what to fund now, the risks of funding, what to monitor, and lessons. */
export function supportScope(q: Questionnaire, a: Lookup, k: Knowledge, support: SupportContent, ui: UiStrings): FrontSection {
  const phase = typeof a.phase === 'string' ? support.phases[a.phase as keyof SupportContent['phases']] : undefined;
  const blocks: Block[] = [{ kind: 'paragraph', text: support.lede }];
  blocks.push({ kind: 'heading', text: t(ui, 'scope.fund') });
  // The item is named after the phase the user chose, under a heading that already says "in this phase".
  const phaseLabel = answerLabels(q, a, 'phase')[0];
  if (phase) blocks.push({ kind: 'item', title: phaseLabel ?? t(ui, 'scope.this-phase'), text: phase.text, sources: sourcesOf(phase.citations, k) });
  // What to fund, item by item, as the answers describe it (the same words as Annex C, without its lede).
  blocks.push(...supportNeeds(q, a, ui).slice(1));
  blocks.push({ kind: 'heading', text: t(ui, 'scope.risks') });
  const risks = support.risks.filter((r) => !r.when || evaluate(r.when, a));
  for (const r of risks) blocks.push({ kind: 'item', title: r.title, text: r.text, sources: sourcesOf(r.citations, k) });
  blocks.push({ kind: 'heading', text: t(ui, 'scope.monitoring') });
  const raised = raisedRisks(a, k.risks).map((f) => f.risk.question);
  const questions = [...support.monitoring.filter((m) => !m.when || evaluate(m.when, a)).map((m) => m.text), ...raised];
  blocks.push({ kind: 'list', items: [...new Set(questions)] });
  blocks.push({ kind: 'heading', text: t(ui, 'scope.lessons') });
  const ids = new Set(risks.flatMap((r) => r.lessons));
  const staffing = new Set(q.sections.find((s) => s.id === 'staffing')?.questions.map((x) => x.id) ?? []);
  for (const f of relevantLessons(a, k.lessons)) if (f.lesson.questions.some((x) => staffing.has(x))) ids.add(f.lesson.id);
  for (const l of k.lessons.filter((x) => ids.has(x.id))) {
    blocks.push({ kind: 'item', title: l.title, text: l.text, ...(l.origin === 'external' ? { tag: t(ui, 'cases.outside') } : {}), sources: sourcesOf(l.citations, k) });
  }
  return { key: 'support-scope', title: t(ui, 'scope.title'), blocks };
}

/** The support scope on its own, as a document the renderers can draw (for a separate PDF). */
export function composeSupportScope(questionnaire: Questionnaire, answers: Answers, knowledge: Knowledge, support: SupportContent, options: Omit<ComposeOptions, 'annotated'>): MandateDocument {
  const { ui } = options;
  const a = effectiveAnswers(questionnaire, answers) as Lookup;
  const values = slots(a, ui);
  const isoDate = options.date.toISOString().slice(0, 10);
  const name = values.secretariat!;
  return {
    title: t(ui, 'scope.doc-title', { secretariat: name }),
    labels: documentLabels(ui),
    status: t(ui, 'draft.status'),
    date: new Intl.DateTimeFormat(options.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(options.date),
    isoDate,
    annotated: false,
    subject: t(ui, 'scope.subject', { party: inSentence(values.party ?? '') }),
    front: [supportScope(questionnaire, a, knowledge, support, ui)],
    preamble: [],
    articles: [],
    annexes: [],
    fileName: `${slug(name) || 'mandate'}-${isoDate}-support-scope.pdf`,
  };
}
