/**
 * Load: 200 executors, each with its own session, save drafts and submit them through nginx in
 * front of three app processes for 60 s. No answer may be a 5xx (or missing), and every write
 * acknowledged with 200/201 must be in the database afterwards.
 * Data: a backup taken while they keep writing restores into an empty database with the same
 * rows, table by table, as a snapshot taken at the very moment the backup read.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../src/db/connect.ts";
import { migrate } from "../../src/db/migrate.ts";
import { backup } from "../../src/operations/exchange/backup.ts";
import { restore } from "../../src/operations/exchange/restore.ts";
import { scratchDatabase } from "../multi-process/processes.ts";
import { lostWrites } from "./acknowledged.ts";
import { type Cluster, clusterReady, serverUrl, startCluster, warnIfSkipped } from "./cluster.ts";
import {
  drive,
  type ExecutorClient,
  latencyFigures,
  newTally,
  serverErrors,
  signInAll,
} from "./executor-client.ts";
import { printFigures } from "./figures.ts";
import { atOneSnapshot, tableSums } from "./snapshot.ts";

warnIfSkipped("load (200 executors, 60 s) and backup under load");

const SECONDS = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 60);
// 40 bodies × 5 executors; 2000 measures with a lead and a co-executor each: 4000 reports, 20 per
// executor, 4 writes each — more than an executor's pace gets through in both checks together.
const SIZE = { executors: 200, bodies: 40, measures: 2000 };

describe.skipIf(!clusterReady)("load: 200 executors against 3 processes behind nginx", () => {
  let cluster: Cluster;
  let clients: ExecutorClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster("kgload", SIZE);
  });
  afterAll(async () => cluster?.stop());

  it(`saves drafts and submits for ${SECONDS} s: no 5xx, no acknowledged write lost`, async () => {
    const tally = newTally();
    clients = await signInAll(cluster.proxy.url, cluster.world.executors, tally);
    const ms = await drive([cluster.proxy.url], clients, SECONDS * 1000, tally);
    const lost = await lostWrites(cluster.connection.db, tally.acks);
    const writes = tally.latencies.save.length + tally.latencies.submit.length;
    printFigures("load", {
      executors: clients.length,
      processes: cluster.apps.length,
      seconds: Math.round(ms / 100) / 10,
      statuses: tally.statuses,
      serverErrors: serverErrors(tally),
      acknowledgedWrites: tally.acks.length,
      lostWrites: lost.length,
      writesPerSecond: Math.round(writes / (ms / 1000)),
      save: latencyFigures(tally.latencies.save),
      submit: latencyFigures(tally.latencies.submit),
      read: latencyFigures(tally.latencies.read),
      all: latencyFigures([...tally.latencies.save, ...tally.latencies.submit, ...tally.latencies.read]),
    });
    if (tally.failures.length > 0) console.error(cluster.errorOutput().join("\n---\n"));
    expect(tally.failures).toEqual([]);
    expect(serverErrors(tally)).toBe(0);
    expect(lost).toEqual([]);
    // Each executor owns its reports: nothing else may have refused a write.
    expect(Object.keys(tally.statuses).sort()).toEqual(expect.arrayContaining(["200", "201"]));
    expect(Object.keys(tally.statuses).filter((s) => !["200", "201"].includes(s))).toEqual([]);
    // Nobody starved: every executor got at least its first draft saved.
    expect(clients.filter((c) => c.next === 0 && c.step === 0).map((c) => c.executor.login)).toEqual([]);
  });

  it("data: a backup taken under load restores with every table's rows and checksum as at its moment", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kgload-backup-"));
    const file = join(dataDir, "under-load.zip");
    const tally = newTally();
    if (clients.length === 0) clients = await signInAll(cluster.proxy.url, cluster.world.executors, tally);
    const load = drive([cluster.proxy.url], clients, 20_000, tally);
    await new Promise((r) => setTimeout(r, 5_000));
    const acksBefore = tally.acks.length;
    const started = performance.now();
    const taken = await atOneSnapshot(cluster.databaseUrl, cluster.connection.db, (db) =>
      backup(db, dataDir, file),
    );
    const backupMs = performance.now() - started;
    const acksDuring = tally.acks.length - acksBefore;
    await load;
    const empty = await scratchDatabase(serverUrl as string, `kgrestore_${process.pid}`);
    const restored = await connect({ url: empty.url });
    try {
      await migrate(restored);
      const restoreStarted = performance.now();
      await restore(restored.db, mkdtempSync(join(tmpdir(), "kgrestore-")), file);
      const restoreMs = performance.now() - restoreStarted;
      const after = await tableSums(restored.db);
      const total = Object.values(taken.sums).reduce((n, t) => n + t.rows, 0);
      printFigures("backup under load", {
        tables: Object.keys(taken.sums).length,
        rows: total,
        writesAcknowledgedWhileBackingUp: acksDuring,
        backupSeconds: Math.round(backupMs / 100) / 10,
        restoreSeconds: Math.round(restoreMs / 100) / 10,
        tablesDiffering: Object.keys(after).filter(
          (t) => JSON.stringify(after[t]) !== JSON.stringify(taken.sums[t]),
        ),
        serverErrors: serverErrors(tally),
      });
      expect(after).toEqual(taken.sums);
      expect(taken.result.counts).toEqual(
        Object.fromEntries(Object.entries(taken.sums).map(([t, s]) => [t, s.rows])),
      );
      // The backup did run under load: executors kept getting writes acknowledged meanwhile.
      expect(acksDuring).toBeGreaterThan(0);
      expect(serverErrors(tally)).toBe(0);
    } finally {
      await restored.close();
      await empty.drop();
    }
  });
});
