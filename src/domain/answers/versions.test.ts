import { describe, expect, it } from 'vitest';
import type { Answers } from './schema.ts';
import { addVersion, answersName, MAX_VERSIONS, readVersions, type Version } from './versions.ts';

const v = (n: number): Version => ({ kept: `2026-11-30T10:${String(n).padStart(2, '0')}:00.000Z`, why: 'load', text: `{"n":${n}}` });

describe('earlier versions of the answers', () => {
  it('puts the newest first and keeps at most twenty, dropping the oldest', () => {
    let list: Version[] = [];
    for (let n = 0; n < 25; n++) list = addVersion(list, v(n));
    expect(list).toHaveLength(MAX_VERSIONS);
    expect(list[0]).toEqual(v(24));
    expect(list.at(-1)).toEqual(v(5));
  });
  it('does not keep the same answers twice in a row', () => {
    const list = addVersion(addVersion([], v(1)), { ...v(1), kept: 'later', why: 'restart' });
    expect(list).toEqual([v(1)]);
  });
  it('reads what it wrote, nothing as none, and refuses anything else rather than have it overwritten', () => {
    expect(readVersions(JSON.stringify([v(1), v(2)]))).toEqual([v(1), v(2)]);
    expect(readVersions(null)).toEqual([]);
    expect(readVersions('{"not":"a list"}')).toBeNull();
    expect(readVersions('[{"kept":"x","why":"stolen","text":"{}"}]')).toBeNull();
    expect(readVersions('not json')).toBeNull();
  });
  it('names answers by their short name, else the secretariat or the party', () => {
    expect(answersName({ 'short-name': 'NSPS', 'party-name': 'P' } as Answers)).toBe('NSPS');
    expect(answersName({ 'secretariat-name': ' Office ', 'party-name': 'P' } as Answers)).toBe('Office');
    expect(answersName({ 'party-name': 'P' } as Answers)).toBe('P');
    expect(answersName({} as Answers)).toBeUndefined();
  });
});
