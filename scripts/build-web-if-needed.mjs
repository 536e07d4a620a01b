// The web app alone, built when stale (the end-to-end tests call this); see build-if-needed.mjs.
import { fileURLToPath } from "node:url";
import { buildWebIfNeeded } from "./build-if-needed.mjs";

export { buildWebIfNeeded, webBuildIsStale } from "./build-if-needed.mjs";

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildWebIfNeeded();
}
