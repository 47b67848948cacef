/**
 * Interface wording, looked up by key (as Starlight does). The English file defines the keys; another
 * language must provide all of them.
 */
import { z } from 'zod';

export const uiFileSchema = z.strictObject({
  /** BCP 47 language tag of the file. */
  lang: z.string().min(2),
  /** Key → text. `{name}` marks a value filled in at run time. */
  strings: z.record(z.string().regex(/^[a-z0-9.-]+$/), z.string().min(1)),
});

export type UiStrings = Readonly<Record<string, string>>;

/** Looks up a key and fills `{name}` placeholders. A missing key shows itself, so it is easy to spot. */
export function t(strings: UiStrings, key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  const s = strings[key] ?? key;
  return s.replace(/\{([a-z0-9-]+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
