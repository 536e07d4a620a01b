/**
 * `npm run bench:first-start`: what a newcomer waits for after `npm ci && npm start` on a fresh
 * clone — the tracked files copied to a temporary folder (no dist/, no data/), node_modules
 * linked (npm ci itself is not timed), then `npm start` until the page answers. Prints when each
 * progress line appeared; BENCH_RUNS (default 3) runs. Record the figures in docs/benchmarks.md.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 3);

/** A copy of the files git knows (committed or not, ignored ones left out) in a new folder. */
function freshClone(): string {
  const dir = mkdtempSync(join(tmpdir(), "first-start-"));
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      cpSync(join(root, file), join(dir, file));
    } catch {
      // a file deleted from the work tree but still in the index
    }
  }
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  return dir;
}

/** Runs `npm start` in `dir` until GET / answers; returns each output line with its time. */
async function timeStart(dir: string, port: number): Promise<{ line: string; at: number }[]> {
  const started = performance.now();
  const seen: { line: string; at: number }[] = [];
  const child = spawn("npm", ["start"], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), DATABASE_URL: "", DATA_DIR: "./data" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const record = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n"))
      if (/…|listening/.test(line)) seen.push({ line: line.trim(), at: performance.now() - started });
  };
  child.stdout.on("data", record);
  child.stderr.on("data", record);
  try {
    for (;;) {
      const ok = await fetch(`http://localhost:${port}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (performance.now() - started > 180_000) throw new Error("no answer within 180 s");
      await new Promise((r) => setTimeout(r, 100));
    }
    seen.push({ line: "GET / answers", at: performance.now() - started });
    return seen;
  } finally {
    process.kill(-(child.pid as number), "SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

for (let run = 1; run <= runs; run++) {
  const dir = freshClone();
  try {
    const lines = await timeStart(dir, 39_000 + run);
    console.log(`run ${run}:`);
    for (const { line, at } of lines) console.log(`  ${(at / 1000).toFixed(1).padStart(5)} s  ${line}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
