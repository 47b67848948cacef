/**
 * What `npm run bench` and `npm run bench:lighthouse` share to audit pages with answers saved: a helper
 * tab in Lighthouse's own browser, which can take the site's offline copy and cache away between audits.
 */
import { chromium } from '@playwright/test';

export async function siteHelper(port: number, base: string) {
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const helper = await cdp.contexts()[0]!.newPage();
  const session = await cdp.contexts()[0]!.newCDPSession(helper);
  /** No offline copy, no cache (the answers stay). */
  const forget = async () => {
    await helper.goto(`${base}/favicon.svg`);
    await helper.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      for (const k of await caches.keys()) await caches.delete(k);
    });
    await session.send('Network.clearBrowserCache');
  };
  return { helper, forget };
}
