/**
 * The command-line draft generator: the same answers file the site downloads, the same composer and
 * the same PDF and Word renderers, for batch printing. The output's extension chooses the format
 * (.pdf or .docx; --docx forces Word).
 *
 *   npm run draft -- <answers.json> <out.pdf|out.docx> [--brief|--instrument] [--letter] [--docx]
 *
 * Every refusal is one line on stderr saying what is wrong and what to do, with a non-zero exit: no stack
 * trace, and nothing from the file printed raw (see terminal.ts).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { decodeAnswersBytes } from '../domain/answers/encoding.ts';
import { readAnswersFile, type RefusalReason } from '../domain/answers/file.ts';
import { MAX_FILE_BYTES } from '../domain/answers/format.ts';
import { forTerminal } from './terminal.ts';

const usage = 'Usage: npm run draft -- <answers.json> <out.pdf|out.docx> [--brief|--instrument] [--letter] [--docx]';
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

/** Reads the file's bytes, or says in one line why it cannot. */
function readInput(input: string, shown: string): Uint8Array | string {
  try {
    const stat = statSync(resolve(input));
    if (stat.isDirectory()) return `${shown} is a folder, not an answers file. Give the path of the .json file.`;
    if (stat.size > MAX_FILE_BYTES) return `${shown}: ${reasons['too-large']('')}`;
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

export async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((a) => a.startsWith('--'));
  const [input, output] = argv.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => !['--brief', '--instrument', '--letter', '--docx'].includes(f));
  if (!input || !output || unknown.length) return fail(unknown.length ? `Unknown option: ${forTerminal(unknown.join(' '))}. ${usage}` : usage, 2);
  const [inName, outName] = [forTerminal(input, Infinity), forTerminal(output, Infinity)];

  const bytes = readInput(input, inName);
  if (typeof bytes === 'string') return fail(bytes);
  const outProblem = outputProblem(output, outName);
  if (outProblem) return fail(outProblem);

  const decoded = decodeAnswersBytes(bytes);
  const read = decoded.ok ? readAnswersFile(decoded.text) : ({ ok: false, reason: 'not-text', details: [] } as const);
  if (!read.ok) return fail(`${inName}: ${reasons[read.reason](read.details.map((d) => forTerminal(d)).join('; '))}`);
  if (Object.keys(read.file.answers).length === 0) return fail(`${inName}: the file holds no answers. Answer the questionnaire, download the answers and use that file.`);
  // Content, composer, font and jsPDF load only for a file that can make a draft: a refusal takes half
  // the time (the hostile files' test spawns this a hundred times).
  const [{ loadSiteContent }, { compose, ComposeError }, { missingRequired }, { t }, { subsetNotoSans }, { renderPdf }] = await Promise.all([
    import('../content-io/site.ts'),
    import('../domain/mandate/compose.ts'),
    import('../domain/questionnaire/validate.ts'),
    import('../domain/ui/strings.ts'),
    import('../renderers/pdf/font-node.ts'),
    import('../renderers/pdf/jspdf.ts'),
  ]);
  const word = flags.includes('--docx') || /\.docx$/i.test(output);
  const content = loadSiteContent(process.cwd());
  const missing = missingRequired(content.questionnaire, read.file.answers);
  if (missing.length) return fail(`${inName}: required answers are missing: ${missing.map((q) => q.shortLabel).join(', ')}. Answer them in the questionnaire, download the answers again and use that file.`);
  let out: Uint8Array;
  let summary: string;
  try {
    // As on the draft page: a workshop scenario's brief ends with the design against history.
    const scenario = read.file.scenario ? content.scenarios.find((s) => s.id === read.file.scenario) : undefined;
    if (read.file.scenario && !scenario) console.error(`${inName}: the workshop scenario "${read.file.scenario}" is unknown, so the draft leaves out its comparison.`);
    const doc = compose(content.questionnaire, read.file.answers, content.knowledge, content.mandate, {
      kind: flags.includes('--instrument') ? 'instrument' : 'brief',
      date: new Date(),
      locale: 'en-GB',
      ui: content.ui,
      ...(scenario ? { scenario } : {}),
    });
    const size = flags.includes('--letter') ? 'letter' : 'a4';
    const page = (n: string | number, total: string | number) => t(content.ui, 'draft.page', { n, total });
    out = word
      ? await (await import('../renderers/docx/docx.ts')).renderDocx(doc, size, { page })
      : await renderPdf(doc, size, await subsetNotoSans(), { page });
    summary = `the ${doc.kind}, ${doc.articles.length} articles, ${(out.length / 1024).toFixed(0)} KB (${word ? 'Word' : 'PDF'})`;
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
