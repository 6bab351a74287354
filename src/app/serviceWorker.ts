/**
 * Registers public/sw.js so that Envoy works offline after the first visit. Production builds only: in development
 * a cached copy would hide every edit. The worker's scope is the folder the page is served from (any sub-path).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((err: unknown) => {
      // Offline use is a bonus: a browser that refuses (private mode, file://) still runs Envoy online.
      console.warn('Envoy could not register its service worker; it will not work offline.', err);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
