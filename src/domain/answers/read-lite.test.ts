import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { fixtureNames, readFixture } from '../../../tests/fixtures/read.ts';
import { readAnswersFile } from './file.ts';
import { FILE_FORMAT, MAX_TEXT } from './format.ts';
import { readAnswersFileLite } from './read-lite.ts';

const { questionnaire } = loadSiteContent();
const file = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: FILE_FORMAT, schemaVersion: 2, savedAt: '2026-11-24T10:00:00.000Z', ...extra, answers });

/** Every case the two readers must agree on: accepted with the same answers, or refused. */
const cases: [string, string][] = [
  ...fixtureNames().map((n): [string, string] => [`fixture ${n}`, JSON.stringify(readFixture(n))]),
  ['empty answers', file({})],
  ['a scenario and a position', file({ phase: 'stalled' }, { scenario: 'nepal-2004', at: 'check' })],
  ['text at the limit, in any script', file({ remarks: 'Мир ما 平和 '.repeat(500).slice(0, MAX_TEXT) })],
  ['text over the limit', file({ remarks: 'x'.repeat(MAX_TEXT + 1) })],
  ['an unknown question', file({ 'no-such-question': 'x' })],
  ['an unknown option', file({ phase: 'sometime' })],
  ['a list where one value is expected', file({ phase: ['stalled'] })],
  ['one value where a list is expected', file({ tasks: 'advice' })],
  ['a list with an unknown option', file({ tasks: ['advice', 'nonsense'] })],
  ['a number for text', file({ remarks: 5 })],
  ['null for text', file({ remarks: null })],
  ['an unknown top-level field', file({}, { extra: true })],
  ['a scenario id that is not kebab-case', file({}, { scenario: 'Not An Id' })],
  ['answers that are a list', JSON.stringify({ format: FILE_FORMAT, schemaVersion: 2, answers: [] })],
  ['a key named __proto__', '{"format":"' + FILE_FORMAT + '","schemaVersion":2,"answers":{"__proto__":"x"}}'],
  ['not JSON', '{ nope'],
  ['CRLF, CR and TAB in text', file({ remarks: 'a\r\nb\rc\td', purpose: 'x' })],
  ['a byte order mark before the JSON', '\uFEFF' + file({ phase: 'stalled' })],
  ['NUL in text', file({ remarks: 'a\u0000b' })],
  ['an escape sequence in text', file({ remarks: '\u001b]0;owned\u0007' })],
  ['half a surrogate pair in text', file({ remarks: 'x\uD800y' })],
  ['a bidi override in text', file({ remarks: 'abc \u202Edef' })],
  ['another format', JSON.stringify({ format: 'something-else', schemaVersion: 2, answers: {} })],
];

describe('the light answers reader', () => {
  for (const [name, text] of cases) {
    it(`agrees with the schema reader on ${name}`, () => {
      const full = readAnswersFile(text);
      const lite = readAnswersFileLite(text, questionnaire);
      expect(lite).not.toBeNull();
      expect(lite!.ok).toBe(full.ok);
      if (full.ok && lite!.ok) expect(lite!.file).toEqual(full.file);
      if (!full.ok && !lite!.ok) expect(lite!.reason).toBe(full.reason);
    });
  }

  it('leaves older and newer versions to the schema reader, which migrates or refuses them', () => {
    const v1 = JSON.stringify({ format: FILE_FORMAT, schemaVersion: 1, answers: [{ question: 'phase', value: 'stalled' }] });
    expect(readAnswersFileLite(v1, questionnaire)).toBeNull();
    expect(readAnswersFile(v1)).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(readAnswersFileLite(JSON.stringify({ format: FILE_FORMAT, schemaVersion: 99, answers: {} }), questionnaire)).toBeNull();
  });
});
