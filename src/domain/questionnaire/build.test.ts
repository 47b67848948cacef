import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from './build.ts';
import type { RawFile } from '../content/raw.ts';

const section = (questions: unknown[], extra: object = {}): RawFile => ({
  file: 'content/questionnaire/01-context.yaml',
  data: { id: 'context', order: 1, title: 'Context', summary: 'Who and when.', questions, ...extra },
});
const partyType = {
  id: 'party-type', type: 'single', label: 'Who?', shortLabel: 'Party type', why: 'Because.', required: true, errorRequired: 'Select one',
  options: ['state', 'non-state-armed-group', 'unarmed-political-party', 'coalition-of-groups'].map((id) => ({ id, label: id })),
};
const messages = (files: RawFile[]) => buildQuestionnaire(files).issues.filter((i) => i.file !== 'content/questionnaire').map((i) => `${i.file} → ${i.field}: ${i.message}`);

describe('questionnaire content checks', () => {
  it('accept a well-formed question (and list the schema fields no question asks yet)', () => {
    const r = buildQuestionnaire([section([partyType])]);
    expect(messages([section([partyType])])).toEqual([]);
    expect(r.issues.some((i) => i.field === 'phase' && /no question asks it/.test(i.message))).toBe(true);
  });

  it('name the file and field of a question the answers schema does not know', () => {
    expect(messages([section([{ ...partyType, id: 'favourite-colour' }])])).toEqual([
      'content/questionnaire/01-context.yaml → questions.0.id: question "favourite-colour" has no field in the answers schema (src/domain/answers/schema.ts)',
    ]);
  });

  it('name options that drift from the schema', () => {
    const q = { ...partyType, options: partyType.options.slice(0, 3).concat({ id: 'militia', label: 'Militia' }) };
    expect(messages([section([q])])[0]).toMatch(/questions\.0\.options: options differ .*missing: coalition-of-groups; unknown: militia/);
  });

  it('refuse a condition on a later or unknown question, or an unknown value', () => {
    const phase = { id: 'phase', type: 'single', label: 'Phase?', shortLabel: 'Phase', why: 'W', required: false, options: ['pre-formal', 'preparing-talks', 'formal-negotiations', 'stalled', 'implementation'].map((id) => ({ id, label: id })) };
    const early = { ...partyType, when: { question: 'phase', is: 'stalled' } };
    expect(messages([section([early, phase])])).toContain('content/questionnaire/01-context.yaml → questions.0.when: condition refers to "phase", which is not an earlier question');
    const wrong = { ...phase, when: { question: 'party-type', is: 'pirate' } };
    expect(messages([section([partyType, wrong])])).toContain('content/questionnaire/01-context.yaml → questions.1.when: "pirate" is not an option of "party-type"');
  });

  it('require an error message for a required question and a valid shape', () => {
    const { errorRequired: _omit, ...noError } = partyType;
    expect(messages([section([noError])])).toContain('content/questionnaire/01-context.yaml → questions.0.errorRequired: a required question needs an error message');
    expect(messages([section([{ ...partyType, type: 'dropdown' }])])[0]).toMatch(/questions\.0\.type/);
  });

  describe('for a page that holds more than one question', () => {
    const text = (id: string, extra: object = {}) => ({ id, type: 'text', label: `${id}?`, shortLabel: id, why: 'W', required: false, ...extra });
    const names = [text('party-name'), text('secretariat-name'), text('short-name', { when: { question: 'secretariat-name', answered: true } })];
    const page = (questions: string[]) => ({ pages: [{ heading: 'Names', questions }] });

    it('accept companions that follow their page question and depend on no question of the page', () => {
      expect(messages([section(names, page(['party-name', 'secretariat-name']))])).toEqual([]);
    });

    it('refuse a companion whose condition depends on an earlier question on the same page', () => {
      expect(messages([section(names, page(['secretariat-name', 'short-name']))])).toEqual([
        'content/questionnaire/01-context.yaml → pages.0: "short-name" depends on "secretariat-name", an earlier question on the same page: it needs a page of its own',
      ]);
    });

    it('refuse a companion that may apply where its page question does not, one that does not follow it, and one on two pages', () => {
      const opened = [text('party-name', { when: { question: 'user-role', answered: true } }), text('secretariat-name')];
      expect(messages([section(opened, page(['party-name', 'secretariat-name']))])).toContain(
        'content/questionnaire/01-context.yaml → pages.0: "secretariat-name" may apply where "party-name" does not: its condition must be that of "party-name", or include it',
      );
      expect(messages([section(names, page(['party-name', 'short-name']))])).toEqual([
        'content/questionnaire/01-context.yaml → pages.0: "short-name" does not directly follow "party-name" in the section',
      ]);
      const twice = { pages: [{ heading: 'A', questions: ['party-name', 'secretariat-name'] }, { heading: 'B', questions: ['secretariat-name', 'short-name'] }] };
      expect(messages([section(names, twice)])).toContain('content/questionnaire/01-context.yaml → pages.1: "secretariat-name" is on another page too');
    });
  });
});
