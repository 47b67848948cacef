/** Reads and validates the knowledge content (sources, themes, cases, lessons, risks). Node only. */
import { buildKnowledge } from '../domain/knowledge/build.ts';
import type { ContentIssue } from '../domain/content/raw.ts';
import type { Knowledge } from '../domain/knowledge/schema.ts';
import { readYamlDir, readYamlFile } from './load.ts';

export function checkKnowledge(root: string): { knowledge: Knowledge; issues: ContentIssue[] } {
  return buildKnowledge({
    sources: readYamlFile(root, 'sources.yaml'),
    themes: readYamlFile(root, 'themes.yaml'),
    cases: readYamlDir(root, 'cases'),
    lessons: readYamlDir(root, 'lessons'),
    risks: readYamlDir(root, 'risks'),
  });
}
