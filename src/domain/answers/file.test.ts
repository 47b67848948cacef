import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixtureNames, fixturePath } from '../../../tests/fixtures/read.ts';
import { describeVersion, FILE_FORMAT, readAnswersFile, serializeAnswersFile, toAnswersFile } from './file.ts';
import { answersSchema, questionIds, schemaOptions, type Answers } from './schema.ts';

const v2 = (answers: unknown, extra: object = {}) => JSON.stringify({ format: FILE_FORMAT, schemaVersion: 2, answers, ...extra });

describe('the answers file', () => {
  it('reads every named fixture', () => {
    for (const name of fixtureNames()) {
      const r = readAnswersFile(readFileSync(fixturePath(name), 'utf8'));
      expect(r.ok, `${name}: ${JSON.stringify(r)}`).toBe(true);
    }
  });

  it('round-trips: what is written reads back the same', () => {
    const answers: Answers = { 'party-name': 'Secretaría de Paz – Bogotá Ñ ő Мир', tasks: ['advice', 'donor-channel'], phase: 'stalled' };
    const file = toAnswersFile(answers, new Date('2026-02-01T10:00:00Z'), 'tasks');
    const r = readAnswersFile(serializeAnswersFile(file));
    expect(r).toEqual({ ok: true, file });
  });

  it('refuses text that is not JSON', () => {
    expect(readAnswersFile('{ nope')).toMatchObject({ ok: false, reason: 'not-json' });
  });

  it('refuses JSON that is not an answers file', () => {
    expect(readAnswersFile('{"a":1}')).toMatchObject({ ok: false, reason: 'not-answers' });
    expect(readAnswersFile('[1,2]')).toMatchObject({ ok: false, reason: 'not-answers' });
    expect(readAnswersFile('null')).toMatchObject({ ok: false, reason: 'not-answers' });
  });

  it('refuses a newer or unknown schema version, saying which', () => {
    expect(readAnswersFile(JSON.stringify({ format: FILE_FORMAT, schemaVersion: 7, answers: {} }))).toEqual({ ok: false, reason: 'newer-version', details: ['7'] });
    expect(readAnswersFile(JSON.stringify({ format: FILE_FORMAT, schemaVersion: 'two', answers: {} }))).toMatchObject({ ok: false, reason: 'unknown-version' });
  });

  it('says what a file holds where its version should be', () => {
    const said = (v: string) => readAnswersFile(`{"format":"${FILE_FORMAT}",${v ? `"schemaVersion":${v},` : ''}"answers":{}}`);
    expect(said('"2"')).toEqual({ ok: false, reason: 'unknown-version', details: ['the file\'s "schemaVersion" is the text "2", not a number'] });
    expect(said('')).toEqual({ ok: false, reason: 'unknown-version', details: ['the file has no "schemaVersion"'] });
    expect(said('1e999')).toEqual({ ok: false, reason: 'unknown-version', details: ['the file\'s "schemaVersion" is a number too large to be a version'] });
    expect(said('2.5')).toMatchObject({ details: ['the file\'s "schemaVersion" is 2.5, not a whole number'] });
    expect(said('0')).toMatchObject({ details: ['the file\'s "schemaVersion" is 0, a version no release of this tool has written'] });
    expect(said('null')).toMatchObject({ details: ['the file\'s "schemaVersion" is null (empty), not a number'] });
    expect(said('[2]')).toMatchObject({ details: ['the file\'s "schemaVersion" is a list, not a number'] });
    expect(describeVersion('x'.repeat(50))).toBe(`the file's "schemaVersion" is the text "${'x'.repeat(20)}…", not a number`);
  });

  it('reads a text answer with CRLF, CR and TAB as new lines and spaces, and a leading byte order mark', () => {
    const r = readAnswersFile('\uFEFF' + v2({ remarks: 'one\r\ntwo\rthree\tfour' }));
    expect(r.ok && r.file.answers.remarks).toBe('one\ntwo\nthree four');
    const v1 = JSON.stringify({ format: FILE_FORMAT, schemaVersion: 1, answers: [{ question: 'remarks', value: 'a\r\nb' }] });
    expect(readAnswersFile(v1)).toMatchObject({ ok: true, file: { answers: { remarks: 'a\nb' } } });
  });

  it("counts a text answer's length after its line breaks are normalised", () => {
    const r = readAnswersFile(v2({ remarks: 'ab\r\n'.repeat(1250) }));
    expect(r.ok && r.file.answers.remarks!.length).toBe(3750);
  });

  it('drops NUL and the ESC of an escape sequence from a text answer, and refuses them in a choice', () => {
    expect(readAnswersFile(v2({ remarks: 'a\u0000b \u001b[2J' }))).toMatchObject({ ok: true, file: { answers: { remarks: 'ab [2J' } } });
    expect(readAnswersFile(v2({ phase: 'stalled\u0000' }))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses unknown fields and wrongly typed fields, naming the field', () => {
    const unknown = readAnswersFile(v2({ 'favourite-colour': 'blue' }));
    expect(unknown).toMatchObject({ ok: false, reason: 'invalid' });
    expect(JSON.stringify(unknown)).toContain('favourite-colour');
    const typed = readAnswersFile(v2({ tasks: 'advice' }));
    expect(typed).toMatchObject({ ok: false, reason: 'invalid' });
    expect(JSON.stringify(typed)).toContain('answers.tasks');
    expect(readAnswersFile(v2({ phase: 'war' }))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(readAnswersFile(v2({}, { extra: true }))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a file over 1 MB before parsing it', () => {
    expect(readAnswersFile(v2({ remarks: 'x'.repeat(1_000_001) }))).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('keeps 5,000 characters of text in any script, and refuses 5,001', () => {
    const text = 'नेपाल မြန်မာ தமிழ் العربية Мир '.repeat(200).slice(0, 5000);
    const ok = readAnswersFile(v2({ purpose: text }));
    expect(ok.ok && ok.file.answers.purpose).toBe(text);
    expect(readAnswersFile(v2({ purpose: text + 'x' }))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('migrates a version 1 file (answers as question/value pairs)', () => {
    const v1 = JSON.stringify({ format: FILE_FORMAT, schemaVersion: 1, savedAt: '2025-12-01T09:00:00Z', answers: [{ question: 'party-type', value: 'state' }, { question: 'tasks', value: ['advice'] }] });
    expect(readAnswersFile(v1)).toEqual({
      ok: true,
      migratedFrom: 1,
      file: { format: FILE_FORMAT, schemaVersion: 2, savedAt: '2025-12-01T09:00:00Z', answers: { 'party-type': 'state', tasks: ['advice'] } },
    });
    const bad = JSON.stringify({ format: FILE_FORMAT, schemaVersion: 1, answers: [{ question: 'party-type', value: 'martian' }] });
    expect(readAnswersFile(bad)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('the answers schema', () => {
  it('has a documented option list for every choice question and accepts an empty record', () => {
    expect(answersSchema.safeParse({}).success).toBe(true);
    expect(questionIds.length).toBeGreaterThanOrEqual(35);
    expect(schemaOptions('party-type')).toEqual(['state', 'non-state-armed-group', 'unarmed-political-party', 'coalition-of-groups']);
    expect(schemaOptions('purpose')).toBeNull();
  });
});
