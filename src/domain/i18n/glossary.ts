/**
 * The glossary (content/i18n/glossary.yaml): one translation per key term and language, so "mandate" is
 * "mandato" in every Spanish sentence and a reader never wonders whether two words mean two things.
 * Pure: the test that holds translations to it gives this the English and translated text of each field.
 */
import { z } from '../zod.ts';

export const glossarySchema = z.strictObject({
  terms: z.array(z.strictObject({
    id: z.string(),
    en: z.array(z.string().min(1)).min(1),
    except: z.array(z.string().min(1)).optional(),
    es: z.string().min(1),
    fr: z.string().min(1),
  })).min(1),
});
export type Glossary = z.infer<typeof glossarySchema>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Words are letters, marks and apostrophes; "cessez-le-feu" is matched as written.
const around = (body: string) => new RegExp(`(?<![\\p{L}\\p{M}])${body}(?![\\p{L}\\p{M}])`, 'iu');

/** Where the English uses one of a term's forms, outside its exceptions (which are blanked out first). */
export function usesEnglish(text: string, forms: readonly string[], except: readonly string[] = []): boolean {
  // A {placeholder}'s name is not a word of the text ("{sunset-date}" is no sunset clause).
  let t = text.normalize('NFC').replace(/\{[^{}]*\}/g, ' ');
  for (const e of except) t = t.replace(new RegExp(around(escape(e)).source, 'giu'), ' ');
  return forms.some((f) => around(escape(f).replace(/[\s-]+/g, '[\\s-]+')).test(t));
}

/**
 * Whether a translation uses the term, allowing for endings: each word of the term may lose up to two
 * final letters and take any ending ("secretarías" for "secretaría", "mandats" for "mandat"), and one
 * word may stand between two of its words, as an adjective does in a name ("Secretaría Nacional de Paz",
 * "Secrétariat national de paix" both use "secretaría de paz" / "secrétariat de paix").
 */
export function usesTerm(text: string, term: string): boolean {
  const words = term.normalize('NFC').split(/\s+/).map((w) => {
    const stem = w.length > 5 ? w.slice(0, -2) : w;
    return `${escape(stem)}[\\p{L}\\p{M}]*`;
  });
  return new RegExp(`(?<![\\p{L}\\p{M}])${words.join("\\s+(?:[\\p{L}\\p{M}'-]+\\s+)?")}`, 'iu').test(text.normalize('NFC').replace(/[’]/g, "'"));
}

export interface Translated { file: string; address: string; en: string; text: string }

/** One message per field whose English uses a key term and whose translation does not use the glossary's. */
export function glossaryIssues(glossary: Glossary, lang: 'es' | 'fr', fields: readonly Translated[]): string[] {
  const out: string[] = [];
  for (const f of fields) {
    for (const term of glossary.terms) {
      if (usesEnglish(f.en, term.en, term.except) && !usesTerm(f.text, term[lang])) {
        out.push(`${f.file} → ${f.address}: the English says "${term.id}", so the ${lang} text should use "${term[lang]}" (content/i18n/glossary.yaml)`);
      }
    }
  }
  return out;
}
