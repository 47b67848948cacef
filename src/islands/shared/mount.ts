/**
 * Brings a server-rendered island to life in the browser, with the props its page wrote beside it as
 * JSON (see src/components/Island.astro).
 *
 * Why not Astro's `client:load`: every island here loads at once and takes plain JSON props, so Astro's
 * island runtime (an inline 1.8 KB gzip custom element, plus a 0.8 KB renderer chunk) did nothing that
 * these lines do not; its props format (every value tagged, every quote escaped as &quot;) also made the
 * questionnaire's HTML half as big again. It also put a component's unused children in a <template>, so
 * the "needs JavaScript" notices never showed; the pages now put those in <noscript> themselves.
 */
import { h, hydrate, render, type ComponentType } from 'preact';

/**
 * `afresh`: the island's first render will not be the server's HTML (the questionnaire opened on saved
 * answers draws "loading" first), so it replaces that HTML instead of hydrating it, which would leave
 * the server's elements in place under a different tree.
 */
export function mount<P>(Component: ComponentType<P>, id: string, afresh = false): void {
  const root = document.getElementById(id);
  const data = document.getElementById(`${id}-props`);
  if (!root || !data?.textContent) throw new Error(`The island #${id} or its props are missing from the page.`);
  const vnode = h(Component as ComponentType<object>, JSON.parse(data.textContent) as object);
  if (afresh) {
    root.replaceChildren();
    render(vnode, root);
  } else hydrate(vnode, root);
  // Browser tests and the bench wait for this, as a user's first key press would need it.
  root.dataset.hydrated = '';
}
