// Builds what `npm start` and `npm run cli` run, when it is missing or older than its sources:
//   node: the server and the CLI, src/**/*.ts → dist/**/*.js (tsc, tsconfig.build.json), beside
//         dist/web so that paths relative to a module (../../../demo, ./migrations) still hold;
//   web:  the web app, src/web → dist/web (vite build).
// The check is a walk of file modification times (a few ms); an up-to-date build is left alone.
// `node scripts/build-if-needed.mjs` builds what is stale; `--force` (npm run build) builds both
// and type-checks the server code, failing on a type error.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const at = (path) => join(root, path);

/** The newest modification time of a file or of the files under a folder (tests and `skip` aside). */
function newest(path, skip) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (skip.includes(relative(root, child)) || /\.test\.tsx?$/.test(entry.name)) continue;
    latest = Math.max(latest, newest(child, skip));
  }
  return latest;
}

/** True when `stamp` is missing or older than one of `sources`. */
function isStale(stamp, sources, skip = []) {
  if (!existsSync(at(stamp))) return true;
  const paths = sources.map(at).filter((p) => existsSync(p));
  return Math.max(...paths.map((p) => newest(p, skip))) > statSync(at(stamp)).mtimeMs;
}

const NODE_STAMP = "dist/.node-build";

/** True when dist/**.js is missing or older than src (but src/web) or the TypeScript settings. */
export function nodeBuildIsStale() {
  return isStale(NODE_STAMP, ["src", "tsconfig.json", "tsconfig.build.json"], ["src/web"]);
}

/** True when dist/web is missing or older than src/web, src/domain or the build config. */
export function webBuildIsStale() {
  return isStale("dist/web/index.html", ["src/web", "src/domain", "vite.config.ts", "package-lock.json"]);
}

/**
 * Compiles the server and the CLI with tsc; `check` also type-checks (slower) and fails on an
 * error. Messages go to stderr, so a command's stdout stays its own.
 */
export function buildNode({ check = false } = {}) {
  console.error(`building the server and CLI (tsc${check ? "" : " --noCheck"} → dist)…`);
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const args = [tsc, "-p", at("tsconfig.build.json"), ...(check ? [] : ["--noCheck"])];
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", 2, 2] });
  if (run.status !== 0) throw new Error(`tsc failed (exit ${run.status ?? run.signal})`);
  cpSync(at("src/db/migrations"), at("dist/db/migrations"), { recursive: true });
  writeFileSync(at(NODE_STAMP), `${new Date().toISOString()}\n`);
}

/** Builds the web app (vite build → dist/web). */
export async function buildWeb() {
  console.error("building the web app (vite build → dist/web)…");
  const { build } = await import("vite");
  await build({ root: at("src/web"), configFile: at("vite.config.ts"), logLevel: "warn" });
}

/** Builds the web app when stale; resolves once dist/web is current. */
export async function buildWebIfNeeded() {
  if (!webBuildIsStale()) return false;
  await buildWeb();
  return true;
}

/** Builds the server and CLI when stale; returns whether it built. */
export function buildNodeIfNeeded() {
  if (!nodeBuildIsStale()) return false;
  buildNode();
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes("--force")) {
    buildNode({ check: true });
    await buildWeb();
  } else {
    buildNodeIfNeeded();
    await buildWebIfNeeded();
  }
}
