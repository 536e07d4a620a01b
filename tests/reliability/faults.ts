/**
 * Tools of the fault checks: watch the processes that are not killed keep answering, wait for a
 * moment inside a transaction (seen in pg_stat_activity), and check that every report's changes
 * came with their audit rows — the sign that no write was stored halfway.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/connect.ts";
import { rowsOf } from "../../src/operations/exchange/backup-catalog.ts";
import type { ExecutorClient } from "./executor-client.ts";

/** Requests the bystanders answered, by status, and the slowest one. */
export interface Watch {
  statuses: Record<number, number>;
  slowestMs: number;
  stop: () => Promise<void>;
}

/** Reads `/api/v1/programs` through each of `bases` in turn, every 50 ms, until stopped. */
export function watch(bases: string[], client: ExecutorClient): Watch {
  let running = true;
  const result: Watch = { statuses: {}, slowestMs: 0, stop: async () => {} };
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const started = performance.now();
      const status = await fetch(`${bases[i % bases.length]}/api/v1/programs`, {
        headers: { cookie: client.cookie },
        signal: AbortSignal.timeout(10_000),
      }).then(
        async (res) => {
          await res.arrayBuffer();
          return res.status;
        },
        () => 0,
      );
      result.statuses[status] = (result.statuses[status] ?? 0) + 1;
      result.slowestMs = Math.max(result.slowestMs, performance.now() - started);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  result.stop = async () => {
    running = false;
    await loop;
  };
  return result;
}

/**
 * Waits until a backend of the current database runs, or sits inside a transaction after, a
 * statement matching `pattern` (SQL LIKE); false when none showed within `ms`.
 */
export async function inTransaction(db: Db, pattern: string, ms: number): Promise<boolean> {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const [row] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database()
            and pid <> pg_backend_pid() and xact_start is not null and query like ${pattern}`,
    );
    if ((row?.n ?? 0) > 0) return true;
    await new Promise((r) => setTimeout(r, 5));
  }
  return false;
}

/** Waits until no other backend of the database is inside a transaction (the killed one rolled back). */
export async function settled(db: Db, ms = 10_000): Promise<void> {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const [row] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database()
            and pid <> pg_backend_pid() and state like 'idle in transaction%'`,
    );
    if ((row?.n ?? 0) === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Reports whose row version does not match their audit rows: a report is created at version 1
 * with one audit row, and each later save or submit adds one to both, in one transaction.
 */
export async function halfWrittenReports(db: Db): Promise<string[]> {
  const rows = await rowsOf<{ id: number; row_version: number; audited: number }>(
    db,
    sql`select r.id, r.row_version, (select count(*)::int from audit_log a
          where a.entity = 'progress_report' and a.entity_id = r.id::text) as audited
        from progress_reports r`,
  );
  return rows.filter((r) => r.row_version !== r.audited).map((r) => JSON.stringify(r));
}
