/**
 * `npm run bench:uploads`: wall time of attaching one 19 MB file to a report over real HTTP (the
 * server on loopback), three ways: one multipart POST (the old route), tus in 1 MB pieces (what
 * the web app sends: a POST and 19 PATCHes, every piece a row until the last makes the
 * attachment), and tus in one 19 MB PATCH. PGlite in a temp folder, or PostgreSQL with
 * BENCH_DATABASE_URL (a scratch database is made and dropped). Prints min and median seconds of
 * BENCH_RUNS runs (default 5) after one warm-up. Record the figures in docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import pg from "pg";
import { createApp } from "../src/api/app.ts";
import { connect } from "../src/db/connect.ts";
import { migrate } from "../src/db/migrate.ts";
import { createProgramFixture } from "../tests/setup/program-fixture.ts";
import { createWorld, PASSWORD } from "../tests/setup/world.ts";

const runs = Number(process.env.BENCH_RUNS ?? 5);
// 19 MB: a multipart body of a 20 MB file is over the 20 MB body limit by its framing
const SIZE = 19 * 1024 * 1024;
const PIECE = 1024 * 1024;
const file = new Uint8Array(SIZE).map((_, i) => (i * 31) % 256);

const pgUrl = process.env.BENCH_DATABASE_URL;
const scratch = mkdtempSync(join(tmpdir(), "bench-uploads-"));
const dbName = `bench_uploads_${process.pid}`;
if (pgUrl) await adminQuery(`create database ${dbName}`);
const connection = pgUrl
  ? await connect({ url: withDatabase(pgUrl, dbName) })
  : await connect({ dataDir: join(scratch, "pg") });
await migrate(connection);
const world = await createWorld(connection.db);
const fixture = await createProgramFixture(connection.db, world);
const app = createApp({
  db: connection.db,
  files: connection.files,
  today: () => new Date("2026-09-30"),
  dataDir: scratch,
});
const [server, port] = await new Promise<[ReturnType<typeof serve>, number]>((resolve) => {
  const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
    resolve([s, info.port]),
  );
});
const base = `http://127.0.0.1:${port}`;
const planner = await logIn("planner-tk");
const executor = await logIn("executor-tk");
await send(planner, "POST", `/api/v1/programs/${fixture.programId}/periods/2026-Q3/open`);
const report = (await (
  await send(executor, "PUT", `/api/v1/measures/${fixture.measureIds.m5}/reports/2026-Q3`, {
    body: JSON.stringify({ status: "in_progress", percent: 10 }),
    headers: { "content-type": "application/json" },
  })
).json()) as { id: number };

const ways: [string, () => Promise<void>][] = [
  ["multipart POST /reports/{id}/attachments", multipart],
  ["tus, 1 MB pieces (web app)", () => tus(PIECE)],
  ["tus, one 19 MB PATCH", () => tus(SIZE)],
];
console.log(
  `19 MB attachment, ${connection.engine}, ${runs} runs after a warm-up: min / median s (MB/s at median)`,
);
for (const [name, way] of ways) {
  await way();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await way();
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  console.log(
    `${name.padEnd(42)} ${times[0]?.toFixed(2)} / ${median.toFixed(2)} (${(19 / median).toFixed(1)})`,
  );
}
server.close();
await connection.close();
rmSync(scratch, { recursive: true, force: true });
if (pgUrl) await adminQuery(`drop database if exists ${dbName}`);

async function multipart() {
  const form = new FormData();
  form.append("file", new File([file], "photo.jpg", { type: "image/jpeg" }));
  const res = await send(executor, "POST", `/api/v1/reports/${report.id}/attachments`, { body: form });
  if (res.status !== 201) throw new Error(`multipart: ${res.status} ${await res.text()}`);
}

async function tus(piece: number) {
  const tusHeaders = { "tus-resumable": "1.0.0" };
  const started = await send(executor, "POST", `/api/v1/reports/${report.id}/uploads`, {
    headers: {
      ...tusHeaders,
      "upload-length": String(SIZE),
      "upload-metadata": `filename ${btoa("photo.jpg")}`,
    },
  });
  if (started.status !== 201) throw new Error(`tus start: ${started.status} ${await started.text()}`);
  const url = started.headers.get("location") as string;
  for (let at = 0; at < SIZE; at += piece) {
    const res = await send(executor, "PATCH", url, {
      body: file.subarray(at, Math.min(at + piece, SIZE)),
      headers: {
        ...tusHeaders,
        "upload-offset": String(at),
        "content-type": "application/offset+octet-stream",
      },
    });
    if (res.status !== 204) throw new Error(`tus PATCH at ${at}: ${res.status} ${await res.text()}`);
  }
}

type Session = { cookie: string; csrf: string };

async function logIn(login: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login, password: PASSWORD }),
  });
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] as string, csrf: csrfToken };
}

function send(
  s: Session,
  method: string,
  path: string,
  init: { body?: BodyInit; headers?: Record<string, string> } = {},
) {
  return fetch(`${base}${path}`, {
    method,
    body: init.body,
    headers: { cookie: s.cookie, "x-csrf-token": s.csrf, ...init.headers },
  });
}

function withDatabase(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
