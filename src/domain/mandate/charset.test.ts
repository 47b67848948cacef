import { describe, expect, it } from 'vitest';
import { coverText } from './charset.ts';

describe('text the PDF font cannot show', () => {
  it('prints one marker for a sentence in a script the font lacks, not one per word', () => {
    expect(coverText('Purpose: نريد السلام، والعدالة 2026.')).toBe('Purpose: […] 2026.');
  });

  it('keeps the Latin and Cyrillic words between two runs of another script', () => {
    expect(coverText('शांति and мир शांति')).toBe('[…] and мир […]');
  });

  it('keeps line breaks between runs', () => {
    expect(coverText('नमस्ते\nनमस्ते')).toBe('[…]\n[…]');
  });
});
