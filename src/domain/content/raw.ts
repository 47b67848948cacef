/**
 * What the content loader hands the domain: parsed YAML files with their paths, and what the domain
 * hands back when content is wrong: an issue naming the file and the field, so a build error can say
 * exactly where to look.
 */
export interface RawFile {
  /** Path relative to the project root, e.g. `content/cases/nepal.yaml`. */
  file: string;
  /** The parsed YAML document. */
  data: unknown;
}

export interface ContentIssue {
  file: string;
  /** Dotted path to the field, e.g. `lessons.0.citations`; empty for the whole file. */
  field: string;
  message: string;
}

/** Turns zod issues into content issues for one file. */
export function zodIssues(file: string, error: { issues: { path: PropertyKey[]; message: string }[] }): ContentIssue[] {
  return error.issues.map((i) => ({ file, field: i.path.map(String).join('.'), message: i.message }));
}

export function formatIssues(issues: ContentIssue[]): string {
  return issues.map((i) => `${i.file}${i.field ? ` → ${i.field}` : ''}: ${i.message}`).join('\n');
}
