/**
 * Loads the picture of where the secretariat sits only when check-your-answers shows it: its code (the
 * picture's rules, layout and SVG) stays out of the question pages' scripts.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Answers } from '../../domain/answers/schema.ts';
import type { Questionnaire } from '../../domain/questionnaire/schema.ts';
import { t, type UiStrings } from '../../domain/ui/strings.ts';
import type { PicturePanel } from './PicturePanel.tsx';

export function LazyPicture(props: { questionnaire: Questionnaire; answers: Answers; ui: UiStrings }) {
  const [Panel, setPanel] = useState<typeof PicturePanel | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('./PicturePanel.tsx').then((m) => setPanel(() => m.PicturePanel), () => setFailed(true));
  }, []);
  // Offline before the chunk was cached: the rest of the page still works, and the draft shows the picture too.
  if (failed) return null;
  return Panel ? <Panel {...props} /> : <p class="hint">{t(props.ui, 'picture.loading')}</p>;
}
