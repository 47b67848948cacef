/**
 * The unreadable-answers notice, loaded only when there is something to say: the questionnaire's page
 * weight before interaction is budgeted (30 KB gzip), and most visits never need it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { UiStrings } from '../../domain/ui/strings.ts';
import type { UnreadableNotice as Notice } from './UnreadableNotice.tsx';

export function LazyUnreadableNotice({ ui }: { ui: UiStrings }) {
  const [Loaded, setLoaded] = useState<typeof Notice | null>(null);
  useEffect(() => {
    import('./UnreadableNotice.tsx').then((m) => setLoaded(() => m.UnreadableNotice));
  }, []);
  return Loaded ? <Loaded ui={ui} /> : null;
}
