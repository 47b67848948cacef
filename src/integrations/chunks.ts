/**
 * How the build groups the site's scripts into files (Rolldown's `codeSplitting`). By default a bundler
 * makes one file for each set of pages that share some modules: here the questionnaire's first screen
 * loaded 9 script files and the draft page 25, most under a kilobyte, and on a phone's connection each
 * file costs a round trip, with only a few fetched at once.
 *
 * So the modules that the questionnaire and other pages load as they open (Preact, storage, the strings,
 * the locale) go in one file, `core`: every page with a form loads it, and the questionnaire now loads 3
 * files. Everything else stays as the bundler splits it: a module one page alone uses stays in that page's
 * file, code loaded on demand (the PDF and Word libraries, the questionnaire's engine) in its own, and a
 * page without a form (the start page, a case) loads none of it.
 *
 * Tried and left: a second file of what only the other pages share (the draft's view, the picture). It
 * cut the draft page's files from 23 to 11 but made check-answers load 12 KB, and the drafts page 16 KB,
 * of code they never run.
 */
type Info = { isEntry: boolean; importers: readonly string[] } | null;
type Context = { getModuleInfo(id: string): Info };

/** The page scripts (entries) that load `id` as they open: by static imports, at any depth (cycles too). */
function pagesLoading(id: string, ctx: Context): Set<string> {
  const pages = new Set<string>();
  const seen = new Set<string>([id]);
  const todo = [id];
  while (todo.length) {
    const info = ctx.getModuleInfo(todo.pop()!);
    if (!info) continue;
    for (const i of info.importers) if (!seen.has(i)) seen.add(i), todo.push(i);
  }
  for (const m of seen) if (ctx.getModuleInfo(m)?.isEntry) pages.add(m);
  return pages;
}

/** The file a module goes in (`null`: where the bundler would put it). `questionnaire`: the questionnaire page's script, by its module id. */
export function chunkOf(questionnaire: (id: string) => boolean) {
  return (id: string, ctx: Context): string | null => {
    const pages = pagesLoading(id, ctx);
    if (pages.size < 2) return null;
    return [...pages].some(questionnaire) ? 'core' : null;
  };
}
