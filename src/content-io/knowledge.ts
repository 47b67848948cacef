/** Reads and validates the knowledge content (sources, themes, cases, lessons, risks). Node only. */
import { buildKnowledge } from '../domain/knowledge/build.ts';
import type { ContentIssue } from '../domain/content/raw.ts';
import type { Knowledge } from '../domain/knowledge/schema.ts';
import { readYamlDir, readYamlFile } from './load.ts';
import type { Translator } from './i18n.ts';

/** With a translator, the same content with its wording in that language (the checks run unchanged). */
export function checkKnowledge(root: string, t?: Translator): { knowledge: Knowledge; issues: ContentIssue[] } {
  return buildKnowledge({
    sources: readYamlFile(root, 'sources.yaml', t),
    themes: readYamlFile(root, 'themes.yaml', t),
    cases: readYamlDir(root, 'cases', t),
    lessons: readYamlDir(root, 'lessons', t),
    risks: readYamlDir(root, 'risks', t),
  });
}
