// Service worker for offline use: precaches the whole static site at install, then serves from the
// cache first. Nothing here talks to any other origin. Generated into dist/sw.js by the build.
const VERSION = '__VERSION__';
// Registered as sw.js?lang=<code> by each page: it keeps the pages of that page's language only (and
// everything shared), so going offline does not download every language. Another language's page
// registers it again with its own code, which replaces this cache.
const LANG = new URL(self.location.href).searchParams.get('lang') || 'en';
const OTHERS = __LANGS__.filter((l) => l !== LANG);
// English is at the root, so the root's pages are English's: another language keeps only the root's
// shared files (scripts, styles, the font, the favicon, the not-found and quick-exit pages).
const SHARED = (u) => u.startsWith('/_astro/') || u.startsWith('/fonts/') || /^\/[^/]+\.[a-z0-9]+$/.test(u) || u === '/exit/';
const OWN = (u) => (LANG === 'en' ? !OTHERS.some((l) => u.startsWith(`/${l}/`)) : u.startsWith(`/${LANG}/`));
// Every language's draft content is kept, though: the draft page can make the draft in any of them.
const FILES = __FILES__.filter((u) => u.endsWith('/draft/content.json') || SHARED(u) || OWN(u));
const CACHE = `psmd-${VERSION}-${LANG}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('psmd-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.match(event.request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(event.request).catch(() => caches.match('/404.html'))),
  );
});
