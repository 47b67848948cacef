/**
 * Opens an answers file on the drafts page: as a new draft (the default, as on the questionnaire and the
 * draft page), or, when the user chooses, in place of the open draft, whose answers become an earlier
 * version. The file is read by the opener every page uses (open-file.ts), with this page's words; a
 * refusal names the problem and changes nothing.
 */
import { useState } from 'preact/hooks';
import type { Said, T } from './DraftsList.tsx';

export function FileOpen({ t, ui, say, hasOpen }: { t: T; ui: Record<string, string>; say: (said: Said) => void; hasOpen: boolean }) {
  const [replace, setReplace] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async (picked: File) => {
    const name = picked.name;
    // The opener every page uses, with this page's words: the same checks, the same refusals.
    const [{ openAnswersFile }, { openFileAsDraft }] = await Promise.all([import('../shared/open-file.ts'), import('../shared/versions.ts')]);
    const r = await openAnswersFile(picked, ui);
    if (!r.ok) {
      setError(r.text);
      return say({ ok: false, text: r.text, isolate: [name] });
    }
    const kept = await openFileAsDraft(r.file, { replace: replace && hasOpen });
    setError(null);
    if (!kept.ok) return say({ ok: false, text: t('drafts.file-not-kept', { name }), isolate: [name] });
    const said = !hasOpen ? 'drafts.file-opened-first' : replace ? 'drafts.file-opened-replace' : 'drafts.file-opened-new';
    say({ ok: true, text: t(said, { name }), isolate: [name] });
  };

  return (
    <>
      <h2>{t('drafts.file-title')}</h2>
      {hasOpen && (
        <div class="form-group">
          <fieldset>
            <legend>
              <strong>{t('drafts.file-how')}</strong>
            </legend>
            <div class="choices">
              <div class="choice">
                <input id="file-as-new" type="radio" name="file-how" checked={!replace} onChange={() => setReplace(false)} />
                <div>
                  <label for="file-as-new">{t('drafts.file-new')}</label>
                </div>
              </div>
              <div class="choice">
                <input id="file-replace" type="radio" name="file-how" checked={replace} onChange={() => setReplace(true)} />
                <div>
                  <label for="file-replace">{t('drafts.file-replace')}</label>
                </div>
              </div>
            </div>
          </fieldset>
        </div>
      )}
      <div class={error ? 'form-group form-group--error' : 'form-group'}>
        <label for="drafts-file">
          <strong>{t('drafts.file-label')}</strong>
        </label>
        {error && (
          <p id="drafts-file-error" class="error-message">
            <span class="visually-hidden">{t('wizard.error-prefix')} </span>
            <bdi>{error}</bdi>
          </p>
        )}
        <input
          id="drafts-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={error ? 'drafts-file-error' : undefined}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const f = input.files?.[0];
            if (f) void open(f);
            input.value = '';
          }}
        />
      </div>
    </>
  );
}
