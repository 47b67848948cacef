/**
 * Every hostile answers file (tests/fixtures/hostile/) through the readers the site and the command line
 * share: the decoder, the schema reader and the light reader. The verdict and the answers that survive
 * are the manifest's, written by hand in generate.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content-io/site.ts';
import { decodeAnswersBytes } from '../../src/domain/answers/encoding.ts';
import { readAnswersFile, type ReadResult } from '../../src/domain/answers/file.ts';
import { readAnswersFileLite } from '../../src/domain/answers/read-lite.ts';
import { missingRequired } from '../../src/domain/questionnaire/validate.ts';
import { readFixture } from '../fixtures/read.ts';
import { hostileFiles, type HostileFile } from '../fixtures/hostile/big.ts';

const { questionnaire } = loadSiteContent();
const files = hostileFiles();

/** What the site's and the command line's readers make of the bytes, before their own checks. */
function read(bytes: Uint8Array): ReadResult {
  const decoded = decodeAnswersBytes(bytes);
  return decoded.ok ? readAnswersFile(decoded.text) : { ok: false, reason: 'not-text', details: [] };
}

/** The answers a file must read back as. */
export function survivors(f: HostileFile): Record<string, unknown> {
  if (f.expect === 'refused') throw new Error(`${f.file} is refused`);
  return f.expect === 'accepted' && f.base ? { ...readFixture(f.base).answers, ...f.answers } : f.answers;
}

describe('the hostile answers files', () => {
  it('are at least 100 committed files, each in the manifest, with every kind of outcome', () => {
    expect(files.length).toBeGreaterThanOrEqual(105);
    const kinds = new Set(files.map((f) => (f.expect === 'refused' ? f.reason : f.expect)));
    expect([...kinds].sort()).toEqual(['accepted', 'incomplete', 'invalid', 'newer-version', 'no-answers', 'not-answers', 'not-json', 'not-text', 'too-large', 'unknown-version']);
  });

  for (const f of files) {
    const verdict = f.expect === 'refused' ? `refused (${f.reason})` : f.expect;
    it(`${f.file}, ${f.what}: ${verdict} by both readers`, () => {
      const r = read(f.bytes);
      if (f.expect === 'refused' && f.reason !== 'no-answers') {
        expect(r.ok ? 'accepted' : r.reason).toBe(f.reason);
      } else {
        expect(r.ok, JSON.stringify(r).slice(0, 300)).toBe(true);
        if (!r.ok) return;
        if (f.expect === 'refused') expect(r.file.answers).toEqual({});
        else expect(r.file.answers).toEqual(survivors(f));
        expect(missingRequired(questionnaire, r.file.answers).length > 0).toBe(f.expect !== 'accepted');
      }
      // The light reader reads only what this site saves, and leaves the rest to the schema reader: where it
      // reads a file, it reads it the same.
      const decoded = decodeAnswersBytes(f.bytes);
      const lite = decoded.ok ? readAnswersFileLite(decoded.text, questionnaire) : null;
      if (lite) expect(lite).toEqual(r);
    });
  }

  it('leave the prototype of every object as it was', () => {
    for (const f of files) read(f.bytes);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});
