/// <reference lib="webworker" />
declare const self: ServiceWorkerGlobalScope;

const CACHE = 'shell-v14';
const OFFLINE_TTL_MS = 24 * 60 * 60 * 1000;

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.pathname.startsWith('/admin')) {
    event.respondWith(new Response('forbidden offline', { status: 403 }));
    return;
  }
  event.respondWith(
    (async () => {
      const cached = await caches.match(event.request);
      if (cached) return cached;
      try {
        const response = await fetch(event.request);
        if (response.status === 200 && response.type === 'basic') {
          const cache = await caches.open(CACHE);
          await cache.put(event.request, response.clone());
        }
        return response;
      } catch {
        return new Response(null, { status: 504, statusText: 'offline' });
      }
    })(),
  );
});

export function stale(response: Response, now = Date.now()): boolean {
  const date = Date.parse(response.headers.get('date') ?? '');
  return Number.isNaN(date) || now - date > OFFLINE_TTL_MS || response.status === 203;
}
