// Envoy's service worker: after the first visit, the app and the bundled data are served even with no connection.
// Written by hand (no framework); the build lists the files to keep in precache.json (scripts/buildPlugins.ts).
// Registered only by production builds (src/app/serviceWorker.ts); its scope is the folder it is served from,
// so it works under any sub-path such as /envoy/.
//
// Strategy: on install, keep every listed file in a cache named after the build's version. Hashed build files
// (assets/*) come from that cache first; everything else (the page, the data) from the network first, falling
// back to the cache when offline, so an online visit always sees the newest data.

const SCOPE = self.registration.scope;
const PREFIX = 'envoy-';

async function manifest() {
  const res = await fetch(new URL('precache.json', SCOPE), { cache: 'no-store' });
  if (!res.ok) throw new Error(`precache.json: HTTP ${res.status}`);
  return res.json();
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const { version, files } = await manifest();
      const cache = await caches.open(PREFIX + version);
      await cache.addAll(files.map((f) => new Request(new URL(f, SCOPE), { cache: 'no-store' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const { version } = await manifest().catch(() => ({ version: null }));
      if (version) for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== PREFIX + version) await caches.delete(name);
    })(),
  );
});

/** The cached copy of a request; a page address with a query (?event=…) is the same page. */
async function cached(request) {
  const url = new URL(request.url);
  if (request.mode === 'navigate') return caches.match(new URL('./', SCOPE).href);
  return (await caches.match(request)) ?? caches.match(url.origin + url.pathname);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const immutable = new URL(request.url).pathname.includes('/assets/');
  event.respondWith(
    (async () => {
      if (immutable) {
        const hit = await cached(request);
        if (hit) return hit;
      }
      try {
        return await fetch(request);
      } catch (offline) {
        const hit = await cached(request);
        if (hit) return hit;
        throw offline;
      }
    })(),
  );
});
