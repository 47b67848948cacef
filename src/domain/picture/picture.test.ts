import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { fixtureNames, readFixture } from '../../../tests/fixtures/read.ts';
import type { AnswerLookup } from '../conditions/condition.ts';
import { effectiveAnswers } from '../questionnaire/visibility.ts';
import { layoutPicture, wrapChars } from './layout.ts';
import { picture, pictureList, type Body } from './picture.ts';
import { pictureSvg } from '../../renderers/svg/picture.ts';

const c = loadSiteContent();
const answersOf = (name: string) => effectiveAnswers(c.questionnaire, readFixture(name).answers) as AnswerLookup;
const has = (a: AnswerLookup, q: string, ...v: string[]) => {
  const x = a[q];
  return x !== undefined && (typeof x === 'string' ? v.includes(x) : x.some((y) => v.includes(y)));
};

/**
 * Written apart from the rules in picture.ts, in the questionnaire's terms: which answers name which
 * body. The picture must show exactly these, so a body appears only when the user named it.
 */
const mentioned: Record<Body, (a: AnswerLookup) => boolean> = {
  leadership: (a) => has(a, 'reporting-line', 'head-of-government', 'ministry', 'political-leadership', 'arms-length') || has(a, 'feedback-clause', 'explicit-task', 'informal-only'),
  'negotiating-team': (a) => has(a, 'reporting-line', 'negotiating-team') || has(a, 'tasks', 'advice'),
  'other-party': (a) => has(a, 'structure', 'joint') || has(a, 'tasks', 'liaison-other-parties', 'inter-party-relations') || has(a, 'audiences', 'other-side-constituency'),
  counterpart: (a) => has(a, 'counterparts', 'exists', 'planned') || has(a, 'structure', 'separate-with-joint-liaison') || has(a, 'hotline', 'dedicated-line', 'through-third-party'),
  facilitator: (a) =>
    has(a, 'tasks', 'liaison-mediators') || has(a, 'hotline', 'through-third-party') || has(a, 'safe-passage', 'arranged-with-third-party') || has(a, 'advisers', 'third-party-advisers') || has(a, 'joint-governance', 'third-party-chair') || has(a, 'propaganda-safeguard', 'third-party-review') || has(a, 'archive-custody', 'third-party-custody'),
  'host-state': (a) => has(a, 'location', 'abroad-host-state') || has(a, 'host-terms', 'written-peace-talks-only', 'informal-understanding', 'none-yet') || has(a, 'symbols', 'agreed-with-host-and-counterpart') || has(a, 'funding', 'host-state'),
  'civil-society': (a) => has(a, 'civil-society', 'structured-regular', 'occasional') || has(a, 'tasks', 'liaison-civil-society') || has(a, 'audiences', 'women-groups', 'victims'),
  donors: (a) => has(a, 'funding', 'donors', 'mixed') || has(a, 'tasks', 'donor-channel'),
  'peace-bodies': (a) => has(a, 'location', 'near-peace-bodies'),
};

describe('the picture of where the secretariat sits', () => {
  for (const name of fixtureNames()) {
    it(`names every body the answers of ${name} mention, and none they do not`, () => {
      const a = answersOf(name);
      const p = picture(a, c.ui);
      const expected = (Object.keys(mentioned) as Body[]).filter((b) => mentioned[b](a));
      expect(p.nodes.map((n) => n.id).sort()).toEqual(expected.sort());
      // Every body has a channel in words, and the list (the text alternative) names each body once.
      for (const e of p.edges) expect(e.channels.length).toBeGreaterThan(0);
      expect(pictureList(p)).toHaveLength(expected.length);
      for (const line of pictureList(p)) expect(line).not.toMatch(/picture\./);
    });
  }

  it('shows the host state by the name the user gave, and the secretariat by its name', () => {
    const p = picture({ 'secretariat-name': 'Office <of> Peace', location: 'abroad-host-state', 'host-state': 'Qatar', 'host-terms': 'none-yet' }, c.ui);
    expect(p.secretariat.label).toBe('Office <of> Peace');
    expect(p.nodes).toEqual([{ id: 'host-state', label: 'Qatar' }]);
    expect(p.edges[0]!.channels).toEqual(['hosts the office', 'no terms agreed yet']);
    // The user's words are escaped in the SVG, never read as markup.
    const svg = pictureSvg(p);
    expect(svg).toContain('Office &lt;of&gt; Peace');
    expect(svg).not.toContain('<of>');
  });

  it('shows no body for answers that name no one, and the default name for an unnamed secretariat', () => {
    const p = picture({ 'reporting-line': 'negotiating-team', funding: 'own-budget', hotline: 'none', counterparts: 'unknown' }, c.ui);
    expect(p.nodes.map((n) => n.id)).toEqual(['negotiating-team']);
    expect(p.secretariat.label).toBe('The Peace Secretariat');
  });

  it('keeps every box and label on the canvas for every fixture, and no two boxes overlap', () => {
    for (const name of fixtureNames()) {
      const L = layoutPicture(picture(answersOf(name), c.ui));
      for (const b of L.boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w).toBeLessThanOrEqual(L.width);
        expect(b.y + b.h).toBeLessThanOrEqual(L.height);
      }
      for (const [i, b] of L.boxes.entries())
        for (const d of L.boxes.slice(i + 1)) expect(b.x + b.w <= d.x || d.x + d.w <= b.x || b.y + b.h <= d.y || d.y + d.h <= b.y, `${name}: ${b.lines[0]} / ${d.lines[0]}`).toBe(true);
    }
  });

  it('wraps a long name into at most three lines and marks the cut', () => {
    const lines = wrapChars('The Joint Secretariat for Peace Dialogue and Reconciliation of the Northern and Southern Provinces', 22, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(22);
  });
});
