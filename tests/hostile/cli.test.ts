/**
 * Every hostile answers file through the command line, spawned as a user runs it: the exit code, one
 * clear line on stderr for a refusal, no stack trace, nothing from the file echoed raw, and a PDF written
 * exactly when the file can make a draft.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileFiles, type HostileFile } from '../fixtures/hostile/big.ts';

const files = hostileFiles();
const dir = mkdtempSync(join(tmpdir(), 'psmd-hostile-'));
type Run = { status: number | null; stdout: string; stderr: string };
const runs = new Map<string, Run>();

/** What each refusal's line must say (the problem, in the words a user reads). */
const says: Record<string, RegExp> = {
  'too-large': /larger than 1 MB.*Use the \.json file/,
  'not-text': /is not text \(it is neither UTF-8 nor UTF-16\)/,
  'not-json': /is not valid JSON.*(undo the edit|download the answers again)/,
  'not-answers': /not an answers file from the Mandate Designer/,
  'newer-version': /made by a newer version of the tool \(answers version \d+\)/,
  'unknown-version': /"schemaVersion".*this tool reads answers versions 1 and 2/,
  invalid: /has answers the tool cannot use \(.+\)\. Correct or remove/,
  'no-answers': /holds no answers\. Answer the questionnaire/,
  incomplete: /required answers are missing: .+\. Answer them in the questionnaire/,
};
// What must never reach a terminal from a file: C0 controls but the new line, DEL, C1, bidi controls.
const UNSAFE = /[\0-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

function draft(input: string, output: string): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['src/cli/draft.ts', input, output, '--instrument'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const pdfOf = (f: HostileFile) => join(dir, `${f.file}.pdf`);

beforeAll(async () => {
  const queue = [...files];
  // Two at a time: the machines this runs on have two cores.
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const input = join(dir, f.file);
      writeFileSync(input, f.bytes);
      runs.set(f.file, await draft(input, pdfOf(f)));
    }
  };
  await Promise.all([worker(), worker()]);
}, 900_000);

describe('the command line, given each hostile file', () => {
  for (const f of files) {
    const verdict = f.expect === 'refused' ? `refuses it in one line (${f.reason})` : f.expect === 'incomplete' ? 'says which required answers are missing' : 'writes the PDF';
    it(`${verdict}: ${f.file}, ${f.what}`, () => {
      const r = runs.get(f.file)!;
      expect(r.stderr + r.stdout, 'a control character or bidi override reached the terminal').not.toMatch(UNSAFE);
      expect(r.stderr, 'a stack trace').not.toMatch(/^\s+at /m);
      if (f.expect === 'accepted') {
        expect(r.status, r.stderr).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).toMatch(/^.+: the instrument, \d+ articles, \d+ KB \(PDF\)\n$/);
        expect(new TextDecoder().decode(readFileSync(pdfOf(f)).subarray(0, 5))).toBe('%PDF-');
      } else {
        expect(r.status).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr.endsWith('\n') && !r.stderr.trimEnd().includes('\n'), `one line: ${r.stderr}`).toBe(true);
        expect(r.stderr).toMatch(says[f.expect === 'refused' ? f.reason : 'incomplete']!);
        expect(r.stderr.startsWith(join(dir, f.file))).toBe(true);
        expect(existsSync(pdfOf(f))).toBe(false);
      }
    });
  }
});
