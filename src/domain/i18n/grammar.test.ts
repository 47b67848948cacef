import { describe, expect, it } from 'vitest';
import { atStart, contractAtSlots, formatDate, SLOT_MARK, formatNumber, inSentence, intlLocale, labelInSentence, referenceWord, joinList, langOfTag, languageTag, looksLikeDate, mentionsRenewal, nameArticles, namesIn, plural, withArticle, withoutArticle } from './grammar.ts';
import { frenchSpacing, typeset } from './typography.ts';
import { dirOf, isLang, LANGS } from './lang.ts';
import { isCovered, uncovered } from '../mandate/charset.ts';
import type { MandateDocument } from '../mandate/document.ts';
import { count, t, UI_LANG } from '../ui/strings.ts';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('languages', () => {
  it('knows English, Spanish and French, and the pseudo-locale, and nothing else', () => {
    expect([...LANGS]).toEqual(['en', 'es', 'fr']);
    expect(['en', 'es', 'fr', 'qps'].every(isLang)).toBe(true);
    expect(['de', 'EN', '', null, 1].some(isLang)).toBe(false);
  });

  it('writes the pseudo-locale right to left and the others left to right', () => {
    expect(dirOf('qps')).toBe('rtl');
    expect(LANGS.map(dirOf)).toEqual(['ltr', 'ltr', 'ltr']);
  });

  it('formats English as British English and declares each language with its own tag', () => {
    expect(['en', 'es', 'fr', 'qps'].map((l) => intlLocale(l as 'en'))).toEqual(['en-GB', 'es', 'fr', 'en-GB']);
    expect(['en', 'es', 'fr', 'qps'].map((l) => languageTag(l as 'en'))).toEqual(['en-GB', 'es', 'fr', 'qps-plocm']);
    expect(['en-GB', 'es-CO', 'fr', 'FR-ca', 'qps-plocm', 'de'].map(langOfTag)).toEqual(['en', 'es', 'fr', 'fr', 'qps', 'en']);
  });
});

describe('lists', () => {
  it('joins a list with the language\'s "and"', () => {
    expect(joinList('en', ['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinList('es', ['A', 'B', 'C'])).toBe('A, B y C');
    expect(joinList('fr', ['A', 'B', 'C'])).toBe('A, B et C');
    expect(joinList('fr', ['A'])).toBe('A');
  });

  it('joins a choice with the language\'s "or"', () => {
    expect(joinList('en', ['A', 'B'], 'or')).toBe('A or B');
    expect(joinList('es', ['A', 'B'], 'or')).toBe('A o B');
    expect(joinList('fr', ['A', 'B'], 'or')).toBe('A ou B');
  });

  it('splits the parties a user typed at the draft language\'s "and", and at English\'s', () => {
    expect(namesIn('the Government of Aldoria and the Alliance')).toEqual(['the Government of Aldoria', 'the Alliance']);
    expect(namesIn('el Gobierno de Aldoria y la Alianza', 'es')).toEqual(['el Gobierno de Aldoria', 'la Alianza']);
    expect(namesIn('le Gouvernement, le Front et l\'Alliance', 'fr')).toEqual(['le Gouvernement', 'le Front', 'l\'Alliance']);
    expect(namesIn('le Gouvernement et l\'Alliance', 'en')).toEqual(['le Gouvernement et l\'Alliance']);
  });
});

describe('plurals', () => {
  const forms = { one: 'one', other: 'other', many: 'many' };
  it('chooses the message by the language\'s plural category', () => {
    expect([0, 1, 2].map((n) => plural('en', n, forms))).toEqual(['other', 'one', 'other']);
    expect([0, 1, 2].map((n) => plural('es', n, forms))).toEqual(['other', 'one', 'other']);
    // French counts 0 and 1 alike: "0 décision ouverte".
    expect([0, 1, 2].map((n) => plural('fr', n, forms))).toEqual(['one', 'one', 'other']);
    expect(plural('fr', 1_000_000, forms)).toBe('many');
  });

  it('uses the zero message for 0 when there is one, and other for a category without a message', () => {
    expect(plural('fr', 0, { zero: 'none', one: 'one', other: 'other' })).toBe('none');
    expect(plural('es', 1_000_000, { one: 'one', other: 'other' })).toBe('other');
  });
});

describe('dates and numbers', () => {
  const day = new Date('2026-11-30T23:30:00Z');
  it('writes a date in each language, in UTC', () => {
    expect(formatDate('en', day)).toBe('30 November 2026');
    expect(formatDate('es', day)).toBe('30 de noviembre de 2026');
    expect(formatDate('fr', day)).toBe('30 novembre 2026');
  });

  it('groups numbers as each language does', () => {
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('es', 1234567.5)).toBe('1.234.567,5');
    expect(formatNumber('fr', 1234567.5)).toBe(`1${NNBSP}234${NNBSP}567,5`);
  });

  it('keeps a formatter per language and options, so cached formatters never answer for each other', () => {
    // Interleaved, as a page formats: each call must get its own kind's formatter back from the cache.
    for (let i = 0; i < 2; i++) {
      expect(formatNumber('en', 1234.5)).toBe('1,234.5');
      expect(formatNumber('en', 1234.5, { maximumFractionDigits: 0 })).toBe('1,235');
      expect(formatNumber('es', 1234.5, { maximumFractionDigits: 0 })).toBe('1235');
      expect(joinList('es', ['a', 'b'])).toBe('a y b');
      expect(joinList('es', ['a', 'b'], 'or')).toBe('a o b');
      expect(formatDate('fr', day)).toBe('30 novembre 2026');
      expect(plural('fr', 0, { one: 'un', other: 'autres' })).toBe('un');
      expect(plural('en', 0, { one: 'one', other: 'other' })).toBe('other');
    }
  });

  it('reads a typed date as a date in the draft\'s language, and a period as a period', () => {
    expect(looksLikeDate('31 December 2027')).toBe(true);
    expect(looksLikeDate('31 de diciembre de 2027', 'es')).toBe(true);
    expect(looksLikeDate('31 de diciembre de 2027', 'en')).toBe(false);
    expect(looksLikeDate('1er janvier 2028', 'fr')).toBe(true);
    expect(looksLikeDate('31 décembre 2027', 'fr')).toBe(true);
    expect(looksLikeDate('dos años después de la firma', 'es')).toBe(false);
  });

  it('sees renewal already written into a sunset in the draft\'s language', () => {
    expect(mentionsRenewal('31 December 2027 unless renewed')).toBe(true);
    expect(mentionsRenewal('31 de diciembre de 2027, salvo renovación', 'es')).toBe(true);
    expect(mentionsRenewal('31 décembre 2027, sauf renouvellement', 'fr')).toBe(true);
    expect(mentionsRenewal('31 décembre 2027', 'fr')).toBe(false);
  });
});

describe('articles and capitals', () => {
  it('lowers a leading article inside a sentence, in each language', () => {
    expect(inSentence('The Government of Nepal')).toBe('the Government of Nepal');
    expect(inSentence('La Secretaría de Paz', 'es')).toBe('la Secretaría de Paz');
    expect(inSentence('El Gobierno', 'es')).toBe('el Gobierno');
    expect(inSentence('Le Secrétariat', 'fr')).toBe('le Secrétariat');
    expect(inSentence("L'Office du Haut-Commissaire", 'fr')).toBe("l'Office du Haut-Commissaire");
  });

  it('leaves a name alone when it does not open with the language\'s article', () => {
    expect(inSentence('Theta Office')).toBe('Theta Office');
    expect(inSentence('La Secretaría', 'en')).toBe('La Secretaría');
    expect(inSentence('Lesotho Peace Office', 'fr')).toBe('Lesotho Peace Office');
    expect(inSentence('Oficina del Alto Comisionado', 'es')).toBe('Oficina del Alto Comisionado');
  });

  it('opens a sentence with a capital, past any opening marks', () => {
    expect(atStart('the Office')).toBe('The Office');
    expect(atStart('¿la Secretaría?', 'es')).toBe('¿La Secretaría?');
    expect(atStart('« le Secrétariat »', 'fr')).toBe('« Le Secrétariat »');
    expect(atStart('éditeur', 'fr')).toBe('Éditeur');
  });

  it('drops a leading article for a title', () => {
    expect(withoutArticle('the Peace Secretariat')).toBe('Peace Secretariat');
    expect(withoutArticle('la Secretaría de Paz', 'es')).toBe('Secretaría de Paz');
    expect(withoutArticle("l'Office de la paix", 'fr')).toBe('Office de la paix');
    expect(withoutArticle('le Secrétariat', 'fr')).toBe('Secrétariat');
  });
});

describe('names typed without their article', () => {
  const en = nameArticles('the: Movement, Government, Office, Parties, Kingdom');
  const es = nameArticles('el: Movimiento, Gobierno; la: Alianza; las: Fuerzas', 'es');
  const fr = nameArticles("le: Mouvement; la: Coalition; l': Armée, Union; les: Forces", 'fr');
  it('gives a name the article its head noun takes, in each language, in small letters, which a sentence that opens with it capitalises', () => {
    expect(withArticle('Northern Liberation Movement', 'en', en)).toBe('the Northern Liberation Movement');
    expect(withArticle('Government of the Republic', 'en', en)).toBe('the Government of the Republic');
    expect(withArticle("Coastal Communities' Parties", 'en', en)).toBe("the Coastal Communities' Parties");
    expect(withArticle('Movimiento de Liberación del Norte', 'es', es)).toBe('el Movimiento de Liberación del Norte');
    expect(withArticle('Fuerzas de Paz', 'es', es)).toBe('las Fuerzas de Paz');
    expect(withArticle('Alianza Cívica', 'es', es)).toBe('la Alianza Cívica');
    expect(withArticle('Armée de libération', 'fr', fr)).toBe("l'Armée de libération");
    expect(withArticle('Forces démocratiques', 'fr', fr)).toBe('les Forces démocratiques');
    expect(atStart(withArticle('Mouvement du Nord', 'fr', fr), 'fr')).toBe('Le Mouvement du Nord');
  });
  it('reads the head only up to the first word in small letters', () => {
    // "Office" heads nothing here: it comes after "for".
    expect(withArticle('Support for the Office', 'en', en)).toBe('Support for the Office');
    expect(withArticle('United Kingdom', 'en', en)).toBe('the United Kingdom');
  });
  it('leaves a name that has its article, or that no listed noun heads, exactly as typed', () => {
    for (const [name, lang, table] of [
      ['the Northern Liberation Movement', 'en', en],
      ['The Taliban movement', 'en', en],
      ['An Office', 'en', en],
      ['Colombia', 'en', en],
      ['FARC-EP', 'en', en],
      ['Northern Liberation Movement', 'es', es],
      ['el Gobierno', 'es', es],
      ["l'Union africaine", 'fr', fr],
      ['La Coalition', 'fr', fr],
      ['', 'en', en],
    ] as const)
      expect(withArticle(name, lang, table)).toBe(name);
  });
  it("reads each language's list of nouns from its phrase", () => {
    expect([...fr]).toEqual([['mouvement', 'le'], ['coalition', 'la'], ['armée', "l'"], ['union', "l'"], ['forces', 'les']]);
  });
});

describe('French typography', () => {
  it('puts a narrow no-break space before ; ! ? and a no-break space before : and inside guillemets', () => {
    expect(frenchSpacing('Le Secrétariat: il rend compte; pourquoi? Voilà!')).toBe(`Le Secrétariat${NBSP}: il rend compte${NNBSP}; pourquoi${NNBSP}? Voilà${NNBSP}!`);
    expect(frenchSpacing('le «Secrétariat»')).toBe(`le «${NBSP}Secrétariat${NBSP}»`);
  });

  it('replaces a typed space rather than doubling it, and changes nothing the second time', () => {
    const once = frenchSpacing('Sources : article 29 ; « Accord » ?!');
    expect(once).toBe(`Sources${NBSP}: article 29${NNBSP}; «${NBSP}Accord${NBSP}»${NNBSP}?!`);
    expect(frenchSpacing(once)).toBe(once);
  });

  it('leaves web addresses and times alone', () => {
    expect(frenchSpacing('https://example.org/a?b=1 à 10:30')).toBe('https://example.org/a?b=1 à 10:30');
  });

  const doc = (lang: string) =>
    ({
      lang,
      title: 'Titre: essai',
      fileStem: 'a:b',
      front: [{ key: 'cover', title: 'Note', blocks: [{ kind: 'item', title: 'Quoi?', text: '', sources: [{ label: 'Peace secretariats: an overview', external: false, url: 'https://x.org/?q: y' }] }] }],
      annexes: [
        { letter: 'C', key: 'support', title: 'Besoins: appui', blocks: [{ kind: 'paragraph', text: 'Quoi?' }] },
        { letter: 'D', key: 'sources', title: 'Sources', blocks: [{ kind: 'item', title: 'Peace secretariats: an overview', text: 'Berghof: Berlin', tag: 'Hors article!', sources: [] }] },
      ],
    }) as unknown as MandateDocument;

  it('sets a French document\'s prose in French spacing at render time, and not its addresses, file name or the works it cites', () => {
    const fr = typeset(doc('fr')) as unknown as ReturnType<typeof doc> & { front: { blocks: { title: string; sources: { label: string; url: string }[] }[] }[]; annexes: { title: string; blocks: { title?: string; text: string; tag?: string }[] }[] };
    expect(fr.title).toBe(`Titre${NBSP}: essai`);
    expect(fr.front[0]!.blocks[0]!.title).toBe(`Quoi${NNBSP}?`);
    // A cited work keeps its title as published, here English.
    expect(fr.front[0]!.blocks[0]!.sources[0]!.label).toBe('Peace secretariats: an overview');
    expect(fr.front[0]!.blocks[0]!.sources[0]!.url).toBe('https://x.org/?q: y');
    expect(fr.fileStem).toBe('a:b');
    expect(fr.annexes[0]!.title).toBe(`Besoins${NBSP}: appui`);
    expect(fr.annexes[0]!.blocks[0]!.text).toBe(`Quoi${NNBSP}?`);
    expect(fr.annexes[1]!.blocks[0]).toMatchObject({ title: 'Peace secretariats: an overview', text: 'Berghof: Berlin', tag: `Hors article${NNBSP}!` });
  });

  it('returns an English or Spanish document as it is', () => {
    for (const lang of ['en-GB', 'es']) {
      const d = doc(lang);
      expect(typeset(d)).toBe(d);
    }
  });
});

describe('the PDF font', () => {
  it('covers Spanish and French punctuation, the spaces French typography adds and accented capitals', () => {
    expect(uncovered('¿Qué? ¡Sí! « Oui » \u202F\u00A0 ÁÉÍÓÚÜÑ ÀÂÆÇÈÉÊËÎÏÔŒÙÛŸ áéíóúüñ àâæçèéêëîïôœùûÿ')).toEqual([]);
    for (const ch of ['¿', '¡', '«', '»', '\u202F', '\u00A0', 'Œ', 'Ÿ']) expect(isCovered(ch.codePointAt(0)!)).toBe(true);
  });
});

describe('contracting a preposition with the article a slot opens with', () => {
  const m = SLOT_MARK;
  it('gives Spanish "del" and "al", and leaves a name\'s capital article alone', () => {
    expect(contractAtSlots(`los delegados de ${m}el Gobierno y a ${m}el Secretario`, 'es')).toBe('los delegados del Gobierno y al Secretario');
    expect(contractAtSlots(`la embajada de ${m}El Salvador`, 'es')).toBe('la embajada de El Salvador');
    expect(contractAtSlots(`De ${m}el Gobierno`, 'es')).toBe('Del Gobierno');
  });
  it('gives French "du", "des", "au" and "aux" only where a slot begins', () => {
    expect(contractAtSlots(`le personnel de ${m}le Secrétariat rend compte à ${m}les Parties`, 'fr')).toBe('le personnel du Secrétariat rend compte aux Parties');
    expect(contractAtSlots(`au nom de ${m}les Parties et à ${m}le Gouvernement`, 'fr')).toBe('au nom des Parties et au Gouvernement');
    expect(contractAtSlots(`afin de le faire, de ${m}l'Office`, 'fr')).toBe("afin de le faire, de l'Office");
  });
  it('elides French "de" before a slot opening with a vowel, and only there', () => {
    expect(contractAtSlots(`les délégués de ${m}Eastern Hills Movement`, 'fr')).toBe("les délégués d'Eastern Hills Movement");
    expect(contractAtSlots(`le mandat de ${m}Hanoï et de ${m}Bogotá`, 'fr')).toBe('le mandat de Hanoï et de Bogotá');
    expect(contractAtSlots('de Eastern', 'fr')).toBe('de Eastern');
  });
  it('leaves English as it is, marks removed', () => {
    expect(contractAtSlots(`the staff of ${m}the Secretariat`, 'en')).toBe('the staff of the Secretariat');
  });
});

describe('words inside a sentence', () => {
  it('writes a cross-reference as each language drafts it: "Article 5" in English, "artículo 5" and "article 5" in Spanish and French', () => {
    expect(referenceWord('Article', 'en')).toBe('Article');
    expect(referenceWord('Artículo', 'es')).toBe('artículo');
    expect(referenceWord('Article', 'fr')).toBe('article');
  });
  it('gives a choice\'s label quoted mid-sentence a small letter, unless it opens with an acronym', () => {
    expect(labelInSentence('Aún no se ha decidido', 'es')).toBe('aún no se ha decidido');
    expect(labelInSentence('A law passed by parliament', 'en')).toBe('a law passed by parliament');
    expect(labelInSentence('UN-led talks', 'en')).toBe('UN-led talks');
    expect(labelInSentence('Écrit', 'fr')).toBe('écrit');
  });
});

describe('interface strings in their language', () => {
  const es = { [UI_LANG]: 'es', x: 'Alcance del apoyo a {name}', n: 'Quedan {count} caracteres' };
  const fr = { [UI_LANG]: 'fr', x: 'Copie de {name}, remise à {who}' };
  it('contract a preposition with the article a placeholder\'s words open with, in Spanish and French only', () => {
    expect(t(es, 'x', { name: 'el Secretariado de Paz' })).toBe('Alcance del apoyo al Secretariado de Paz');
    expect(t(es, 'x', { name: 'El Salvador' })).toBe('Alcance del apoyo a El Salvador');
    expect(t(fr, 'x', { name: 'le Secrétariat', who: 'les Parties' })).toBe('Copie du Secrétariat, remise aux Parties');
    expect(t({ x: 'Scope of support to {name}' }, 'x', { name: 'the Secretariat' })).toBe('Scope of support to the Secretariat');
  });
  it('write counts as their language groups thousands', () => {
    expect(count({}, 5000)).toBe('5,000');
    expect(count(es, 5000)).toBe(formatNumber('es', 5000));
    expect(count({ [UI_LANG]: 'fr' }, 5000)).toBe('5\u202f000');
  });
});
