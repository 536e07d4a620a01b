/**
 * `npm run bench:api`: latency and throughput of the main read endpoints on a generated dataset,
 * each next to the p95 of the same SQL replayed on the bare driver. See docs/benchmarks.md.
 * Env: BENCH_SCALE=oblast|national, BENCH_ENGINE=pglite|postgres, BENCH_DATABASE_URL,
 * BENCH_DURATION (s per endpoint), BENCH_CONNECTIONS, BENCH_ONLY (endpoints whose name contains it,
 * e.g. "rollup"), BENCH_KEEP=1 (PostgreSQL: keep the filled database for the next run).
 */
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { serve } from "@hono/node-server";
import { createApp } from "../../src/api/app.ts";
import { SCALES, type Scale } from "./dataset.ts";
import { drive } from "./drive.ts";
import { benchEndpoints, chosen } from "./endpoints.ts";
import { createRecorder, percentile, rawRunner, replay, type Statement } from "./replay.ts";
import { ADMIN, createBenchDatabase } from "./setup.ts";

const scale = (process.env.BENCH_SCALE ?? "oblast") as Scale;
if (!(scale in SCALES)) throw new Error(`BENCH_SCALE must be oblast or national, not ${scale}`);
const engine = process.env.BENCH_ENGINE ?? (scale === "national" ? "postgres" : "pglite");
if (engine !== "pglite" && engine !== "postgres") throw new Error("BENCH_ENGINE must be pglite or postgres");
if (scale === "national" && engine !== "postgres")
  throw new Error("the national scale needs BENCH_ENGINE=postgres");
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/bench";
const seconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
// "Today" inside 2026-Q3, the dataset's open period.
const TODAY = new Date("2026-08-15T00:00:00Z");
const ROUNDS = 2;

const recorder = createRecorder();
const bench = await createBenchDatabase({
  engine,
  url,
  scale,
  logger: recorder,
  keep: process.env.BENCH_KEEP === "1",
});
const app = createApp({
  db: bench.connection.db,
  files: bench.connection.files,
  today: () => TODAY,
  dataDir: bench.dataDir,
});
// Requests still being served when the load generator stops must not run into the next phase.
let inFlight = 0;
const counted = async (request: Request) => {
  inFlight++;
  try {
    return await app.fetch(request);
  } finally {
    inFlight--;
  }
};
// Requests autocannon sent just before it stopped may still sit in socket buffers: wait for a
// quarter second with nothing in flight.
const settled = async () => {
  for (let quiet = 0; quiet < 50; quiet = inFlight > 0 ? 0 : quiet + 1)
    await new Promise((resolve) => setTimeout(resolve, 5));
};
const [server, port] = await new Promise<[ReturnType<typeof serve>, number]>((resolve) => {
  const s = serve({ fetch: counted, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
    resolve([s, info.port]),
  );
});
const base = `http://127.0.0.1:${port}`;
const cookie = await logIn();
const raw = rawRunner(bench.connection);
const rows: string[][] = [];
console.log(
  `scale ${scale}, engine ${engine}, ${connections} connections, ${seconds} s per endpoint, node ${process.version}`,
);
try {
  for (const endpoint of chosen(await benchEndpoints(bench.connection.db), process.env.BENCH_ONLY)) {
    // Each distinct request once, alone, with its statements recorded (this also warms the caches).
    const sequences: Statement[][] = [];
    for (const path of endpoint.paths) sequences.push(await recorder.record(() => get(path)));
    const api = { latencies: [] as number[], seconds: 0 };
    const rawLatencies: number[] = [];
    // API and raw runs alternate, so a change in the machine's load over time hits both alike.
    for (let round = 0; round < ROUNDS; round++) {
      const run = await drive({
        url: base,
        paths: endpoint.paths,
        cookie,
        connections,
        seconds: seconds / ROUNDS,
      });
      if (run.non2xx > 0 || run.errors > 0)
        throw new Error(`${endpoint.name}: ${run.non2xx} non-2xx, ${run.errors} errors`);
      await settled();
      api.latencies.push(...run.latencies);
      api.seconds += run.seconds;
      rawLatencies.push(...(await replay(raw, sequences, connections, seconds / ROUNDS)));
    }
    const p = (q: number) => percentile(api.latencies, q);
    const rawP95 = percentile(rawLatencies, 95);
    const statements = Math.round(sequences.reduce((n, s) => n + s.length, 0) / sequences.length);
    const row = [
      endpoint.name,
      fmt(p(50)),
      fmt(p(95)),
      fmt(p(99)),
      String(Math.round(api.latencies.length / api.seconds)),
      fmt(rawP95),
      fmt(p(95) - rawP95),
      String(statements),
    ];
    rows.push(row);
    console.log(row.join(" | "));
  }
} finally {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  });
  await bench.dispose();
}
printTable(rows);
// Other work on the machine inflates every figure: say how busy it was.
console.log(
  `load average at the end: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(" ")}`,
);

async function logIn(): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  });
  const sid = /sid=[^;]+/.exec(response.headers.get("set-cookie") ?? "");
  if (response.status !== 200 || !sid) throw new Error(`login failed: ${response.status}`);
  return sid[0];
}

async function get(path: string): Promise<void> {
  const response = await fetch(`${base}${path}`, { headers: { cookie } });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 300)}`);
}

function fmt(ms: number): string {
  return ms.toFixed(1);
}

function printTable(table: string[][]): void {
  const head = ["endpoint", "p50 ms", "p95 ms", "p99 ms", "req/s", "raw SQL p95", "API overhead", "stmts"];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(`\n${line(head)}`);
  for (const r of table) console.log(line(r));
}
