import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadSiteContent } from '../../src/content-io/site.ts';
import { readYamlDir, readYamlFile } from '../../src/content-io/load.ts';
import { buildKnowledge, type KnowledgeFiles } from '../../src/domain/knowledge/build.ts';
import { effectiveAnswers } from '../../src/domain/questionnaire/visibility.ts';
import { findings, raisedRisks } from '../../src/domain/rules/findings.ts';
import { fixtureNames, readFixture } from '../fixtures/read.ts';

const root = process.cwd();
const { knowledge, questionnaire } = loadSiteContent(root);
const files = (): KnowledgeFiles => ({
  sources: readYamlFile(root, 'sources.yaml'),
  themes: readYamlFile(root, 'themes.yaml'),
  cases: readYamlDir(root, 'cases'),
  lessons: readYamlDir(root, 'lessons'),
  risks: readYamlDir(root, 'risks'),
});
const facts = knowledge.cases.flatMap((c) => c.facts);
const risksBy = (name: string) => raisedRisks(effectiveAnswers(questionnaire, readFixture(name).answers), knowledge.risks).map((f) => f.risk.id);

describe('the knowledge content', () => {
  it('loads with every reference resolved', () => {
    expect(buildKnowledge(files()).issues).toEqual([]);
  });

  it('covers the six cases, the four themes, all 17 case facts and all 17 risk patterns of the knowledge base', () => {
    expect(knowledge.cases.map((c) => c.id).sort()).toEqual(['afghanistan', 'colombia', 'myanmar', 'nepal', 'south-africa', 'sri-lanka']);
    expect(knowledge.themes.map((t) => t.number)).toEqual([1, 2, 3, 4]);
    const kbFacts = new Set(facts.flatMap((f) => (f.kb ? [f.kb] : [])));
    for (let i = 1; i <= 17; i++) expect(kbFacts, `C${i}`).toContain(`C${i}`);
    const patterns = new Set(knowledge.risks.map((r) => r.kb).filter((kb) => kb.startsWith('R')));
    expect([...patterns].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))).toEqual(Array.from({ length: 17 }, (_, i) => `R${i + 1}`));
  });

  it('gives every lesson at least one source, and every case at least one lesson', () => {
    for (const l of knowledge.lessons) expect(l.citations.length, l.id).toBeGreaterThan(0);
    for (const c of knowledge.cases) expect(knowledge.lessons.some((l) => l.cases.includes(c.id)), `${c.id} has no lesson`).toBe(true);
  });

  it('marks facts and lessons from outside the article as external, and cites the article by section', () => {
    const external = new Set(knowledge.sources.filter((s) => s.external).map((s) => s.id));
    for (const f of facts) expect(f.external, f.id).toBe(f.citations.every((c) => external.has(c.source)));
    for (const l of knowledge.lessons) expect(l.origin === 'external', l.id).toBe(l.citations.every((c) => external.has(c.source)));
    for (const c of [...facts.flatMap((f) => f.citations), ...knowledge.lessons.flatMap((l) => l.citations)]) {
      if (c.source === 'article') expect(c.section).toBeTruthy();
    }
  });

  it('shows the corrections the knowledge base records against the article', () => {
    const corrections = facts.flatMap((f) => (f.correction ? [f.correction] : []));
    const byKb = new Map(corrections.map((c) => [c.kb, c]));
    expect(byKb.get('X1')?.corrected).toMatch(/September 2002/);
    expect(byKb.get('X3')?.corrected).toMatch(/High Commissioner/);
    expect([...byKb.keys()].sort()).toEqual(expect.arrayContaining(['X1', 'X2', 'X3', 'X4', 'X5']));
    expect(knowledge.cases.find((c) => c.id === 'colombia')!.bodies[0]!.name).toMatch(/High Commissioner for Peace/);
  });

  it('links every lesson to real questions', () => {
    const ids = new Set(questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id)));
    for (const l of knowledge.lessons) for (const q of l.questions) expect(ids, `${l.id} → ${q}`).toContain(q);
  });

  it('has each risk raised by some answer fixture and not raised by another', () => {
    const matrix = new Map(fixtureNames().map((n) => [n, risksBy(n)]));
    for (const r of knowledge.risks) {
      const raising = [...matrix].filter(([, ids]) => ids.includes(r.id)).map(([n]) => n);
      expect(raising.length, `${r.kb} (${r.id}) is raised by no fixture`).toBeGreaterThan(0);
      expect(raising.length, `${r.kb} (${r.id}) is raised by every fixture`).toBeLessThan(matrix.size);
    }
  });

  it('copies no run of ten words from the source article', () => {
    const tool = join(root, '..', 'shared', 'tools', 'source-overlap.mjs');
    if (!existsSync(tool)) return void console.warn('../shared/tools/source-overlap.mjs is absent: the overlap check did not run');
    const out = execFileSync(process.execPath, [tool, root], { encoding: 'utf8' });
    expect(out.trim()).toMatch(/^no copied runs/);
  });
});

describe('content with mistakes fails the build, naming the file and the field', () => {
  const broken = (edit: (f: KnowledgeFiles) => void) => {
    const f = structuredClone(files());
    edit(f);
    return buildKnowledge(f).issues.map((i) => `${i.file} → ${i.field}: ${i.message}`);
  };
  const lesson = (f: KnowledgeFiles) => f.lessons.find((l) => l.file.endsWith('closure-loses-memory.yaml'))!.data as Record<string, unknown>;
  const risk = (f: KnowledgeFiles) => f.risks.find((r) => r.file.endsWith('no-exit-plan.yaml'))!.data as Record<string, unknown>;

  it('a broken reference to a case', () => {
    expect(broken((f) => (lesson(f).cases = ['atlantis']))).toEqual(['content/lessons/closure-loses-memory.yaml → cases.0: unknown case "atlantis"']);
  });

  it('a lesson without a source', () => {
    expect(broken((f) => (lesson(f).citations = []))[0]).toMatch(/^content\/lessons\/closure-loses-memory\.yaml → citations: /);
  });

  it('a citation of an unknown source or article section', () => {
    expect(broken((f) => (lesson(f).citations = [{ source: 'wikipedia' }]))).toContain('content/lessons/closure-loses-memory.yaml → citations.0.source: unknown source "wikipedia" (see content/sources.yaml)');
    expect(broken((f) => (lesson(f).citations = [{ source: 'article', section: 'theme-9' }]))).toContain('content/lessons/closure-loses-memory.yaml → citations.0.section: "theme-9" is not a section of source "article"');
  });

  it('a rule naming an unknown question or option', () => {
    expect(broken((f) => (risk(f).when = { question: 'exit-strategy', is: 'none' }))).toEqual(['content/risks/no-exit-plan.yaml → when: the rule names an unknown question "exit-strategy"']);
    expect(broken((f) => (risk(f).when = { question: 'transformation', is: 'vanish' }))).toEqual(['content/risks/no-exit-plan.yaml → when: "vanish" is not an option of "transformation"']);
  });

  it('a safeguard whose condition names an unknown option, or that conflicts with answers but has no question to ask instead', () => {
    expect(broken((f) => (risk(f).safeguards = [{ text: 'Archives shall be kept.', decided: { question: 'archive-custody', is: 'burned' } }]))).toEqual([
      'content/risks/no-exit-plan.yaml → safeguards.0.decided: "burned" is not an option of "archive-custody"',
    ]);
    expect(broken((f) => (risk(f).safeguards = [{ text: 'Archives shall be kept.', unless: { question: 'records', is: 'no-written-records' } }]))[0]).toMatch(
      /^content\/risks\/no-exit-plan\.yaml → safeguards\.0(\.question)?: .*question/,
    );
  });

  it('a risk citing only outside sources that is not marked external', () => {
    expect(broken((f) => (risk(f).citations = [{ source: 'scopp-records' }]))).toEqual(['content/risks/no-exit-plan.yaml → basis: cites only outside sources, so its basis must be "external"']);
  });
});

describe('findings', () => {
  it('say which answers raised each risk', () => {
    const answers = effectiveAnswers(questionnaire, readFixture('state-preparing-talks').answers);
    const opaque = findings(answers, knowledge).risks.find((f) => f.risk.kb === 'R1')!;
    expect(opaque.firedBy).toEqual(expect.arrayContaining([{ question: 'reporting-line', value: 'head-of-government' }, { question: 'civil-society', value: 'none' }]));
  });

  it('list high-severity risks first', () => {
    const answers = effectiveAnswers(questionnaire, readFixture('coalition-formal-talks').answers);
    const order = findings(answers, knowledge).risks.map((f) => f.risk.severity);
    expect(order).toEqual([...order].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)));
  });

  it('raise nothing for a carefully designed mandate, and find the lessons behind the questions answered', () => {
    const answers = effectiveAnswers(questionnaire, readFixture('careful-state-implementation').answers);
    const f = findings(answers, knowledge);
    expect(f.risks).toEqual([]);
    expect(f.lessons.map((l) => l.lesson.id)).toContain('critical-feedback-clause');
  });

  it('drop a risk when the answer that raised it changes', () => {
    const answers = effectiveAnswers(questionnaire, readFixture('state-preparing-talks').answers);
    expect(raisedRisks(answers, knowledge.risks).map((r) => r.risk.kb)).toContain('R3');
    expect(raisedRisks({ ...answers, autonomy: 'defined-leeway' }, knowledge.risks).map((r) => r.risk.kb)).not.toContain('R3');
  });
});
