import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The web app: sources in src/web, built into dist/web, served by the API server at `/`. */
export default defineConfig({
  root: "src/web",
  base: "/",
  plugins: [react()],
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
