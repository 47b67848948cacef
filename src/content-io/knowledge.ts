/** Reads and validates the knowledge content (sources, themes, cases, lessons, risks). Node only. */
import { buildKnowledge } from '../domain/knowledge/build.ts';
import type { ContentIssue } from '../domain/content/raw.ts';
import type { Knowledge } from '../domain/knowledge/schema.ts';
import { readYamlDir, readYamlFile } from './load.ts';
import type { Translator } from './i18n.ts';

/** With a translator, the same content with its wording in that language (the checks run unchanged). */
export function checkKnowledge(root: string, t?: Translator): { knowledge: Knowledge; issues: ContentIssue[] } {
  const file = (p: string) => (t ? t.file(readYamlFile(root, p)) : readYamlFile(root, p));
  const dir = (d: string) => (t ? readYamlDir(root, d).map(t.file) : readYamlDir(root, d));
  return buildKnowledge({
    sources: file('sources.yaml'),
    themes: file('themes.yaml'),
    cases: dir('cases'),
    lessons: dir('lessons'),
    risks: dir('risks'),
  });
}
