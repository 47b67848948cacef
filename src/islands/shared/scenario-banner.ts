/**
 * Fills the scenario banner (components/ScenarioBanner.astro) in: static pages call it on load with what
 * is saved; the questionnaire, which must not load it before the first answer, imports it only once a
 * scenario is in play and passes the scenario it holds. Text goes in as text, never as markup.
 */
import { scenarioOfSaved } from '../../domain/scenarios/banner.ts';

/**
 * storage.ts's STORAGE_KEY, repeated: importing that module would bring the answers reader to every static
 * page (a unit test holds the two equal).
 */
export const BANNER_STORAGE_KEY = 'psmd.answers';

export function showScenarioBanner(known?: string | null) {
  const el = document.getElementById('scenario-banner');
  if (!el) return;
  const titles = JSON.parse(el.dataset.titles ?? '{}') as Record<string, string>;
  let id: string | null = null;
  if (known !== undefined) id = known && Object.hasOwn(titles, known) ? known : null;
  else {
    try {
      id = scenarioOfSaved(localStorage.getItem(BANNER_STORAGE_KEY), titles);
    } catch {
      // Storage switched off: no saved scenario to name.
    }
  }
  const title = el.querySelector('[data-title]');
  const link = el.querySelector('a');
  if (!id || !title || !link) {
    el.hidden = true;
    return;
  }
  title.textContent = titles[id]!;
  link.setAttribute('href', `${el.dataset.base ?? '/'}workshops/${id}/`);
  el.hidden = false;
}
