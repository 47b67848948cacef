/**
 * The command-line draft generator: the same answers file the site downloads, the same composer and
 * the same PDF and Word renderers, for batch printing. The output's extension chooses the format
 * (.pdf or .docx; --docx forces Word). With --support it makes the donor's support scope instead, a
 * document of its own, from the plan file the draft page saves (--plan); a .csv output is its budget table.
 *
 *   npm run draft -- <answers.json> <out.pdf|out.docx> [--brief|--instrument] [--letter] [--docx] [--lang en|es|fr]
 *   npm run draft -- <answers.json> <out.pdf|out.docx|out.csv> --support [--plan <plan.json>] [--letter] [--docx] [--lang en|es|fr]
 *
 * --lang is the draft's language: its grammar, date, typography and the language the file declares. The
 * answers file names no language (it holds ids only), so one file drafts in any of them.
 *
 * Every refusal is one line on stderr saying what is wrong and what to do, with a non-zero exit: no stack
 * trace, and nothing from the file printed raw (see terminal.ts).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { decodeAnswersBytes } from '../domain/answers/encoding.ts';
import { readAnswersFile, type RefusalReason } from '../domain/answers/file.ts';
import { MAX_FILE_BYTES } from '../domain/answers/format.ts';
import { budgetTable, CATEGORIES, formatAmount, MAX_DONOR_FILE, readDonorScopeFile, type DonorFileRead } from '../domain/support/budget.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../domain/i18n/lang.ts';
import { forTerminal } from './terminal.ts';

const usage = `Usage: npm run draft -- <answers.json> <out.pdf|out.docx|out.csv> [--brief|--instrument|--support [--plan <plan.json>]] [--letter] [--docx] [--lang ${LANGS.join('|')}]`;
const languageNames: Record<(typeof LANGS)[number], string> = { en: 'English', es: 'Spanish', fr: 'French' };
/** The languages a user may ask for, in words: "en (English), es (Spanish) or fr (French)". */
const languagesInWords = LANGS.map((l) => `${l} (${languageNames[l]})`).join(', ').replace(/, ([^,]*)$/, ' or $1');
const useSavedPlan = 'Use the .json file that "Save your plan to a file" on the draft page saved';
/** Why a plan file is refused and what to do, by reason (the draft page's words, with the way out). */
const planReasons: Record<Exclude<DonorFileRead, { ok: true }>['reason'], string> = {
  'too-large': `the file is larger than 256 KB, so it is not a plan saved from the draft page. ${useSavedPlan}.`,
  'not-text': `the file is not text (it is neither UTF-8 nor UTF-16). ${useSavedPlan}.`,
  'not-json': `the file is not valid JSON, so it is not a plan saved from the draft page. ${useSavedPlan}.`,
  'not-scope': `the file is not a plan saved from the draft page (an answers file is the first argument). ${useSavedPlan}.`,
  'newer-version': 'the plan was saved by a newer version of the tool. Make the scope with that version, or update this copy of the tool.',
};
const useDownload = 'Use the .json file that "Download answers" in the questionnaire saved';
const downloadAgain = 'Download the answers again from the questionnaire and use that file';
/** Why a file is refused and what to do, by reason; `detail` is already safe to print. */
const reasons: Record<RefusalReason, (detail: string) => string> = {
  'too-large': () => `the file is larger than 1 MB, so it cannot be an answers file. ${useDownload}.`,
  'not-text': () => `the file is not text (it is neither UTF-8 nor UTF-16). ${useDownload}.`,
  'not-json': (d) => `the file is not valid JSON${d ? ` (${d})` : ''}. If it was edited, undo the edit; or ${downloadAgain.toLowerCase()}.`,
  'not-answers': () => `the file is JSON but not an answers file from the Mandate Designer. ${useDownload}.`,
  'newer-version': (d) => `the file was made by a newer version of the tool (answers version ${d}). Make the draft with that version, or update this copy of the tool.`,
  'unknown-version': (d) => `${d}; this tool reads answers versions 1 and 2. ${downloadAgain}.`,
  invalid: (d) => `the file has answers the tool cannot use (${d}). Correct or remove those answers, or ${downloadAgain.toLowerCase()}.`,
};

/** One line on stderr, with anything that came from outside made safe to print. */
const fail = (line: string, code = 1) => {
  console.error(line);
  return code;
};

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? '';

/** Reads the file's bytes, or says in one line why it cannot (the answers file, or with `plan` the donor's plan). */
function readInput(input: string, shown: string, plan = false): Uint8Array | string {
  try {
    const stat = statSync(resolve(input));
    if (stat.isDirectory()) return `${shown} is a folder, not ${plan ? 'a plan' : 'an answers'} file. Give the path of the .json file.`;
    if (stat.size > (plan ? MAX_DONOR_FILE : MAX_FILE_BYTES)) return `${shown}: ${plan ? planReasons['too-large'] : reasons['too-large']('')}`;
    return readFileSync(resolve(input));
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return `${shown}: there is no such file. Check the path.`;
    if (code === 'EACCES' || code === 'EPERM') return `${shown}: this user may not read the file. Copy it somewhere readable, or change its permissions.`;
    return `${shown}: the file could not be read (${code || 'unknown error'}). Check the path and try again.`;
  }
}

/** Says in one line why the PDF cannot be written at this path, before any work is done; null when it can. */
function outputProblem(output: string, shown: string): string | null {
  const path = resolve(output);
  try {
    if (statSync(path).isDirectory()) return `${shown} is a folder. Give a file name for the draft, for example ${forTerminal(join(output, 'draft.pdf'), Infinity)}.`;
  } catch {
    // Not there yet: the usual case.
  }
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) return `Cannot write ${shown}: ${forTerminal(dir, Infinity)} is a file, not a folder. Choose another folder.`;
  } catch {
    return `Cannot write ${shown}: the folder ${forTerminal(dir, Infinity)} does not exist. Create it first, or choose another folder.`;
  }
  return null;
}

/** Takes `--name value` or `--name=value` out of `args`; undefined when absent, '' when given without a value. */
function takeValue(args: string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const value = args[i] === name ? args[i + 1] : args[i]!.slice(name.length + 1);
  args.splice(i, args[i] === name && value !== undefined && !value.startsWith('--') ? 2 : 1);
  return value === undefined || value.startsWith('--') ? '' : value;
}

export async function main(argv: string[]): Promise<number> {
  // --plan and --lang take the value after them (or --plan=path, --lang=fr); every other option stands alone.
  const args = [...argv];
  const planPath = takeValue(args, '--plan');
  if (planPath === '') return fail(`--plan needs the path of the plan file the draft page saved. ${usage}`, 2);
  const langArg = takeValue(args, '--lang');
  if (langArg === '') return fail(`--lang needs a language: ${languagesInWords}. ${usage}`, 2);
  if (langArg !== undefined && !(LANGS as readonly string[]).includes(langArg)) return fail(`Unknown language: ${forTerminal(langArg)}. The draft can be in ${languagesInWords}. ${usage}`, 2);
  const lang = (langArg ?? DEFAULT_LANG) as Lang;
  const flags = args.filter((a) => a.startsWith('--'));
  const [input, output] = args.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => !['--brief', '--instrument', '--support', '--letter', '--docx'].includes(f));
  if (!input || !output || unknown.length) return fail(unknown.length ? `Unknown option: ${forTerminal(unknown.join(' '))}. ${usage}` : usage, 2);
  const support = flags.includes('--support');
  const csv = /\.csv$/i.test(output);
  if (support && (flags.includes('--brief') || flags.includes('--instrument'))) return fail(`--support makes the donor's support scope, a document of its own: leave out --brief and --instrument. ${usage}`, 2);
  if (planPath && !support) return fail(`--plan is the donor's plan for the support scope: add --support. ${usage}`, 2);
  if (csv && !support) return fail(`A .csv file is the support scope's budget table: add --support, or name a .pdf or .docx file for the draft. ${usage}`, 2);
  if (csv && flags.includes('--docx')) return fail(`--docx makes a Word file, and the output is a .csv file: leave out one of them. ${usage}`, 2);
  const [inName, outName] = [forTerminal(input, Infinity), forTerminal(output, Infinity)];

  const bytes = readInput(input, inName);
  if (typeof bytes === 'string') return fail(bytes);
  const planName = planPath === undefined ? '' : forTerminal(planPath, Infinity);
  const planBytes = planPath === undefined ? undefined : readInput(planPath, planName, true);
  if (typeof planBytes === 'string') return fail(planBytes);
  const outProblem = outputProblem(output, outName);
  if (outProblem) return fail(outProblem);

  const decoded = decodeAnswersBytes(bytes);
  const read = decoded.ok ? readAnswersFile(decoded.text) : ({ ok: false, reason: 'not-text', details: [] } as const);
  if (!read.ok) return fail(`${inName}: ${reasons[read.reason](read.details.map((d) => forTerminal(d)).join('; '))}`);
  if (Object.keys(read.file.answers).length === 0) return fail(`${inName}: the file holds no answers. Answer the questionnaire, download the answers and use that file.`);
  const plan = planBytes ? readDonorScopeFile(planBytes, decodeAnswersBytes) : undefined;
  if (plan && !plan.ok) return fail(`${planName}: ${planReasons[plan.reason]}`);
  // Content, composer, font and jsPDF load only for a file that can make a draft: a refusal takes half
  // the time (the hostile files' test spawns this a hundred times).
  const [{ loadSiteContent }, { compose, composeSupportScope, donorScopeFor, scopeCsv, ComposeError }, { missingRequired }, { t }, { subsetNotoSans }, { renderPdf }] = await Promise.all([
    import('../content-io/site.ts'),
    import('../domain/mandate/compose.ts'),
    import('../domain/questionnaire/validate.ts'),
    import('../domain/ui/strings.ts'),
    import('../renderers/pdf/font-node.ts'),
    import('../renderers/pdf/jspdf.ts'),
  ]);
  const word = flags.includes('--docx') || /\.docx$/i.test(output);
  // The wording is the language's translation laid over the English content (content/i18n/); a language
  // still being translated keeps English where a translation is missing, and the user is told so.
  const content = loadSiteContent(process.cwd(), lang);
  const status = (await import('../content-io/i18n.ts')).readLanguages(process.cwd()).find((l) => l.code === lang)?.status;
  if (lang !== 'en' && lang !== 'qps' && status !== 'complete')
    console.error(`The ${languageNames[lang]} translation is not complete yet; wording not yet translated is in English, with ${languageNames[lang]} dates and typography.`);
  const missing = missingRequired(content.questionnaire, read.file.answers);
  // As on the draft page: a workshop's short path leaves questions for later on purpose, as open decisions.
  if (missing.length && !read.file.path) return fail(`${inName}: required answers are missing: ${missing.map((q) => q.shortLabel).join(', ')}. Answer them in the questionnaire, download the answers again and use that file.`);
  // The donor's plan, as the draft page holds it: the plan file's, or an empty one named after the phase.
  const entries = plan?.ok ? plan.scope : donorScopeFor(content.questionnaire, read.file.answers, content.ui);
  const table = budgetTable(entries, { number: t(content.ui, 'donor.error-number'), months: t(content.ui, 'donor.error-months') }, lang);
  // As on the draft page, whose downloads wait until every figure is a number: nothing is guessed.
  if (support && table.errors.length) {
    const where = table.errors.map((e) => {
      const [what, i] = e.key.split('/');
      const phase = `phase ${Number(i) + 1}`;
      return e.field === 'months' ? `${phase}: months` : `${t(content.ui, `scope.category.${what}`)}, ${phase}: ${e.field}`;
    });
    return fail(`${planName}: the budget has entries that are not numbers (${where.join('; ')}). Correct them on the draft page, save the plan to a file again and use that file.`);
  }
  let out: Uint8Array;
  let summary: string;
  try {
    const size = flags.includes('--letter') ? 'letter' : 'a4';
    const page = (n: string | number, total: string | number) => t(content.ui, 'draft.page', { n, total });
    const total = table.total === null ? 'no amounts entered' : `total ${formatAmount(table.total)}${entries.currency.trim() ? ` ${forTerminal(entries.currency.trim())}` : ''}`;
    if (support && csv) {
      out = new TextEncoder().encode(scopeCsv(entries, content.ui));
      summary = `the support scope's budget table, ${CATEGORIES.length} categories by ${entries.phases.length} phase${entries.phases.length === 1 ? '' : 's'}, ${total} (CSV)`;
    } else {
      // As on the draft page: a workshop scenario's brief ends with the design against history.
      const scenario = !support && read.file.scenario ? content.scenarios.find((s) => s.id === read.file.scenario) : undefined;
      if (!support && read.file.scenario && !scenario) console.error(`${inName}: the workshop scenario "${read.file.scenario}" is unknown, so the draft leaves out its comparison.`);
      const options = { date: new Date(), lang, ui: content.ui };
      const doc = support
        ? composeSupportScope(content.questionnaire, read.file.answers, content.knowledge, content.support, options, plan?.ok ? plan.scope : undefined)
        : compose(content.questionnaire, read.file.answers, content.knowledge, content.mandate, { ...options, kind: flags.includes('--instrument') ? 'instrument' : 'brief', ...(scenario ? { scenario } : {}) });
      out = word
        ? await (await import('../renderers/docx/docx.ts')).renderDocx(doc, size, { page })
        : await renderPdf(doc, size, await subsetNotoSans(), { page });
      const what = support ? `the support scope, ${total}` : `the ${doc.kind}, ${doc.articles.length} articles`;
      summary = `${what}, ${(out.length / 1024).toFixed(0)} KB (${word ? 'Word' : 'PDF'})`;
    }
  } catch (e) {
    if (e instanceof ComposeError) return fail(`${inName}: ${forTerminal(e.message)}`);
    throw e;
  }
  try {
    writeFileSync(resolve(output), out);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return fail(`Cannot write ${outName}: this user may not write there. Choose another folder.`);
    if (code === 'ENOSPC') return fail(`Cannot write ${outName}: the disk is full. Free some space, or choose another disk.`);
    return fail(`Cannot write ${outName} (${code || 'unknown error'}). Check the path and try again.`);
  }
  console.log(`${outName}: ${summary}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // A fault of the tool itself still ends in one line and a non-zero exit, never a stack trace.
  const code = await main(process.argv.slice(2)).catch((e: unknown) =>
    fail(`The draft could not be made: ${forTerminal(e instanceof Error ? e.message : String(e))}. Nothing was written. Please report this with the answers file.`, 70),
  );
  process.exit(code);
}
