import { afterEach, describe, expect, it } from 'vitest';
import { baseOf, langOf, langParams, publishedLangs, withLangs } from './pages.ts';

describe('the languages the pages are built in', () => {
  afterEach(() => {
    delete process.env.PSMD_PREVIEW_LANGS;
  });

  it('publishes English at the root and each complete language under its code', () => {
    expect(publishedLangs()).toEqual(['en', 'es', 'fr']);
    expect(langParams()).toEqual([{ lang: undefined }, { lang: 'es' }, { lang: 'fr' }]);
    expect(baseOf('en', '/')).toBe('/');
    expect(baseOf('fr', '/')).toBe('/fr/');
  });

  it('adds a preview language only when asked, and ignores codes it does not know', () => {
    process.env.PSMD_PREVIEW_LANGS = 'qps, de,';
    expect(publishedLangs()).toEqual(['en', 'es', 'fr', 'qps']);
  });

  it('builds a page with parameters of its own once per language, and reads an unknown or missing language as English', () => {
    expect(withLangs(() => [{ params: { id: 'nepal' } }]).map((p) => p.params)).toEqual([
      { id: 'nepal', lang: undefined },
      { id: 'nepal', lang: 'es' },
      { id: 'nepal', lang: 'fr' },
    ]);
    expect(langOf(undefined)).toBe('en');
    expect(langOf('de')).toBe('en');
    expect(langOf('es')).toBe('es');
  });
});
