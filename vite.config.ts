import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

/** The web app: sources in src/web, built into dist/web, served by the API server at `/`. */
export default defineConfig({
  root: "src/web",
  base: "/",
  plugins: [
    react(),
    VitePWA({
      // registered by main.tsx in production builds only (never by the dev server)
      injectRegister: false,
      registerType: "autoUpdate",
      includeAssets: ["icon.svg", "apple-touch-icon.png"],
      manifest: {
        name: "СЭӨП мониторинги",
        short_name: "СЭӨП",
        description:
          "Жергиликтүү өз алдынча башкаруунун социалдык-экономикалык өнүгүү программаларынын мониторинги",
        lang: "ky",
        start_url: "/my-reports",
        scope: "/",
        display: "standalone",
        theme_color: "#1971c2",
        background_color: "#ffffff",
        icons: [
          { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        // The shell is index.html and the icons; the hashed chunks are cached as they are first
        // loaded (below), so installing costs a few small files, not the whole app, on a weak
        // connection — and every screen opened once online opens offline too.
        globPatterns: ["index.html", "*.{svg,png}"],
        navigateFallback: "/index.html",
        // the API and the server-rendered public portal are never the app shell
        navigateFallbackDenylist: [/^\/api\//, /^\/api$/, /^\/public(\/|$)/, /^\/unsubscribe/],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // hashed file names never change their content: the cached copy is always right
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/assets/"),
            handler: "CacheFirst",
            options: {
              cacheName: "app-assets",
              expiration: { maxEntries: 300, maxAgeSeconds: 90 * 24 * 3600 },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // The API answers an executor reads offline (decision 013): who they are and their own
            // measures as "my reports" loads them — programs, a program's measures, periods and
            // reports, one measure, one report, its parts. GETs only, same origin. Other users' data
            // never stays: the web app deletes this cache on signing out and when another user signs
            // in (src/web/features/my-reports/offline-data.ts). The function is copied into the
            // service worker as text, so the pattern lives inside it.
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin &&
              request.method === "GET" &&
              /^\/api\/v1\/(auth\/me|users\/\d+|programs|programs\/\d+\/(measures|periods|reports)|measures\/\d+|measures\/\d+\/reports\/\d{4}-Q[1-4]\/parts|reports\/\d+)$/.test(
                url.pathname,
              ),
            handler: "NetworkFirst",
            options: {
              cacheName: "my-reports-api",
              expiration: { maxEntries: 400, maxAgeSeconds: 14 * 24 * 3600 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    // Screens are split by route with React.lazy; ECharts sits in its own chunk, loaded by chart pages only.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: { "/api": { target: process.env.API_URL ?? "http://localhost:3000", changeOrigin: false } },
  },
});
