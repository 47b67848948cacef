/**
 * Which workshop scenario the saved answers belong to, for the banner every page shows. Reads the saved
 * text itself (no schema library: static pages carry no reader), and trusts nothing in it: only an id
 * that names a scenario of this site is returned, so the banner never shows text from the file.
 */
export function scenarioOfSaved(saved: string | null, titles: Readonly<Record<string, string>>): string | null {
  if (!saved) return null;
  let data: unknown;
  try {
    data = JSON.parse(saved);
  } catch {
    return null;
  }
  const id = data && typeof data === 'object' ? (data as { scenario?: unknown }).scenario : undefined;
  return typeof id === 'string' && Object.hasOwn(titles, id) ? id : null;
}
