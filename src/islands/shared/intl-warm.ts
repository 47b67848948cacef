/**
 * Loads the browser's locale data off the main thread, before a page formats its first date, list or
 * number. The first `Intl` object a page makes costs 20 to 50 ms (on a phone, four times that) while the
 * engine loads its locale data; that data is shared by the whole page, workers included, so a short-lived
 * worker that makes one of each first takes that wait away from the page, which stays responsive. Every
 * object made afterwards, on the page, costs well under a millisecond.
 *
 * Nothing depends on it: where workers cannot start (or the file is not there offline), the page makes
 * the objects itself, as it would without this. The promise settles in every case, within a second.
 */
let warming: Promise<void> | undefined;

export function warmIntl(locale: string): Promise<void> {
  if (warming) return warming;
  warming = new Promise<void>((resolve) => {
    let worker: Worker | undefined;
    const done = () => {
      worker?.terminate();
      resolve();
    };
    try {
      worker = new Worker(new URL('./intl-warm.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = done;
      worker.onerror = done;
      worker.postMessage(locale);
      setTimeout(done, 1000);
    } catch {
      done();
    }
  });
  return warming;
}
