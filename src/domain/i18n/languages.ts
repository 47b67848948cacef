/**
 * The languages the site declares (content/i18n/languages.yaml): one place says which exist, their name
 * in their own language, their direction, and whether they are complete (published; any missing, extra
 * or stale translation fails the build) or in progress (reported, not published).
 */
import { z } from '../zod.ts';
import { zodIssues, type ContentIssue, type RawFile } from '../content/raw.ts';
import { dirOf, isLang, type Lang } from './lang.ts';

const languageSchema = z.strictObject({
  code: z.string(),
  name: z.string().min(1),
  dir: z.enum(['ltr', 'rtl']),
  status: z.enum(['complete', 'in-progress']),
});
export const languagesFileSchema = z.strictObject({ languages: z.array(languageSchema).min(1) });
export interface Language { code: Lang; name: string; dir: 'ltr' | 'rtl'; status: 'complete' | 'in-progress' }

export function buildLanguages(raw: RawFile): { languages: Language[]; issues: ContentIssue[] } {
  const r = languagesFileSchema.safeParse(raw.data);
  if (!r.success) return { languages: [], issues: zodIssues(raw.file, r.error) };
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  r.data.languages.forEach((l, i) => {
    const field = `languages.${i}`;
    if (!isLang(l.code) || l.code === 'qps') issues.push({ file: raw.file, field: `${field}.code`, message: `"${l.code}" is not a language the site knows (src/domain/i18n/lang.ts)` });
    else if (l.dir !== dirOf(l.code)) issues.push({ file: raw.file, field: `${field}.dir`, message: `${l.code} is written ${dirOf(l.code)}, not ${l.dir}` });
    if (seen.has(l.code)) issues.push({ file: raw.file, field: `${field}.code`, message: `${l.code} is declared twice` });
    seen.add(l.code);
  });
  const first = r.data.languages[0]!;
  if (first.code !== 'en' || first.status !== 'complete') issues.push({ file: raw.file, field: 'languages.0', message: 'the first language must be English, the base every translation is laid over, and complete' });
  return { languages: issues.length ? [] : (r.data.languages as Language[]), issues };
}
