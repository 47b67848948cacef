import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../content-io/site.ts';
import { readFixture } from '../../../tests/fixtures/read.ts';
import { compose } from '../mandate/compose.ts';
import { effectiveAnswers } from '../questionnaire/visibility.ts';
import { buildPoints } from './build.ts';
import { compareClauses, compareDesigns } from './designs.ts';

const c = loadSiteContent();
const eff = (a: Record<string, unknown>) => effectiveAnswers(c.questionnaire, a);
const government = readFixture('state-preparing-talks').answers;
const group = readFixture('armed-group-pre-formal').answers;
const points = (a: Record<string, unknown>, b: Record<string, unknown>) => compareDesigns(c.questionnaire, c.points, eff(a), eff(b)).points;
const point = (a: Record<string, unknown>, b: Record<string, unknown>, id: string) => points(a, b).find((p) => p.point.id === id)!;
const instrument = (a: Record<string, unknown>) => compose(c.questionnaire, a, c.knowledge, c.mandate, { kind: 'instrument', date: new Date(0), lang: 'en', ui: c.ui });

describe('two designs side by side', () => {
  it('every point involving the other side named by the issue is in content, with its lessons', () => {
    expect(c.points.map((p) => p.id)).toEqual(['separate-or-joint', 'counterpart', 'names-and-symbols', 'channels', 'host-terms', 'records', 'sequencing']);
    for (const p of c.points) expect(p.lessons.length, p.id).toBeGreaterThan(0);
  });

  it('a design compared with itself agrees on every point it takes a position on and collides nowhere', () => {
    const same = points(government, government);
    expect(same.map((p) => p.status)).not.toContain('collide');
    expect(same.map((p) => p.status)).not.toContain('silent');
    const areas = compareDesigns(c.questionnaire, c.points, eff(government), eff(government)).areas;
    expect(areas.flatMap((a) => a.rows).every((r) => r.status === 'agree')).toBe(true);
  });

  it("a government's and an armed group's designs collide where both answer differently: the channels between them and the records", () => {
    const channels = point(government, group, 'channels');
    expect(channels.status).toBe('collide');
    expect(channels.rows.find((r) => r.id === 'hotline')).toMatchObject({ status: 'differ', a: ['No standing arrangement'], b: ['Through a third party'] });
    expect(point(government, group, 'records').status).toBe('collide');
  });

  it('where only one design takes a position (an armed group on its flag, a question a state is never asked), the other is marked silent, not in collision', () => {
    const symbols = point(government, group, 'names-and-symbols');
    expect(symbols.status).toBe('silent');
    expect(symbols.rows).toEqual([expect.objectContaining({ id: 'symbols', status: 'only-b', a: [] })]);
  });

  it('"not decided yet" is no position: against a decided answer it is silence, and two undecided designs leave the point open', () => {
    const a = { ...government, 'archive-custody': 'not-decided', records: 'full-archive', confidentiality: 'access-rules' };
    const b = { ...group, 'archive-custody': 'national-archive', records: 'full-archive', confidentiality: 'access-rules' };
    expect(point(a, b, 'records')).toMatchObject({ status: 'silent' });
    expect(point(a, b, 'records').rows.find((r) => r.id === 'archive-custody')!.status).toBe('only-b');
    expect(point(a, b, 'records').rows.find((r) => r.id === 'records')!.status).toBe('agree');
  });

  it('separate offices on one side and a joint secretariat on the other collide on the structure', () => {
    const joint = { ...group, structure: 'joint', 'joint-members': 'both parties', 'joint-governance': 'co-chairs' };
    const p = point(government, joint, 'separate-or-joint');
    expect(p.status).toBe('collide');
    expect(p.rows.map((r) => [r.id, r.status])).toEqual([['structure', 'differ'], ['joint-governance', 'only-b'], ['joint-members', 'only-b']]);
  });

  it('clause by clause: a clause only one instrument has is marked on that side, and a clause both have collides on its point when the answers it rests on differ', () => {
    const rows = compareClauses(c.mandate, c.questionnaire, c.points, instrument(government), instrument(group), eff(government), eff(group));
    expect(rows.find((r) => r.clause === 'symbols')).toMatchObject({ article: 'seat', status: 'only-b', point: 'names-and-symbols' });
    expect(rows.find((r) => r.clause === 'counterpart')).toMatchObject({ status: 'differ', point: 'counterpart' });
    expect(rows.find((r) => r.clause === 'recruitment')).toMatchObject({ status: 'agree' });
    expect(rows.find((r) => r.clause === 'recruitment')!.point).toBeUndefined();
    // Same design, same instrument: every clause agrees.
    const self = compareClauses(c.mandate, c.questionnaire, c.points, instrument(group), instrument(group), eff(group), eff(group));
    expect(new Set(self.map((r) => r.status))).toEqual(new Set(['agree']));
  });

  it('a point naming an unknown question or lesson is refused with file and field', () => {
    const bad = { file: 'content/compare/points.yaml', data: { points: [{ id: 'x', title: 'x', text: 'x', questions: ['no-such-question'], lessons: ['no-such-lesson'] }] } };
    expect(buildPoints(bad, c.knowledge).issues.map((i) => `${i.file} ${i.field}`)).toEqual(['content/compare/points.yaml points.0.questions.0', 'content/compare/points.yaml points.0.lessons.0']);
  });
});
