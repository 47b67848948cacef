/**
 * The command-line draft generator: the same answers file the site downloads, the same composer and
 * the same PDF and Word renderers, for batch printing. The output's extension chooses the format
 * (.pdf or .docx; --docx forces Word).
 *
 *   npm run draft -- <answers.json> <out.pdf|out.docx> [--brief|--instrument] [--letter] [--docx]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSiteContent } from '../content-io/site.ts';
import { readAnswersFile } from '../domain/answers/file.ts';
import { compose, ComposeError } from '../domain/mandate/compose.ts';
import { missingRequired } from '../domain/questionnaire/validate.ts';
import { t } from '../domain/ui/strings.ts';
import { subsetNotoSans } from '../renderers/pdf/font-node.ts';
import { renderPdf } from '../renderers/pdf/jspdf.ts';
import { renderDocx } from '../renderers/docx/docx.ts';

const usage = 'Usage: npm run draft -- <answers.json> <out.pdf|out.docx> [--brief|--instrument] [--letter] [--docx]';
const reasons: Record<string, string> = {
  'too-large': 'the file is larger than 1 MB, so it cannot be an answers file',
  'not-json': 'the file is not valid JSON',
  'not-answers': 'the file is JSON but not an answers file from the Mandate Designer',
  'newer-version': 'the file was made by a newer version of the tool',
  'unknown-version': 'the file has an unknown answers version',
  invalid: 'the file has answers the tool cannot use',
};

export async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((a) => a.startsWith('--'));
  const [input, output] = argv.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => !['--brief', '--instrument', '--letter', '--docx'].includes(f));
  if (!input || !output || unknown.length) {
    console.error(unknown.length ? `Unknown option: ${unknown.join(' ')}\n${usage}` : usage);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(resolve(input), 'utf8');
  } catch (e) {
    console.error(`Cannot read ${input}: ${(e as Error).message}`);
    return 1;
  }
  const read = readAnswersFile(text);
  if (!read.ok) {
    console.error(`${input}: ${reasons[read.reason]}.${read.details.length ? `\n  ${read.details.join('\n  ')}` : ''}`);
    return 1;
  }
  const content = loadSiteContent(process.cwd());
  const missing = missingRequired(content.questionnaire, read.file.answers);
  if (missing.length) {
    console.error(`${input}: required answers are missing: ${missing.map((q) => q.shortLabel).join(', ')}.`);
    return 1;
  }
  try {
    // As on the draft page: a workshop scenario's brief ends with the design against history.
    const scenario = read.file.scenario ? content.scenarios.find((s) => s.id === read.file.scenario) : undefined;
    if (read.file.scenario && !scenario) console.error(`${input}: the workshop scenario "${read.file.scenario}" is unknown, so the draft leaves out its comparison.`);
    const doc = compose(content.questionnaire, read.file.answers, content.knowledge, content.mandate, {
      kind: flags.includes('--instrument') ? 'instrument' : 'brief',
      date: new Date(),
      locale: 'en-GB',
      ui: content.ui,
      ...(scenario ? { scenario } : {}),
    });
    const size = flags.includes('--letter') ? 'letter' : 'a4';
    const word = flags.includes('--docx') || /\.docx$/i.test(output);
    const bytes = word
      ? await renderDocx(doc, size, { page: (n, total) => t(content.ui, 'draft.page', { n, total }) })
      : await renderPdf(doc, size, await subsetNotoSans(), { page: (n, total) => t(content.ui, 'draft.page', { n, total }) });
    writeFileSync(resolve(output), bytes);
    console.log(`${output}: the ${doc.kind}, ${doc.articles.length} articles, ${(bytes.length / 1024).toFixed(0)} KB (${word ? 'Word' : 'PDF'})`);
    return 0;
  } catch (e) {
    if (e instanceof ComposeError) {
      console.error(`${input}: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(await main(process.argv.slice(2)));
