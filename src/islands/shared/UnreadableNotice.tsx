/**
 * What the questionnaire and the draft page say about saved answers they could not read: what happened,
 * that nothing was deleted, and a button to download the copy exactly as it is (for the newer version of
 * the tool that wrote it, or for whoever can mend it). After "Delete my answers" it says nothing.
 */
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import { unreadableCopy } from './storage.ts';

export function UnreadableNotice({ ui }: { ui: UiStrings }) {
  const copy = unreadableCopy();
  if (!copy) return null;
  const download = () => {
    const url = URL.createObjectURL(new Blob([copy.text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `unreadable-answers-${new Date().toISOString().slice(0, 10)}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div class="warning no-print" role="status">
      <div>
        <p>
          {t(ui, 'storage.corrupt')}
          {!copy.setAside && ` ${t(ui, 'storage.not-set-aside')}`}
        </p>
        <p>
          <button type="button" class="button button--secondary" onClick={download}>
            {t(ui, 'storage.download-unreadable')}
          </button>
        </p>
      </div>
    </div>
  );
}
