import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { charCountMessage } from './char-count.ts';

const { ui } = loadSiteContent();

describe("the character count's message", () => {
  it('says how many characters remain, with a thousands separator', () => {
    expect(charCountMessage(ui, 0, 5000)).toBe('You have 5,000 characters remaining');
    expect(charCountMessage(ui, 4999, 5000)).toBe('You have 1 character remaining');
    expect(charCountMessage(ui, 5000, 5000)).toBe('You have 0 characters remaining');
  });
  it('says how many characters too many', () => {
    expect(charCountMessage(ui, 5001, 5000)).toBe('You have 1 character too many');
    expect(charCountMessage(ui, 6500, 5000)).toBe('You have 1,500 characters too many');
  });
});
