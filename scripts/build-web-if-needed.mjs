// `npm start` runs this first: builds the web app (vite build → dist/web) when it is missing or
// older than its sources, so a fresh clone opens the app; an up-to-date build is left alone.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const built = join(root, "dist/web/index.html");

/** The newest modification time of a file or of the files under a folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** True when dist/web is missing or older than src/web, src/domain or the build config. */
export function webBuildIsStale() {
  if (!existsSync(built)) return true;
  const sources = ["src/web", "src/domain", "vite.config.ts", "package-lock.json"]
    .map((p) => join(root, p))
    .filter((p) => existsSync(p));
  return Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
}

/** Builds the web app when stale; resolves once dist/web is current. */
export async function buildWebIfNeeded() {
  if (!webBuildIsStale()) return false;
  console.log("building the web app (vite build → dist/web)…");
  const { build } = await import("vite");
  await build({ root: join(root, "src/web"), configFile: join(root, "vite.config.ts"), logLevel: "warn" });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildWebIfNeeded();
}
