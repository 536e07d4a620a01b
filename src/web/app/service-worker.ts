/**
 * Registers the service worker vite-plugin-pwa builds (sw.js: the app shell precached, the
 * executor's API answers cached NetworkFirst; decision 013) — in built apps only (`vite build`, mode
 * "production", also when the end-to-end tests build it under NODE_ENV=test), so the
 * dev server never serves a stale shell. A new version takes over on the next load (autoUpdate).
 */
import { Workbox } from "workbox-window";

/** Starts the service worker when the browser has them and this is a built app. */
export function registerServiceWorker(): void {
  if (import.meta.env.MODE !== "production" || !("serviceWorker" in navigator)) return;
  const worker = new Workbox("/sw.js", { scope: "/" });
  worker.addEventListener("controlling", cacheLoadedChunks);
  void worker.register().catch(() => undefined); // the app works without it
}

/**
 * The chunks this page loaded before the worker took it over were not cached by it: asked again
 * (the browser's HTTP cache answers), they are, so the screens seen so far also open offline.
 */
function cacheLoadedChunks(): void {
  for (const entry of performance.getEntriesByType("resource")) {
    const url = new URL(entry.name);
    if (url.origin === location.origin && url.pathname.startsWith("/assets/"))
      void fetch(url.pathname).catch(() => undefined);
  }
}
