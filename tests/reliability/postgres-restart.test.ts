/**
 * Faults: PostgreSQL restarted while executors write. While it is down every request must fail
 * cleanly — 503 database_unavailable, never a 500, never an answer later than 10 s — and once it
 * is back the same app processes serve again without being restarted. The server restarted is
 * one of the check's own (own-postgres.ts), never the machine's.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NGINX } from "../multi-process/processes.ts";
import { lostWrites } from "./acknowledged.ts";
import { type Cluster, startCluster } from "./cluster.ts";
import { drive, latencyFigures, newTally, signInAll } from "./executor-client.ts";
import { printFigures } from "./figures.ts";
import { ownPostgresReady, startOwnPostgres } from "./own-postgres.ts";

const ready = ownPostgresReady && existsSync(NGINX);
if (!ready)
  console.warn(
    `\n*** reliability: PostgreSQL restart SKIPPED: needs /usr/lib/postgresql/15/bin (initdb, pg_ctl) (${ownPostgresReady ? "found" : "missing"}) and nginx at ${NGINX} ***\n`,
  );

const SIZE = { executors: 30, bodies: 5, measures: 300 };
const DOWN_MS = 4_000;

/** Every 100 ms, one GET to each process: when each answered what. */
function probe(bases: string[], cookie: string) {
  const seen: { at: number; status: number; ms: number }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      await Promise.all(
        bases.map(async (base) => {
          const started = performance.now();
          const status = await fetch(`${base}/api/v1/programs`, {
            headers: { cookie },
            signal: AbortSignal.timeout(30_000),
          }).then(
            async (res) => {
              await res.arrayBuffer();
              return res.status;
            },
            () => 0,
          );
          seen.push({ at: started, status, ms: performance.now() - started });
        }),
      );
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    seen,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

describe.skipIf(!ready)("PostgreSQL restarted under load", () => {
  let own: Awaited<ReturnType<typeof startOwnPostgres>>;
  let cluster: Cluster;

  beforeAll(async () => {
    own = await startOwnPostgres();
    cluster = await startCluster("kgrestart", SIZE, 3, own.url);
  });
  afterAll(async () => {
    await cluster?.stop();
    own?.remove();
  });

  it("answers 503 while it is down, never 500 or a hang, and serves again once it is back", async () => {
    const bases = cluster.apps.map((a) => a.url);
    const tally = newTally();
    const clients = await signInAll(bases[0] as string, cluster.world.executors, tally);
    const watcher = probe(bases, clients[0]?.cookie as string);
    const load = drive(bases, clients, 25_000, tally, 300);
    await new Promise((r) => setTimeout(r, 8_000));
    const downAt = performance.now();
    own.stopFast();
    await new Promise((r) => setTimeout(r, DOWN_MS));
    own.start();
    const upAt = performance.now();
    await load;
    await watcher.stop();
    const afterUp = watcher.seen.filter((s) => s.at >= upAt);
    // Recovered: from the first moment after which every probe of every process answered 200.
    const lastFailure = Math.max(upAt, ...afterUp.filter((s) => s.status !== 200).map((s) => s.at + s.ms));
    const all = [...tally.latencies.save, ...tally.latencies.submit, ...tally.latencies.read];
    const slowest = Math.max(...all, ...watcher.seen.map((s) => s.ms));
    const lost = await lostWrites(cluster.connection.db, tally.acks);
    const probeStatuses: Record<number, number> = {};
    for (const s of watcher.seen) probeStatuses[s.status] = (probeStatuses[s.status] ?? 0) + 1;
    printFigures("PostgreSQL restart under load", {
      executors: clients.length,
      downSeconds: Math.round((upAt - downAt) / 100) / 10,
      executorStatuses: tally.statuses,
      probeStatuses,
      slowestAnswerMs: Math.round(slowest),
      recoveredSecondsAfterRestart: Math.round((lastFailure - upAt) / 100) / 10,
      lostWrites: lost.length,
      requests: latencyFigures(all),
    });
    const exits = cluster.apps.map((a) => a.child.exitCode ?? a.child.signalCode);
    if (exits.some((e) => e !== null))
      console.error(exits, cluster.apps.map((a) => a.output().slice(-3000)).join("\n---\n"));
    const statuses = { ...tally.statuses, ...probeStatuses };
    expect(Object.keys(statuses).filter((s) => !["200", "201", "503"].includes(s))).toEqual([]);
    expect(statuses[503]).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(10_000);
    expect(lost).toEqual([]);
    // The last probes, well after the restart, all answered: the same processes serve again.
    const lastRound = watcher.seen.slice(-bases.length);
    expect(lastRound.map((s) => s.status)).toEqual(bases.map(() => 200));
    expect(lastFailure - upAt).toBeLessThan(10_000);
    expect(cluster.apps.every((a) => a.child.exitCode === null && a.child.signalCode === null)).toBe(true);
  });
});
