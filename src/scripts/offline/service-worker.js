// Offline reading. Served as /sw.js by src/pages/sw.js.ts, which puts this build's id in the cache name below,
// so each build has its own cache and a new build's worker deletes the old one.
// Pages, search files and everything else: network first (a rebuilt page is never served stale while online),
// kept for offline. Astro's hashed assets (/_astro/): cache first, since a changed file has a new name.
const CACHE = 'jianfan-__BUILD_ID__';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('jianfan-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
      // The page that registered the worker loaded before it: keep that page and its scripts too.
      const cache = await caches.open(CACHE);
      for (const client of await self.clients.matchAll({ type: 'window' })) await keepPage(cache, client.url).catch(() => {});
    })(),
  );
});

// The page and its scripts were fetched a moment ago: take them from the HTTP cache
// (force-cache), so a first visit does not download everything twice.
async function keepPage(cache, url) {
  const response = await fetch(url, { cache: 'force-cache' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put(url, response);
  for (const [, asset] of html.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g))
    if (!(await cache.match(asset))) await cache.add(new Request(asset, { cache: 'force-cache' }));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || request.headers.has('range')) return;
  event.respondWith(url.pathname.startsWith('/_astro/') ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch (error) {
    // Offline: the copy kept when the reader opened it, or else one under another query string (a page reached
    // from a search result carries ?highlight=, pagefind asks for pagefind-entry.json?ts=<now>).
    const hit = (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
    if (hit) return hit;
    throw error;
  }
}
