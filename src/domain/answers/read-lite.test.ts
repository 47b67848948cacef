import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { fixtureNames, readFixture } from '../../../tests/fixtures/read.ts';
import { readAnswersFile } from './file.ts';
import { FILE_FORMAT, MAX_TEXT } from './format.ts';
import { readAnswersFileLite } from './read-lite.ts';

const { questionnaire } = loadSiteContent();
const file = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: FILE_FORMAT, schemaVersion: 2, savedAt: '2026-11-24T10:00:00.000Z', ...extra, answers });

/** What this site saves: the light reader reads it, exactly as the schema reader does. */
const saved: [string, string][] = [
  ...fixtureNames().map((n): [string, string] => [`fixture ${n}`, JSON.stringify(readFixture(n))]),
  ['empty answers', file({})],
  ['a scenario and a position', file({ phase: 'stalled' }, { scenario: 'nepal-2004', at: 'check' })],
  ['a scenario on the short path', file({ phase: 'stalled' }, { scenario: 'nepal-2004', at: 'tasks', path: 'short' })],
  ['the rest of a short path', file({ phase: 'stalled' }, { scenario: 'nepal-2004', at: 'purpose', path: 'rest' })],
  ['text at the limit, in any script', file({ remarks: 'Мир ما 平和 '.repeat(500).slice(0, MAX_TEXT) })],
  ['a bidi override and an emoji in text', file({ remarks: 'abc \u202Edef 👩🏽‍⚖️' })],
];
/** Everything else: the light reader leaves it to the schema reader, which refuses, migrates or normalises it. */
const other: [string, string][] = [
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
  ['a path that is neither short nor the rest of one', file({}, { path: 'full' })],
  ['answers that are a list', JSON.stringify({ format: FILE_FORMAT, schemaVersion: 2, answers: [] })],
  ['a key named __proto__', '{"format":"' + FILE_FORMAT + '","schemaVersion":2,"answers":{"__proto__":"x"}}'],
  ['not JSON', '{ nope'],
  ['another format', JSON.stringify({ format: 'something-else', schemaVersion: 2, answers: {} })],
  ['a byte order mark before the JSON', '\uFEFF' + file({ phase: 'stalled' })],
  ['version 1', JSON.stringify({ format: FILE_FORMAT, schemaVersion: 1, answers: [{ question: 'phase', value: 'stalled' }] })],
  ['a newer version', JSON.stringify({ format: FILE_FORMAT, schemaVersion: 99, answers: {} })],
  ...['a\r\nb', 'a\tb', 'a\u0000b', '\u001b[2J', 'x\uD800y', 'a\u2028b', 'a\u0085b'].map((t): [string, string] => [`text holding ${JSON.stringify(t)}`, file({ remarks: t })]),
];

describe('the light answers reader', () => {
  for (const [name, text] of saved) {
    it(`reads ${name} as the schema reader does`, () => {
      const full = readAnswersFile(text);
      expect(full.ok).toBe(true);
      expect(readAnswersFileLite(text, questionnaire)).toEqual(full);
    });
  }

  for (const [name, text] of other) {
    it(`leaves ${name} to the schema reader`, () => {
      expect(readAnswersFileLite(text, questionnaire)).toBeNull();
    });
  }
});
