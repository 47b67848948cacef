/**
 * Draws a long page a few parts at a time: `first` parts at once, then `step` more after each frame is
 * painted, until all `total` are there. Each batch is laid out and painted before the next is made, so no
 * single task holds the page for the whole of it (on a phone, a tap meanwhile is answered at once), and
 * the first screen shows as soon as it can. A tab in the background paints no frames: a timer takes over.
 * The count only grows: a page already whole redraws whole.
 */
import { useEffect, useState } from 'preact/hooks';

export function useProgressive(total: number, first: number, step: number): number {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (shown >= total) return;
    let next: ReturnType<typeof setTimeout> | undefined;
    let started = false;
    // After the frame that paints this batch: a task of its own, queued once the frame is done.
    const go = () => {
      if (started) return;
      started = true;
      next = setTimeout(() => setShown((n) => n + step), 0);
    };
    const frame = requestAnimationFrame(go);
    const fallback = setTimeout(go, 100);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
      clearTimeout(next);
    };
  }, [shown, total]);
  return shown;
}
