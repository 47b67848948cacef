import { describe, expect, it } from 'vitest';
import { decodeAnswersBytes } from './encoding.ts';

const json = '{"a":"Paz – Мир ශාන්තිය"}';
const utf16 = (s: string, bigEndian: boolean, bom: boolean) => {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  [...(bom ? '\uFEFF' : ''), ...s.split('')].forEach((c, i) => view.setUint16(i * 2, c.charCodeAt(0), !bigEndian));
  return out;
};

describe('decoding an answers file', () => {
  it('reads UTF-8 with and without a byte order mark, dropping the mark', () => {
    const plain = new TextEncoder().encode(json);
    expect(decodeAnswersBytes(plain)).toEqual({ ok: true, text: json, encoding: 'utf-8' });
    expect(decodeAnswersBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ ok: true, text: json, encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian, with a byte order mark or without one', () => {
    expect(decodeAnswersBytes(utf16(json, false, true))).toEqual({ ok: true, text: json, encoding: 'utf-16le' });
    expect(decodeAnswersBytes(utf16(json, true, true))).toEqual({ ok: true, text: json, encoding: 'utf-16be' });
    expect(decodeAnswersBytes(utf16(json, false, false))).toEqual({ ok: true, text: json, encoding: 'utf-16le' });
    expect(decodeAnswersBytes(utf16(json, true, false))).toEqual({ ok: true, text: json, encoding: 'utf-16be' });
  });

  it('refuses bytes that are not valid text instead of reading them with replacement characters', () => {
    expect(decodeAnswersBytes(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0xfd, 0x22, 0x7d, 0x20]))).toEqual({ ok: false });
    // Half of a surrogate pair in UTF-16.
    expect(decodeAnswersBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x00, 0xd8, 0x7d, 0x00]))).toEqual({ ok: false });
  });

  it('reads an empty file as empty text (the reader then says it is not JSON)', () => {
    expect(decodeAnswersBytes(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
