/**
 * Faults: `kill -9` of an app process in the middle of a plan import and of report submits, and
 * of the `backup` command in the middle of its run. Nothing may be stored halfway (a program
 * without all its measures, a report change without its audit row, an archive cut short under
 * the backup's name), and the processes not killed keep answering throughout.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../src/db/connect.ts";
import { migrate } from "../../src/db/migrate.ts";
import { isAppError } from "../../src/domain/errors.ts";
import { rowsOf } from "../../src/operations/exchange/backup-catalog.ts";
import { restore } from "../../src/operations/exchange/restore.ts";
import { cli, scratchDatabase, startCli } from "../multi-process/processes.ts";
import { type Cluster, clusterReady, serverUrl, startCluster, warnIfSkipped } from "./cluster.ts";
import { type ExecutorClient, newTally, signIn } from "./executor-client.ts";
import { halfWrittenReports, inTransaction, settled, type Watch, watch } from "./faults.ts";
import { printFigures } from "./figures.ts";
import type { Executor } from "./load-world.ts";
import { LOAD_PERIOD, loadPlan } from "./load-world.ts";

warnIfSkipped("kill -9 faults");

const SIZE = { executors: 10, bodies: 5, measures: 200 };
const figures: Record<string, unknown> = {};

describe.skipIf(!clusterReady)("kill -9 of a process in the middle of its work", () => {
  let cluster: Cluster;
  let reader: ExecutorClient;

  beforeAll(async () => {
    cluster = await startCluster("kgkill", SIZE, 4);
    reader = await signIn(cluster.apps[3]?.url as string, cluster.world.executors[0] as Executor, newTally());
  });
  afterAll(async () => {
    printFigures("kill -9", figures);
    await cluster?.stop();
  });

  /** Watches the processes other than `killed` while `work` runs; they must all answer 200. */
  async function othersServe(killed: number, work: () => Promise<void>): Promise<Watch> {
    const alive = cluster.apps.filter(
      (a, i) => i !== killed && a.child.exitCode === null && a.child.signalCode === null,
    );
    const w = watch(
      alive.map((a) => a.url),
      reader,
    );
    try {
      await work();
    } finally {
      await w.stop();
    }
    return w;
  }

  it("during a plan import: the program is there whole or not at all", async () => {
    const app = cluster.apps[0] as NonNullable<Cluster["apps"][number]>;
    const planner = await signIn(
      app.url,
      { login: "planner-tk", password: "password-123", reports: [] },
      newTally(),
    );
    const title = "Бөлүнбөс импорт 2026";
    const plan = loadPlan({ bodies: SIZE.bodies, measures: 1500 }, title);
    const db = cluster.connection.db;
    let caught = false;
    const w = await othersServe(0, async () => {
      const request = fetch(`${app.url}/api/v1/programs`, {
        method: "POST",
        headers: { cookie: planner.cookie, "x-csrf-token": planner.csrf, "content-type": "application/json" },
        body: JSON.stringify({ territoryId: cluster.world.world.territories.tashKomur.id, plan }),
      }).then(
        (res) => res.status,
        () => 0,
      );
      caught = await inTransaction(db, 'insert into "measure%', 30_000);
      app.child.kill("SIGKILL");
      figures.importAnswer = await request;
      await settled(db);
    });
    const programs = await rowsOf<{ id: number; measures: number }>(
      db,
      sql`select p.id, (select count(*)::int from measures m where m.program_id = p.id) as measures
          from programs p where p.title = ${title}`,
    );
    figures.import = {
      killedInsideTransaction: caught,
      programsStored: programs,
      bystanders: w.statuses,
      slowestMs: Math.round(w.slowestMs),
    };
    expect(caught).toBe(true);
    expect(programs.every((p) => p.measures === 1500)).toBe(true);
    expect(programs.length).toBeLessThanOrEqual(1);
    expect(Object.keys(w.statuses)).toEqual(["200"]);
  });

  it("during report submits: every report change is whole, with its audit row", async () => {
    const app = cluster.apps[1] as NonNullable<Cluster["apps"][number]>;
    const db = cluster.connection.db;
    const executors = cluster.world.executors.slice(0, 5);
    const drafts: { client: ExecutorClient; id: number; version: number }[] = [];
    for (const e of executors) {
      const client = await signIn(app.url, e, newTally());
      for (const r of e.reports.slice(0, 8)) {
        const res = await fetch(`${app.url}/api/v1/measures/${r.measureId}/reports/${LOAD_PERIOD}`, {
          method: "PUT",
          headers: { cookie: client.cookie, "x-csrf-token": client.csrf, "content-type": "application/json" },
          body: JSON.stringify({ status: "in_progress", percent: 40, doneText: "тапшырууга даяр" }),
        });
        const body = (await res.json()) as { id: number; rowVersion: number };
        drafts.push({ client, id: body.id, version: body.rowVersion });
      }
    }
    let caught = false;
    const answers: number[] = [];
    const w = await othersServe(1, async () => {
      const submits = drafts.map((d) =>
        fetch(`${app.url}/api/v1/reports/${d.id}/submit`, {
          method: "POST",
          headers: { cookie: d.client.cookie, "x-csrf-token": d.client.csrf, "if-match": `"${d.version}"` },
        }).then(
          (res) => answers.push(res.status),
          () => answers.push(0),
        ),
      );
      caught = await inTransaction(db, 'update "progress_reports"%', 30_000);
      app.child.kill("SIGKILL");
      await Promise.all(submits);
      await settled(db);
    });
    const half = await halfWrittenReports(db);
    const [submitted] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from progress_reports where workflow = 'submitted'`,
    );
    figures.submit = {
      killedInsideTransaction: caught,
      submitsSent: drafts.length,
      acknowledged: answers.filter((s) => s === 200).length,
      storedSubmitted: submitted?.n,
      halfWritten: half.length,
      bystanders: w.statuses,
      slowestMs: Math.round(w.slowestMs),
    };
    expect(caught).toBe(true);
    expect(half).toEqual([]);
    // Every submit the client was told about is stored (some more may be, their answers cut off).
    expect(submitted?.n ?? 0).toBeGreaterThanOrEqual(answers.filter((s) => s === 200).length);
    expect(Object.keys(w.statuses)).toEqual(["200"]);
  });

  it("during a backup: the good archive stays in place and a cut one is refused by restore", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kgkill-backup-"));
    const file = join(dir, "store.zip");
    cli(cluster.databaseUrl, ["backup", file]);
    const good = readFileSync(file);
    const db = cluster.connection.db;
    let caught = false;
    const w = await othersServe(-1, async () => {
      const run = startCli(cluster.databaseUrl, ["backup", file]);
      const exited = new Promise((resolve) => run.once("exit", resolve));
      caught = await inTransaction(db, "select row_to_json%", 60_000);
      run.kill("SIGKILL");
      await exited;
    });
    const kept = readFileSync(file);
    // What a cut archive looks like: the good one's first half, as a crash while copying leaves it.
    const cut = join(dir, "cut.zip");
    writeFileSync(cut, good.subarray(0, Math.floor(good.length / 2)));
    const empty = await scratchDatabase(serverUrl as string, `kgkillrestore_${process.pid}`);
    const target = await connect({ url: empty.url });
    let refusal = "";
    try {
      await migrate(target);
      await restore(target.db, mkdtempSync(join(tmpdir(), "kgkill-restore-")), cut).catch((e: unknown) => {
        refusal = isAppError(e) ? e.code : `not an AppError: ${String(e)}`;
      });
      const [left] = await rowsOf<{ n: number }>(target.db, sql`select count(*)::int as n from users`);
      figures.backup = {
        killedWhileReading: caught,
        archiveUnchanged: kept.equals(good),
        archiveBytes: statSync(file).size,
        cutArchiveRefusedWith: refusal,
        rowsRestoredFromCut: left?.n,
        bystanders: w.statuses,
      };
      expect(caught).toBe(true);
      expect(kept.equals(good)).toBe(true);
      expect(refusal).toBe("corrupt_file");
      expect(left?.n).toBe(0);
      expect(Object.keys(w.statuses)).toEqual(["200"]);
    } finally {
      await target.close();
      await empty.drop();
    }
  });
});
