import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixtureNames, fixturePath } from '../../../tests/fixtures/read.ts';
import { FILE_FORMAT, readAnswersFile, serializeAnswersFile, toAnswersFile } from './file.ts';
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
