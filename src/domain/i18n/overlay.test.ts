import { describe, expect, it } from 'vitest';
import { applyOverlay, fieldsAt, generatedEntries, hashText, type Kind } from './overlay.ts';
import { isPseudo, pseudo } from './pseudo.ts';
import { glossaryIssues, usesEnglish, usesTerm, type Glossary } from './glossary.ts';
import { buildLanguages } from './languages.ts';

const questionnaire: Kind = { name: 'questionnaire', files: 'questionnaire/', wording: ['title', 'questions[].label', 'questions[].options[].label', 'pages[].heading'], keep: [] };
const base = {
  id: 'context',
  title: 'Context',
  pages: [{ heading: 'The parties', questions: ['a', 'b'] }],
  questions: [
    { id: 'party-type', label: 'What kind of party?', when: { question: 'phase', is: 'stalled' }, options: [{ id: 'state', label: 'A state' }, { id: 'other', label: 'Another party' }] },
  ],
};
const file = 'content/i18n/es/questionnaire/01-context.yaml';
const entry = (en: string, text: string) => ({ from: hashText(en), text });

describe('the wording overlay', () => {
  it('addresses a list element by its id, and by its position only where it has none', () => {
    expect(fieldsAt(base, questionnaire.wording).map((f) => f.address)).toEqual([
      'title', 'questions[party-type].label', 'questions[party-type].options[state].label', 'questions[party-type].options[other].label', 'pages[0].heading',
    ]);
  });

  it('names elements by position where their ids are missing, prose or repeated, so no two fields share an address', () => {
    const risk: Kind = { name: 'risks', files: 'risks/', wording: ['safeguards[]', 'safeguards[].text', 'safeguards[].question', 'steps[].title'], keep: [] };
    const data = {
      safeguards: ['Records shall be kept.', { text: 'Accounts shall be audited.', question: 'Would audited accounts reassure them?' }],
      steps: [{ id: 'a', title: 'One' }, { id: 'a', title: 'Two' }],
    };
    expect(fieldsAt(data, risk.wording).map((f) => f.address)).toEqual(['safeguards[0]', 'safeguards[1].text', 'safeguards[1].question', 'steps[0].title', 'steps[1].title']);
  });

  it('replaces wording by address and leaves structure (ids, conditions) and the base file as they were', () => {
    const o = applyOverlay(file, base, questionnaire, {
      title: entry('Context', 'Contexto'),
      'questions[party-type].options[state].label': entry('A state', 'Un Estado'),
    });
    const data = o.data as typeof base;
    expect(data.title).toBe('Contexto');
    expect(data.questions[0]!.options[0]).toEqual({ id: 'state', label: 'Un Estado' });
    expect(data.questions[0]!.when).toEqual({ question: 'phase', is: 'stalled' });
    expect(base.title).toBe('Context');
    expect(o.translated).toEqual(['title', 'questions[party-type].options[state].label']);
  });

  it('follows an element that moved in the list, because it is named by id', () => {
    const moved = { ...base, questions: [{ ...base.questions[0]!, options: [...base.questions[0]!.options].reverse() }] };
    const o = applyOverlay(file, moved, questionnaire, { 'questions[party-type].options[state].label': entry('A state', 'Un Estado') });
    expect((o.data as typeof base).questions[0]!.options[1]!.label).toBe('Un Estado');
  });

  it('names the file and address of every missing, extra and stale translation, and keeps the English where one is missing', () => {
    const o = applyOverlay(file, base, questionnaire, {
      title: entry('Contexts', 'Contexto'),
      'questions[party-type].label': entry('What kind of party?', '¿Qué tipo de parte?'),
      'questions[party-type].options[state].label': entry('A state', 'Un Estado'),
      'questions[party-type].options[militia].label': entry('A militia', 'Una milicia'),
      'pages[0].heading': { from: hashText('The parties'), text: '' },
    });
    expect(o.issues.map((i) => `${i.problem} ${i.file} → ${i.field}`)).toEqual([
      `stale ${file} → title`,
      `missing ${file} → questions[party-type].options[other].label`,
      `missing ${file} → pages[0].heading`,
      `extra ${file} → questions[party-type].options[militia].label`,
    ]);
    expect((o.data as typeof base).questions[0]!.options[1]!.label).toBe('Another party');
    expect(o.stale).toEqual(['title']);
  });

  it('refuses an entry that is not text and hash, naming the address', () => {
    const o = applyOverlay(file, base, questionnaire, { title: { text: 'Contexto', from: 'abc', note: 'x' } });
    expect(o.issues.filter((i) => i.problem === 'invalid').map((i) => i.field)).toEqual(expect.arrayContaining(['title', 'title.from']));
  });

  it('refuses a translation that loses or invents a placeholder, and keeps the English there', () => {
    const mandate: Kind = { name: 'mandate', files: 'mandate/articles.yaml', wording: ['phrases.*'], keep: [] };
    const phrases = { phrases: { ended: '{this} is revoked', on: 'on {date}' } };
    const o = applyOverlay(file, phrases, mandate, {
      'phrases.ended': entry('{this} is revoked', '{This} queda derogado'),
      'phrases.on': entry('on {date}', 'el {fecha}'),
    });
    expect(o.issues.map((i) => `${i.problem} ${i.field}: ${i.message}`)).toEqual([
      "invalid phrases.on: invalid: the text must keep the English's placeholders ({date}), not {fecha}",
    ]);
    expect(o.data).toEqual({ phrases: { ended: '{This} queda derogado', on: 'on {date}' } });
  });

  it('hashes the English it was made from in 8 hex digits, changing with any edit', () => {
    expect(hashText('A state')).toMatch(/^[0-9a-f]{8}$/);
    expect(hashText('A state')).not.toBe(hashText('A State'));
    expect(hashText('Café')).toBe(hashText('Cafe\u0301'));
  });
});

describe('the pseudo-locale', () => {
  it('accents letters, marks both ends, runs about 30 % longer and keeps placeholders and kept names whole', () => {
    const p = pseudo('Section {n} of {total} for the Oficina del Alto', ['Oficina del Alto']);
    expect(isPseudo(p)).toBe(true);
    expect(p).toMatch(/^⟦Šéçţíöñ \{n\} öƒ \{total\} ƒöŕ ţĥé Oficina del Alto ~+⟧$/);
    const english = 'A secretariat keeps records of the talks.';
    expect(pseudo(english).length / english.length).toBeGreaterThan(1.25);
    expect(isPseudo('Plain English')).toBe(false);
  });

  it('comes through the same overlay as a translation, with every field current', () => {
    const o = applyOverlay('qps', base, questionnaire, generatedEntries(base, questionnaire, pseudo));
    expect(o.issues).toEqual([]);
    expect(fieldsAt(o.data, questionnaire.wording).every((f) => isPseudo(f.text))).toBe(true);
  });
});

describe('the languages file', () => {
  const langs = (languages: unknown[]) => buildLanguages({ file: 'content/i18n/languages.yaml', data: { languages } }).issues.map((i) => `${i.field}: ${i.message}`);
  const en = { code: 'en', name: 'English', dir: 'ltr', status: 'complete' };
  it('accepts English first and complete, with Spanish in progress', () => {
    expect(langs([en, { code: 'es', name: 'Español', dir: 'ltr', status: 'in-progress' }])).toEqual([]);
  });
  it('refuses an unknown language, a wrong direction, a language twice and a base that is not English', () => {
    expect(langs([en, { code: 'de', name: 'Deutsch', dir: 'ltr', status: 'in-progress' }])).toEqual(['languages.1.code: "de" is not a language the site knows (src/domain/i18n/lang.ts)']);
    expect(langs([en, { code: 'fr', name: 'Français', dir: 'rtl', status: 'in-progress' }])).toEqual(['languages.1.dir: fr is written ltr, not rtl']);
    expect(langs([en, en])).toEqual(['languages.1.code: en is declared twice']);
    expect(langs([{ ...en, status: 'in-progress' }])[0]).toMatch(/^languages\.0: the first language must be English/);
  });
});

describe('the glossary', () => {
  const glossary: Glossary = { terms: [
    { id: 'mandate', en: ['mandate', 'mandates'], es: 'mandato', fr: 'mandat' },
    { id: 'party', en: ['party', 'parties'], except: ['third party'], es: 'parte', fr: 'partie' },
    { id: 'ceasefire', en: ['ceasefire'], es: 'alto el fuego', fr: 'cessez-le-feu' },
  ] };
  const field = (en: string, text: string) => ({ file: 'content/i18n/es/lessons/x.yaml', address: 'text', en, text });

  it('finds a term in English as a whole word, outside its exceptions', () => {
    expect(usesEnglish('The Mandate ends.', ['mandate'])).toBe(true);
    expect(usesEnglish('It was mandated.', ['mandate'])).toBe(false);
    expect(usesEnglish('a third party helps', ['party'], ['third party'])).toBe(false);
  });

  it('accepts the glossary term with another ending, in any case', () => {
    expect(usesTerm('Los Mandatos terminan', 'mandato')).toBe(true);
    expect(usesTerm('les parties signent', 'partie')).toBe(true);
    expect(usesTerm('un cessez-le-feu', 'cessez-le-feu')).toBe(true);
    expect(usesTerm('el encargo termina', 'mandato')).toBe(false);
  });

  it('does not read a placeholder\'s name as a word of the English', () => {
    expect(usesEnglish('Ends on {sunset-date}.', ['sunset'])).toBe(false);
    expect(usesEnglish('A sunset clause ends it on {sunset-date}.', ['sunset'])).toBe(true);
  });

  it('accepts one word, such as an adjective in a name, between the words of a term, and no more', () => {
    expect(usesTerm('la Secretaría Nacional de Paz', 'secretaría de paz')).toBe(true);
    expect(usesTerm('le Secrétariat national de paix', 'secrétariat de paix')).toBe(true);
    expect(usesTerm('la secretaría del comité de paz', 'secretaría de paz')).toBe(false);
  });

  it('names the file and address of a translation that uses another word for a key term', () => {
    expect(glossaryIssues(glossary, 'es', [field('The mandate ends at a ceasefire.', 'El encargo termina con un alto el fuego.')])).toEqual([
      'content/i18n/es/lessons/x.yaml → text: the English says "mandate", so the es text should use "mandato" (content/i18n/glossary.yaml)',
    ]);
    expect(glossaryIssues(glossary, 'es', [field('A third party helps.', 'Un tercero ayuda.')])).toEqual([]);
  });
});
