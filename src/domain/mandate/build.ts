/** Checks the instrument's content: shape, clause keys, conditions, slots, choices and question links, by file and field. */
import { zodIssues, type ContentIssue, type RawFile } from '../content/raw.ts';
import { questionIds, schemaOptions, type QuestionId } from '../answers/schema.ts';
import { references, type Condition } from '../conditions/condition.ts';
import { CHOICE_INPUTS, mandateContentSchema, TEXT_INPUTS, type MandateContent } from './schema.ts';

/** Every slot the composer can fill (see the comment at the top of articles.yaml). */
export const SLOTS = [
  'full', 'full-title', 'short', 'short-plain', 'party', 'party-name', 'authority', 'appointer', 'this', 'adopter', 'talks',
  'head', 'head-plain', 'choice', 'host-state-or-blank', 'joint-members', 'sunset-date', 'unless-renewed', 'excluded-groups',
  'staff-size-words', 'purpose', 'remarks', 'information-sources', 'amendment', 'entry', 'languages', 'date', 'ended', 'parties', 'item',
] as const;

const slotPattern = /\{([A-Za-z-]+)(?::([a-z0-9-]+))?\}/g;

export function buildMandate(file: RawFile): { mandate: MandateContent; issues: ContentIssue[] } {
  const r = mandateContentSchema.safeParse(file.data);
  if (!r.success) return { mandate: undefined as unknown as MandateContent, issues: zodIssues(file.file, r.error) };
  const issues: ContentIssue[] = [];
  const known = new Set<string>(questionIds);
  const slots = new Set<string>(SLOTS);
  const articleKeys = new Set(r.data.articles.map((a) => a.key));
  const checkText = (text: string, field: string) => {
    for (const [, raw, ref] of text.matchAll(slotPattern)) {
      const name = raw!.toLowerCase();
      if (name === 'ref') {
        if (!ref || !articleKeys.has(ref)) issues.push({ file: file.file, field, message: `"{ref:${ref ?? ''}}" names no article` });
      } else if (!slots.has(name)) issues.push({ file: file.file, field, message: `unknown slot "{${raw}}"` });
    }
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
  for (const [id, form] of Object.entries(r.data.forms)) {
    for (const [k, v] of Object.entries(form)) {
      if (typeof v === 'string') checkText(v, `forms.${id}.${k}`);
      else if (Array.isArray(v)) v.forEach((x, i) => (typeof x === 'string' ? checkText(x, `forms.${id}.${k}.${i}`) : [x.for ?? '', ...x.lines].forEach((l) => checkText(l, `forms.${id}.${k}.${i}`))));
    }
  }
  r.data.recitals.forEach((p, i) => {
    checkWhen(p.when, `recitals.${i}.when`);
    checkText(p.text, `recitals.${i}.text`);
  });
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
      if (c.choice) {
        const q = c.choice.question;
        if (!known.has(q)) issues.push({ file: file.file, field: `${field}.choice.question`, message: `unknown question "${q}"` });
        const allowed = known.has(q) ? schemaOptions(q as QuestionId) : undefined;
        for (const [opt, text] of Object.entries(c.choice.options)) {
          if (allowed && !allowed.includes(opt)) issues.push({ file: file.file, field: `${field}.choice.options.${opt}`, message: `"${opt}" is not an option of "${q}"` });
          checkText(text, `${field}.choice.options.${opt}`);
        }
        if (!/\{choice\}/.test(c.text)) issues.push({ file: file.file, field: `${field}.text`, message: 'a clause with a choice must say where it goes with "{choice}"' });
      }
      if (c.conflict) {
        checkWhen(c.conflict.when, `${field}.conflict.when`);
        checkText(c.conflict.text, `${field}.conflict.text`);
      }
    });
  });
  // The answers the composer reads: each names a question; a text input takes the user's words, a
  // choice input has the options the composer tells apart.
  for (const role of TEXT_INPUTS) {
    const q = r.data.inputs[role];
    const field = `inputs.${role}`;
    if (!known.has(q)) issues.push({ file: file.file, field, message: `unknown question "${q}"` });
    else if (schemaOptions(q as QuestionId)) issues.push({ file: file.file, field, message: `"${q}" has options; the ${role} slot takes a question answered in the user's own words` });
  }
  for (const [role, needed] of Object.entries(CHOICE_INPUTS)) {
    const q = r.data.inputs[role as keyof typeof CHOICE_INPUTS];
    const field = `inputs.${role}`;
    if (!known.has(q)) {
      issues.push({ file: file.file, field, message: `unknown question "${q}"` });
      continue;
    }
    const allowed = schemaOptions(q as QuestionId);
    if (!allowed) issues.push({ file: file.file, field, message: `"${q}" has no options; ${role} is read as a choice` });
    else for (const v of needed) if (!allowed.includes(v)) issues.push({ file: file.file, field, message: `"${q}" has no option "${v}", which the composer reads for ${role}` });
  }
  return { mandate: r.data, issues };
}
