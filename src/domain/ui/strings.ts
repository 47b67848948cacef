/**
 * Interface wording, looked up by key (as Starlight does). The English file defines the keys; another
 * language must provide all of them.
 */
export type UiStrings = Readonly<Record<string, string>>;

/** Looks up a key and fills `{name}` placeholders. A missing key shows itself, so it is easy to spot. */
export function t(strings: UiStrings, key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  const s = strings[key] ?? key;
  return s.replace(/\{([a-z0-9-]+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
