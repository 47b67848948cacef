/**
 * The locale dates and numbers are formatted in on this page: the page's language (its <html lang>),
 * not the browser's, so a Spanish page says "30 nov 2026" on an English laptop.
 */
import { intlLocale } from '../../domain/i18n/fill.ts';
import { langOfTag } from '../../domain/i18n/lang.ts';

export const pageLocale = (): string => intlLocale(langOfTag(document.documentElement.lang || 'en'));
