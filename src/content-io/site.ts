/**
 * Everything the site reads from content/, validated. Throws one error listing every problem (file and
 * field) so that a content mistake stops the build with a message that says where to look.
 */
import { buildQuestionnaire } from '../domain/questionnaire/build.ts';
import { formatIssues, zodIssues, type ContentIssue } from '../domain/content/raw.ts';
import { uiFileSchema } from '../domain/ui/schema.ts';
import { UI_LANG, type UiStrings } from '../domain/ui/strings.ts';
import type { Questionnaire } from '../domain/questionnaire/schema.ts';
import type { Knowledge } from '../domain/knowledge/schema.ts';
import { readYamlDir as readDir, readYamlFile as readFile } from './load.ts';
import { readLanguages, translator, type Translator } from './i18n.ts';
import { DEFAULT_LANG, type Lang } from '../domain/i18n/lang.ts';
import { checkKnowledge } from './knowledge.ts';
import { buildMandate } from '../domain/mandate/build.ts';
import type { MandateContent } from '../domain/mandate/schema.ts';
import { buildFailures, buildScenarios, buildShortPath } from '../domain/scenarios/build.ts';
import { shortPathQuestions } from '../domain/scenarios/short-path.ts';
import { runSheetSchema, type RunSheet, type ShortPathCore } from '../domain/scenarios/schema.ts';
import { resolveScenario, type ScenarioView } from '../domain/scenarios/compare.ts';
import { buildSupport } from '../domain/support/build.ts';
import { buildPoints } from '../domain/compare/build.ts';
import { resolvePoints, type PointView } from '../domain/compare/designs.ts';
import type { SupportContent } from '../domain/support/schema.ts';
import { buildGuide } from '../domain/guide/build.ts';
import type { GuidePage } from '../domain/guide/schema.ts';

export interface SiteContent {
  questionnaire: Questionnaire;
  knowledge: Knowledge;
  mandate: MandateContent;
  ui: UiStrings;
  /** Workshop scenarios, resolved to plain data (citations in words, lessons in full). */
  scenarios: ScenarioView[];
  support: SupportContent;
  /** Guidance pages (content/guide/), in their order, every citation, case and fact checked. */
  guide: GuidePage[];
  /** The points on which two sides' designs must fit together (content/compare/points.yaml), lessons resolved. */
  points: PointView[];
  /** The run sheet of a two-hour workshop session (content/workshops/run-sheet.yaml). */
  runSheet: RunSheet;
  /** The short path's core questions, with why (content/workshops/short-path.yaml). */
  shortPathCore: ShortPathCore;
  /** Each scenario's short path for a two-hour session: its context, the core and its key questions, in order. */
  shortPaths: Record<string, string[]>;
}

export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(`The content has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${formatIssues(issues)}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** The interface's words: content/ui/en.yaml, with a translator's wording laid over it. */
export function checkUi(root: string, t?: Translator): { ui: UiStrings; issues: ContentIssue[] } {
  const raw = readFile(root, 'ui/en.yaml', t);
  const r = uiFileSchema.safeParse(raw.data);
  if (!r.success) return { ui: {}, issues: zodIssues(raw.file, r.error) };
  return { ui: r.data.strings, issues: [] };
}

// One cache per process, on globalThis: in `astro dev` the pages read this module through Vite's module
// runner and the content-check integration through Node, two instances that must forget the same content
// when a file changes.
const cache: Map<string, SiteContent> = ((globalThis as Record<symbol, unknown>)[Symbol.for('psmd.site-content')] ??= new Map()) as Map<string, SiteContent>;

/** Forgets the loaded content, so the next page reads content/ again (a YAML file changed in `astro dev`). */
export function forgetContent(): void {
  cache.clear();
}

/**
 * The site's content in one language: the same shapes in every language, wording laid over the English
 * by address (content/i18n/<lang>/), every domain check run on the result. A language declared complete
 * (and the generated pseudo-locale 'qps') must have every wording field translated and current, or this
 * throws naming the file and address; an in-progress one keeps the English where a translation is
 * missing (`npm run i18n -- status` reports it, and the site does not publish it).
 */
export function loadSiteContent(root = process.cwd(), lang: Lang = DEFAULT_LANG): SiteContent {
  const key = `${root}\0${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const t = lang === 'en' ? undefined : translator(root, lang);
  const readYamlDir = (r: string, d: string) => readDir(r, d, t);
  const readYamlFile = (r: string, p: string) => readFile(r, p, t);
  const q = buildQuestionnaire(readYamlDir(root, 'questionnaire'));
  const ui = checkUi(root, t);
  const k = checkKnowledge(root, t);
  const m = buildMandate(readYamlFile(root, 'mandate/articles.yaml'));
  // Scenarios and the support scope refer to questions and knowledge, the guidance pages to knowledge:
  // check them only once those are sound.
  const sound = q.issues.length === 0 && k.issues.length === 0;
  const sc = sound ? buildScenarios(readYamlDir(root, 'scenarios'), q.questionnaire, k.knowledge) : { scenarios: [], issues: [] };
  const fl = sound ? buildFailures(readYamlFile(root, 'failures.yaml'), k.knowledge) : { failures: [], issues: [] };
  const pt = sound ? buildPoints(readYamlFile(root, 'compare/points.yaml'), k.knowledge) : { points: [], issues: [] };
  const sh = q.issues.length === 0 ? buildShortPath(readYamlFile(root, 'workshops/short-path.yaml'), q.questionnaire) : { core: [], issues: [] };
  const rsFile = readYamlFile(root, 'workshops/run-sheet.yaml');
  const rs = runSheetSchema.safeParse(rsFile.data);
  const rsIssues = rs.success ? [] : zodIssues(rsFile.file, rs.error);
  const sp = sound ? buildSupport(readYamlFile(root, 'support/scope.yaml'), k.knowledge) : { support: null, issues: [] };
  const gd = k.issues.length === 0 ? buildGuide(readYamlDir(root, 'guide'), k.knowledge) : { pages: [], issues: [] };
  const strict = t && (lang === 'qps' || readLanguages(root).find((l) => l.code === lang)?.status === 'complete');
  const translation = strict ? t.issues : [];
  const issues = [...translation, ...q.issues, ...ui.issues, ...k.issues, ...m.issues, ...sc.issues, ...fl.issues, ...pt.issues, ...rsIssues, ...sh.issues, ...sp.issues, ...gd.issues];
  if (issues.length || !sp.support || !rs.success) throw new ContentError(issues);
  const content: SiteContent = {
    questionnaire: q.questionnaire,
    knowledge: k.knowledge,
    mandate: m.mandate,
    // The strings carry their language, so whatever fills them follows its grammar and numbers (ui/strings.ts).
    ui: { ...ui.ui, [UI_LANG]: lang },
    scenarios: sc.scenarios.map((s) => resolveScenario(s, k.knowledge, fl.failures)).sort((a, b) => a.title.localeCompare(b.title)),
    support: sp.support,
    guide: gd.pages,
    points: resolvePoints(pt.points, k.knowledge),
    runSheet: rs.data,
    shortPathCore: sh.core,
    shortPaths: Object.fromEntries(sc.scenarios.map((s) => [s.id, shortPathQuestions(q.questionnaire, sh.core.map((c) => c.question), s)])),
  };
  cache.set(key, content);
  return content;
}

/** Static paths for the pages made once per workshop scenario (the page, its card, its comparison). */
export function scenarioPaths(lang: Lang = DEFAULT_LANG) {
  return loadSiteContent(process.cwd(), lang).scenarios.map((s) => ({ params: { id: s.id }, props: { s } }));
}
