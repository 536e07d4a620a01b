// `npm start` (main.js) and `npm run cli` (cli/main.js): builds what is stale, then runs the
// compiled entry in this same process with the remaining arguments — one Node start, no tsx.
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildNodeIfNeeded, buildWebIfNeeded } from "./build-if-needed.mjs";

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error("usage: node scripts/run-built.mjs ENTRY.js [ARGS…]");
buildNodeIfNeeded();
// The server serves the web app; the CLI's `serve` runs without it when it was never built.
if (entry === "main.js") await buildWebIfNeeded();
const file = join(fileURLToPath(new URL("../dist/", import.meta.url)), entry);
process.argv = [process.argv[0] ?? "node", file, ...args];
await import(pathToFileURL(file).href);
