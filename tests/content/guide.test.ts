import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ContentError, loadSiteContent } from '../../src/content-io/site.ts';
import { readYamlDir } from '../../src/content-io/load.ts';
import { buildGuide } from '../../src/domain/guide/build.ts';
import { caseLinks } from '../../src/domain/guide/view.ts';
import type { RawFile } from '../../src/domain/content/raw.ts';

const root = process.cwd();
const { knowledge, guide } = loadSiteContent(root);
const points = guide.flatMap((g) => g.sections.flatMap((s) => s.points.map((p) => ({ page: g.id, section: s.id, p }))));
const external = new Set(knowledge.sources.filter((s) => s.external).map((s) => s.id));
const page = (id: string) => guide.find((g) => g.id === id)!;
const restsOnCases = (p: (typeof points)[number]['p']) => p.cases.length + p.facts.length > 0;

describe('the guidance pages', () => {
  it('load with every citation, case and fact resolved, in their order', () => {
    expect(buildGuide(readYamlDir(root, 'guide'), knowledge).issues).toEqual([]);
    expect(guide.map((g) => g.id)).toEqual(['what-is-a-peace-secretariat', 'mediators-and-donors']);
  });

  it('cite every point, and cite the article by its section', () => {
    expect(points.length).toBeGreaterThan(30);
    for (const { page: g, p } of points) {
      expect(p.citations.length, `${g}#${p.id}`).toBeGreaterThan(0);
      for (const c of p.citations) if (c.source === 'article') expect(c.section, `${g}#${p.id}`).toBeTruthy();
    }
  });

  it('mark a point as outside the article exactly when it cites only outside sources, and some points are', () => {
    for (const { page: g, p } of points) expect(p.external, `${g}#${p.id}`).toBe(p.citations.every((c) => external.has(c.source)));
    expect(points.filter(({ p }) => p.external).length).toBeGreaterThan(3);
  });

  it('say what a secretariat is: unlike councils and committees, one side before an agreement and possibly joint after, routine tasks, tasks a mandate may add, and tasks after an agreement', () => {
    expect(page('what-is-a-peace-secretariat').sections.map((s) => s.id)).toEqual([
      'a-party-office',
      'councils-and-committees',
      'one-side-then-joint',
      'routine-tasks',
      'tasks-a-mandate-may-add',
      'after-an-agreement',
    ]);
  });

  it("follow the article's recommendations to third parties, each with cases behind it", () => {
    const g = page('mediators-and-donors');
    const recommendations = ['before-talks', 'creation-and-mandate', 'inclusion', 'staff-and-resources'];
    expect(g.sections.map((s) => s.id)).toEqual(expect.arrayContaining(recommendations));
    for (const id of recommendations) {
      const s = g.sections.find((x) => x.id === id)!;
      expect(s.points.some((p) => p.citations.some((c) => c.source === 'article' && c.section === 'creating-space')), `${id} cites the article's recommendations`).toBe(true);
      expect(s.points.filter(restsOnCases).length, `${id} has cases behind it`).toBeGreaterThan(0);
    }
  });

  it('link each case a point rests on to its page, and a single fact to its anchor there', () => {
    for (const { page: g, p } of points) {
      const links = caseLinks(p, knowledge);
      expect(new Set(links.map((l) => l.country)).size, `${g}#${p.id}: one link per country`).toBe(links.length);
      for (const l of links) {
        const c = knowledge.cases.find((x) => x.id === l.caseId)!;
        const [path, anchor] = l.path.split('#');
        expect(path).toBe(`cases/${c.id}/`);
        if (anchor) expect(c.facts.map((f) => f.id), `${g}#${p.id}`).toContain(anchor);
      }
      if (restsOnCases(p)) expect(links.length, `${g}#${p.id}`).toBeGreaterThan(0);
    }
  });
});

describe('the source-overlap check covers the guidance pages', () => {
  const tool = join(root, '..', 'shared', 'tools', 'source-overlap.mjs');
  const run = (dir: string) => execFileSync(process.execPath, [tool, dir], { encoding: 'utf8' });

  it('finds no copied run in them, and finds one planted in them', () => {
    if (!existsSync(tool)) return void console.warn('../shared/tools/source-overlap.mjs is absent: the overlap check did not run');
    const tmp = mkdtempSync(join(tmpdir(), 'guide-overlap-'));
    try {
      cpSync(join(root, 'content', 'guide'), join(tmp, 'content', 'guide'), { recursive: true });
      expect(run(tmp).trim()).toMatch(/^no copied runs/);
      const article = readFileSync(join(root, '..', 'shared', 'source', 'peace-secretariats-article.txt'), 'utf8');
      const sentence = article.match(/Peace secretariats implement tasks assigned to them[^.]*\./)![0];
      appendFileSync(join(tmp, 'content', 'guide', 'mediators-and-donors.yaml'), `# ${sentence}\n`);
      expect(run(tmp)).toMatch(/content\/guide\/mediators-and-donors\.yaml:\d+ +\d+ words/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('a mistake in a guidance page fails the build, naming the file and the field', () => {
  const files = (): RawFile[] => structuredClone(readYamlDir(root, 'guide'));
  const broken = (edit: (page: Record<string, any>) => void) => {
    const f = files();
    edit(f.find((x) => x.file.endsWith('mediators-and-donors.yaml'))!.data as Record<string, any>);
    return buildGuide(f, knowledge).issues.map((i) => `${i.file} → ${i.field}: ${i.message}`);
  };
  const file = 'content/guide/mediators-and-donors.yaml';
  const point = (g: Record<string, any>) => g.sections[1].points[2];

  it('an unknown source or article section', () => {
    expect(broken((g) => (point(g).citations = [{ source: 'wikipedia' }]))).toEqual([`${file} → sections.1.points.2.citations.0.source: unknown source "wikipedia" (see content/sources.yaml)`]);
    expect(broken((g) => (point(g).citations = [{ source: 'article', section: 'theme-9' }]))).toEqual([`${file} → sections.1.points.2.citations.0.section: "theme-9" is not a section of source "article"`]);
    expect(broken((g) => (point(g).citations = [{ source: 'article' }]))).toEqual([`${file} → sections.1.points.2.citations.0.section: a citation of the article must name its section or theme`]);
  });

  it('an unknown case or fact', () => {
    expect(broken((g) => (point(g).cases = ['atlantis']))).toEqual([`${file} → sections.1.points.2.cases.0: unknown case "atlantis"`]);
    expect(broken((g) => (point(g).facts = ['doha-first-address', 'doha-moved-to-mars']))).toEqual([`${file} → sections.1.points.2.facts.1: unknown fact "doha-moved-to-mars"`]);
  });

  it('a point without a source', () => {
    expect(broken((g) => (point(g).citations = []))).toEqual([expect.stringMatching(/^content\/guide\/mediators-and-donors\.yaml → sections\.1\.points\.2\.citations: /)]);
  });

  it('a point from outside the article not marked so, or marked so wrongly', () => {
    expect(broken((g) => (point(g).citations = [{ source: 'taliban-doha-press' }]))).toEqual([`${file} → sections.1.points.2.external: cites only outside sources, so it must be marked external: true`]);
    expect(broken((g) => (point(g).external = true))).toEqual([`${file} → sections.1.points.2.external: marked external but cites the article`]);
  });

  it('an id used twice on a page, or a file not named after its page', () => {
    expect(broken((g) => (point(g).id = g.sections[0].points[0].id))).toEqual([`${file} → sections.1.points.2.id: "party-owns" is used twice on this page (ids are the page's anchors)`]);
    expect(broken((g) => (g.id = 'for-donors'))).toEqual([`${file} → id: the file should be named for-donors.yaml`]);
  });

  it('stops the site from loading, as the build does', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'guide-broken-'));
    try {
      cpSync(join(root, 'content'), join(tmp, 'content'), { recursive: true });
      const path = join(tmp, 'content', 'guide', 'what-is-a-peace-secretariat.yaml');
      const g = parse(readFileSync(path, 'utf8'));
      g.sections[0].points[0].facts = ['no-such-fact'];
      writeFileSync(path, stringify(g));
      expect(() => loadSiteContent(tmp)).toThrow(ContentError);
      expect(() => loadSiteContent(tmp)).toThrow('content/guide/what-is-a-peace-secretariat.yaml → sections.0.points.0.facts.0: unknown fact "no-such-fact"');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
