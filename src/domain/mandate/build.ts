/** Checks the mandate content: shape, clause keys, conditions, slots and question links, by file and field. */
import { zodIssues, type ContentIssue, type RawFile } from '../content/raw.ts';
import { questionIds, schemaOptions, type QuestionId } from '../answers/schema.ts';
import { references, type Condition } from '../conditions/condition.ts';
import { mandateContentSchema, type MandateContent } from './schema.ts';

export const SLOTS = ['secretariat', 'party', 'purpose', 'joint-members', 'host-state', 'sunset-date', 'excluded-groups', 'remarks', 'staff-size-words'] as const;

export function buildMandate(file: RawFile): { mandate: MandateContent; issues: ContentIssue[] } {
  const r = mandateContentSchema.safeParse(file.data);
  if (!r.success) return { mandate: { title: '', preamble: [], articles: [] }, issues: zodIssues(file.file, r.error) };
  const issues: ContentIssue[] = [];
  const known = new Set<string>(questionIds);
  const slots = new Set<string>(SLOTS);
  const checkText = (text: string, field: string) => {
    for (const [, name] of text.matchAll(/\{([a-z-]+)\}/g)) if (!slots.has(name!)) issues.push({ file: file.file, field, message: `unknown slot "{${name}}"` });
  };
  const checkWhen = (c: Condition | undefined, field: string) => {
    if (!c) return;
    for (const ref of references(c)) {
      if (!known.has(ref.question)) {
        issues.push({ file: file.file, field, message: `unknown question "${ref.question}"` });
        continue;
      }
      const allowed = schemaOptions(ref.question as QuestionId);
      for (const v of ref.values) if (allowed && !allowed.includes(v)) issues.push({ file: file.file, field, message: `"${v}" is not an option of "${ref.question}"` });
    }
  };
  checkText(r.data.title, 'title');
  r.data.preamble.forEach((p, i) => checkText(p.text, `preamble.${i}.text`));
  r.data.articles.forEach((a, ai) => {
    const keys = new Set<string>();
    a.clauses.forEach((c, ci) => {
      const field = `articles.${ai}.clauses.${ci}`;
      if (keys.has(c.key)) issues.push({ file: file.file, field: `${field}.key`, message: `clause key "${c.key}" is used twice in article "${a.key}"` });
      keys.add(c.key);
      checkWhen(c.when, `${field}.when`);
      checkText(c.text, `${field}.text`);
      c.questions.forEach((q, qi) => known.has(q) || issues.push({ file: file.file, field: `${field}.questions.${qi}`, message: `unknown question "${q}"` }));
      c.items?.forEach((it, ii) => {
        checkWhen(it.when, `${field}.items.${ii}.when`);
        checkText(it.text, `${field}.items.${ii}.text`);
      });
    });
  });
  return { mandate: r.data, issues };
}
