import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { loadSiteContent } from '../../src/content-io/site.ts';
import { readYamlDir, readYamlFile } from '../../src/content-io/load.ts';
import { baseFiles, checkTranslations, readLanguages, readWordingSpec, translationReport, translator } from '../../src/content-io/i18n.ts';
import { fieldsAt, hashText, kindOf } from '../../src/domain/i18n/overlay.ts';
import { isPseudo } from '../../src/domain/i18n/pseudo.ts';
import { glossaryIssues, glossarySchema } from '../../src/domain/i18n/glossary.ts';
import { buildKnowledge } from '../../src/domain/knowledge/build.ts';
import { buildQuestionnaire } from '../../src/domain/questionnaire/build.ts';
import { main } from '../../src/cli/i18n.ts';
import { UI_LANG } from '../../src/domain/ui/strings.ts';

const root = process.cwd();
const spec = readWordingSpec(root);

/**
 * A copy of content/ in a temporary folder, to change without touching the real one. Its translations
 * are only the example lesson's (qualified-staff, in es and fr), so the counts these tests expect stay
 * true however much of the real content is translated.
 */
const temps: string[] = [];
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'psmd-i18n-'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  for (const lang of ['es', 'fr']) {
    const example = join('lessons', 'qualified-staff.yaml');
    const kept = readFileSync(join(dir, 'content/i18n', lang, example), 'utf8');
    rmSync(join(dir, 'content/i18n', lang), { recursive: true, force: true });
    mkdirSync(join(dir, 'content/i18n', lang, 'lessons'), { recursive: true });
    writeFileSync(join(dir, 'content/i18n', lang, example), kept);
  }
  // The copy's Spanish and French are the example alone: in progress, as the tests below expect.
  for (const lang of ['es', 'fr']) declare(dir, lang, 'in-progress');
  temps.push(dir);
  return dir;
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const edit = (dir: string, path: string, change: (s: string) => string) => writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));
const declare = (dir: string, lang: string, status: string) =>
  edit(dir, 'content/i18n/languages.yaml', (s) => s.replace(new RegExp(`(code: ${lang}\\n(?:.*\\n){2}\\s+status:) \\S+`), `$1 ${status}`));

// Strings that are structure, not wording: ids and option values, knowledge-base numbers, dates, URLs, codes.
const structural = (s: string) => /^[a-z0-9][a-z0-9-]*$/.test(s) || /^[A-Z]{1,2}\d+$/.test(s) || /^\d{4}(-\d\d){0,2}$/.test(s) || /^https?:\/\//.test(s) || s.trim() === '';

describe('the pseudo-locale through the overlay', () => {
  it('reaches every prose string of every content file, so no wording field is missing from content/i18n/wording.yaml', () => {
    const t = translator(root, 'qps', spec);
    const left: string[] = [];
    for (const base of baseFiles(root)) {
      const kind = kindOf(spec, relative('content', base));
      const raw = readYamlFile(root, relative('content', base));
      const data = kind ? t.file(raw).data : raw.data;
      const kept = new Set(kind ? fieldsAt(raw.data, kind.keep).map((f) => f.address) : []);
      for (const f of fieldsAt(data, ['**'])) {
        if (!isPseudo(f.text) && !kept.has(f.address) && !structural(f.text)) left.push(`${base} → ${f.address}: "${f.text.slice(0, 50)}"`);
      }
    }
    expect(left).toEqual([]);
  });

  it('loads the whole site content in qps with every domain check passing, and every interface and question string translated', () => {
    const c = loadSiteContent(root, 'qps');
    // Every string but the strings' own language, which is a code, not words.
    const ui = Object.entries(c.ui).filter(([k, v]) => k !== UI_LANG && !isPseudo(v));
    expect(ui).toEqual([]);
    expect(c.ui[UI_LANG]).toBe('qps');
    for (const q of c.questionnaire.sections.flatMap((s) => s.questions)) {
      for (const text of [q.label, q.shortLabel, q.why, q.hint, q.errorRequired, ...(q.options ?? []).map((o) => o.label)]) {
        if (text !== undefined) expect(isPseudo(text), `${q.id}: ${text}`).toBe(true);
      }
    }
    expect(c.knowledge.lessons.every((l) => isPseudo(l.title) && isPseudo(l.text))).toBe(true);
    // Structure is untouched: the same ids in the same order as in English.
    const en = loadSiteContent(root);
    expect(c.questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id))).toEqual(en.questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id)));
    expect(c.mandate.articles.map((a) => a.key)).toEqual(en.mandate.articles.map((a) => a.key));
  });

  it('leaves no English prose in the loaded content but what is kept on purpose and cited works\' titles as published', () => {
    const found = new Set<string>();
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'string') { if (/\s/.test(v) && /[A-Za-z]{3}/.test(v) && !isPseudo(v)) found.add(path); }
      else if (Array.isArray(v)) v.forEach((x) => walk(x, `${path}[]`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    };
    walk(loadSiteContent(root, 'qps'), '');
    expect([...found].sort()).toEqual([
      // Kept as written in every language (content/i18n/wording.yaml, `keep`).
      'knowledge.cases[].bodies[].articleName',
      'knowledge.cases[].bodies[].foreign[].text',
      'knowledge.sources[].date',
      'knowledge.sources[].publisher',
      'knowledge.sources[].sections[].title',
      'knowledge.sources[].title',
      // A cited work's title as published (an outside source's, or the article's section headings; the
      // article's own short name, sources.yaml `label`, is translated).
      'points[].lessons[].sources[].label',
      'scenarios[].bodyForeign[].text',
      'scenarios[].brief[].sources[].label',
      'scenarios[].failures[].sources[].label',
      'scenarios[].history[].lessons[].sources[].label',
      'scenarios[].history[].sources[].label',
    ]);
  });
});

describe('the declared languages and their translations', () => {
  it('declares English, Spanish and French complete', () => {
    expect(readLanguages(root).map((l) => `${l.code} ${l.name} ${l.dir} ${l.status}`)).toEqual([
      'en English ltr complete', 'es Español ltr complete', 'fr Français ltr complete',
    ]);
  });

  it('lays the Spanish and French lesson over the English by id, and counts no stale or extra translation', () => {
    for (const [lang, title] of [['es', 'El personal de confianza también necesita la pericia adecuada'], ['fr', 'Un personnel de confiance doit aussi avoir les compétences requises']] as const) {
      const lesson = loadSiteContent(root, lang).knowledge.lessons.find((l) => l.id === 'qualified-staff')!;
      expect(lesson.title).toBe(title);
      expect(lesson.questions).toEqual(['staff-profile', 'recruitment', 'training', 'advisers']);
      const issues = translationReport(root, lang).flatMap((r) => r.issues);
      expect(issues.filter((i) => i.problem !== 'missing')).toEqual([]);
    }
    expect(checkTranslations(root).errors).toEqual([]);
  });

  // Reads every translated field of both languages (some 4,400): allowed longer on a busy machine.
  it('holds every translated field to the glossary', { timeout: 300_000 }, () => {
    const glossary = glossarySchema.parse(readYamlFile(root, 'i18n/glossary.yaml').data);
    for (const lang of ['es', 'fr'] as const) {
      const fields = translationReport(root, lang).flatMap((r) => (r.overlay ? r.overlay.translated.map((address) => {
        const en = r.overlay!.fields.find((f) => f.address === address)!.text;
        const text = (parse(readFileSync(join(root, r.translation), 'utf8')) as Record<string, { text: string }>)[address]!.text;
        return { file: r.translation, address, en, text };
      }) : []));
      expect(fields.length, `${lang} has no translated field to check`).toBeGreaterThan(0);
      expect(glossaryIssues(glossary, lang, fields)).toEqual([]);
    }
  });
});

describe('a language declared complete fails the build, naming the file and address', () => {
  const es = 'content/i18n/es/lessons/qualified-staff.yaml';

  it('for every missing translation', () => {
    const dir = copy();
    declare(dir, 'es', 'complete');
    expect(() => loadSiteContent(dir, 'es')).toThrow(/content\/i18n\/es\/questionnaire\/01-context\.yaml → questions\[user-role\]\.options\[mediator\]\.label: missing/);
    const errors = checkTranslations(dir).errors.map((i) => `${i.file} → ${i.field}`);
    expect(errors).toContain('content/i18n/es/ui/en.yaml → strings.site.name');
    expect(errors).not.toContain(`${es} → title`);
  });

  it('for a translation whose English changed since (stale), and one with no English field (extra)', () => {
    const dir = copy();
    declare(dir, 'es', 'complete');
    edit(dir, 'content/lessons/qualified-staff.yaml', (s) => s.replace('title: Trusted staff also need the right expertise', 'title: Trusted staff also need the right skills'));
    edit(dir, es, (s) => `${s}differs.note:\n  from: ${hashText('x')}\n  text: Una nota\n`);
    writeFileSync(join(dir, 'content/i18n/es/lessons/no-such-lesson.yaml'), 'title:\n  from: "00000000"\n  text: Nada\n');
    const mine = checkTranslations(dir).errors.filter((i) => i.file.includes('lessons/')).map((i) => `${i.problem} ${i.file} → ${i.field}`);
    expect(mine).toEqual(expect.arrayContaining([
      `stale ${es} → title`,
      `extra ${es} → differs.note`,
      'extra content/i18n/es/lessons/no-such-lesson.yaml → ',
    ]));
    expect(mine.filter((m) => m.includes('qualified-staff'))).toHaveLength(2);
  });

  it('but an in-progress language only reports, and keeps the English where a translation is missing', () => {
    const dir = copy();
    edit(dir, 'content/lessons/qualified-staff.yaml', (s) => s.replace('title: Trusted staff also need the right expertise', 'title: Trusted staff also need the right skills'));
    expect(checkTranslations(dir).errors).toEqual([]);
    expect(checkTranslations(dir).inProgress.find((l) => l.lang === 'es')).toMatchObject({ stale: 1, extra: 0 });
    const c = loadSiteContent(dir, 'es');
    expect(c.questionnaire.sections[0]!.title).toBe('Context');
  });
});

describe('npm run i18n', () => {
  const run = (dir: string, ...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(argv, dir, (l) => out.push(l), (l) => err.push(l));
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('extract writes the fields to translate with their English and hash, keeping what is translated', () => {
    const dir = copy();
    const lessons = readYamlDir(root, 'lessons');
    const kind = kindOf(spec, 'lessons/')!;
    // Every lesson but the one already translated; every wording field of those.
    const fields = lessons.filter((l) => !l.file.endsWith('qualified-staff.yaml')).reduce((n, l) => n + fieldsAt(l.data, kind.wording).length, 0);
    expect(run(dir, 'extract', 'es', 'lessons/').out).toBe(`es: ${lessons.length - 1} files written; ${fields} fields to translate, 0 stale, 0 extra.`);
    const skeleton = parse(readFileSync(join(dir, 'content/i18n/es/lessons/set-up-early.yaml'), 'utf8')) as Record<string, { en: string; from: string; text: string }>;
    const english = parse(readFileSync(join(dir, 'content/lessons/set-up-early.yaml'), 'utf8')) as { title: string };
    expect(skeleton.title).toEqual({ en: english.title, from: hashText(english.title), text: '' });
    expect(parse(readFileSync(join(dir, 'content/i18n/es/lessons/qualified-staff.yaml'), 'utf8')).title.text).toBe('El personal de confianza también necesita la pericia adecuada');
    // A skeleton is not a translation: the language still lacks those fields.
    expect(checkTranslations(dir).inProgress.find((l) => l.lang === 'es')!.missing).toBe(checkTranslations(copy()).inProgress.find((l) => l.lang === 'es')!.missing);
    expect(run(dir, 'extract', 'es', 'lessons/').out).toBe(`es: 0 files written; ${fields} fields to translate, 0 stale, 0 extra.`);
  });

  it('extract flags a stale translation and an address English no longer has, and loses neither text', () => {
    const dir = copy();
    edit(dir, 'content/lessons/qualified-staff.yaml', (s) => s.replace('title: Trusted staff also need the right expertise', 'title: Trusted staff also need the right skills'));
    edit(dir, 'content/i18n/fr/lessons/qualified-staff.yaml', (s) => `${s}summary:\n  from: "00000000"\n  text: Un résumé\n`);
    expect(run(dir, 'extract', 'fr', 'lessons/qualified-staff.yaml').out).toBe('fr: 1 file written; 0 fields to translate, 1 stale, 1 extra.');
    const text = readFileSync(join(dir, 'content/i18n/fr/lessons/qualified-staff.yaml'), 'utf8');
    expect(text).toContain(`# STALE: the English changed since this was translated. Revise "text", then set from: ${hashText('Trusted staff also need the right skills')}`);
    expect(text).toContain('# EXTRA: the English file has no such field any more');
    const fr = parse(text) as Record<string, { en: string; text: string }>;
    expect(fr.title).toMatchObject({ en: 'Trusted staff also need the right skills', text: 'Un personnel de confiance doit aussi avoir les compétences requises' });
    expect(fr.summary!.text).toBe('Un résumé');
  });

  it('status counts words translated, missing and stale per language and file', () => {
    const dir = copy();
    edit(dir, 'content/lessons/qualified-staff.yaml', (s) => s.replace('title: Trusted staff also need the right expertise', 'title: Trusted staff also need the right skills'));
    const { code, out } = run(dir, 'status', 'es');
    expect(code).toBe(0);
    expect(out).toMatch(/^es: 26 words translated, \d+ missing, 7 stale, 0 extra or invalid entries$/m);
    expect(out).toContain('  content/i18n/es/lessons/qualified-staff.yaml: 26 translated, 0 missing, 7 stale');
    expect(out).toMatch(/^ {2}\d+ files not started \(\d+ words\)$/m);
    expect(out).not.toContain('fr:');
  });

  it('refuses an unknown language or command with the usage, exit code 2', () => {
    expect(run(root, 'extract', 'de')).toMatchObject({ code: 2, err: expect.stringMatching(/^extract needs a language to translate into \(es, fr\)/) });
    expect(run(root, 'extract', 'es', 'lessons/atlantis.yaml')).toMatchObject({ code: 2, err: expect.stringContaining('content/lessons/atlantis.yaml does not exist') });
    expect(run(root, 'status', 'de')).toMatchObject({ code: 2, err: expect.stringContaining('de is not declared in content/i18n/languages.yaml (es, fr)') });
    expect(run(root, 'translate').code).toBe(2);
    expect(existsSync(join(root, 'content/i18n/de'))).toBe(false);
  });
});

describe('the content check refuses references the answers cannot match (issue 13, point 2)', () => {
  it("refuses a lesson whose when names a misspelt option, naming the file and field", () => {
    const files = {
      sources: readYamlFile(root, 'sources.yaml'),
      themes: readYamlFile(root, 'themes.yaml'),
      cases: readYamlDir(root, 'cases'),
      lessons: readYamlDir(root, 'lessons'),
      risks: readYamlDir(root, 'risks'),
    };
    const lesson = files.lessons.find((l) => l.file.endsWith('closure-loses-memory.yaml'))!;
    (lesson.data as Record<string, unknown>).when = { question: 'transformation', is: 'closse' };
    expect(buildKnowledge(files).issues.map((i) => `${i.file} → ${i.field}: ${i.message}`)).toEqual([
      'content/lessons/closure-loses-memory.yaml → when: "closse" is not an option of "transformation"',
    ]);
  });

  it('writes options once: a questionnaire option the answers schema lacks, or one it leaves out, is refused both ways', () => {
    const refused = (change: (options: { id: string }[]) => void) => {
      const files = readYamlDir(root, 'questionnaire');
      const q = (files.flatMap((f) => (f.data as { questions: { id: string; options?: { id: string }[] }[] }).questions)).find((x) => x.id === 'transformation')!;
      change(q.options!);
      return buildQuestionnaire(files).issues.map((i) => i.message);
    };
    expect(refused(() => undefined)).toEqual([]);
    expect(refused((o) => o.push({ id: 'dissolve', label: 'Dissolve' } as { id: string }))).toEqual([expect.stringMatching(/options differ from the answers schema \(missing: none; unknown: dissolve\)/)]);
    expect(refused((o) => o.splice(o.findIndex((x) => x.id === 'close'), 1))).toEqual([expect.stringMatching(/options differ from the answers schema \(missing: close; unknown: none\)/)]);
  });
});
