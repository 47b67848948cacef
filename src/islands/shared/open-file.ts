/**
 * Opens an answers file the user picked, for every page that accepts one (the questionnaire and the
 * draft): the size check before reading, the bytes decoded as the command line decodes them (UTF-8 with
 * or without a byte order mark, UTF-16), the schema check (zod loads only now), and the words of each
 * refusal. A file without a single answer is refused too: loading it would replace the answers on this
 * device with nothing. The caller decides what loading means; a refusal changes nothing.
 */
import type { AnswersFile } from '../../domain/answers/file.ts';
import { decodeAnswersBytes } from '../../domain/answers/encoding.ts';
import { MAX_FILE_BYTES } from '../../domain/answers/format.ts';
import type { UiStrings } from '../../domain/ui/strings.ts';

/**
 * strings.ts's `t`, restated: the drafts page opens files with this module too, and importing strings.ts
 * from there split it out of the questionnaire's first script into a chunk of its own (a heavier page).
 */
const t = (ui: UiStrings, key: string, vars: Record<string, string> = {}) => (ui[key] ?? key).replace(/\{([a-z0-9-]+)\}/g, (m, k: string) => vars[k] ?? m);

export type Opened =
  | { ok: true; file: AnswersFile; message: string; name: string }
  | { ok: false; title: string; text: string; details: string[]; name: string };

export async function openAnswersFile(picked: File, ui: UiStrings): Promise<Opened> {
  const fail = (key: string, details: string[] = [], vars: Record<string, string> = {}): Opened => ({
    ok: false,
    title: t(ui, 'files.error-title'),
    name: picked.name,
    text: t(ui, `files.error.${key}`, { name: picked.name, ...vars }),
    details,
  });
  if (picked.size > MAX_FILE_BYTES) return fail('too-large');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await picked.arrayBuffer());
  } catch {
    return fail('unreadable');
  }
  const decoded = decodeAnswersBytes(bytes);
  if (!decoded.ok) return fail('not-text');
  const { readAnswersFile } = await import('../../domain/answers/file.ts');
  const r = readAnswersFile(decoded.text);
  if (!r.ok) return fail(r.reason, r.reason === 'invalid' ? r.details : [], { version: r.details[0] ?? '' });
  if (Object.keys(r.file.answers).length === 0) return fail('no-answers');
  return { ok: true, file: r.file, message: t(ui, r.migratedFrom ? 'files.migrated' : 'files.loaded', { name: picked.name }), name: picked.name };
}
