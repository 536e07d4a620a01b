/**
 * Per-table row counts and checksums, and a way to take them at the very moment a backup reads:
 * a repeatable-read transaction exports its snapshot, the checksums are read in it, and the
 * backup's own transaction is made to start from the same snapshot (SET TRANSACTION SNAPSHOT).
 */
import { sql } from "drizzle-orm";
import pg from "pg";
import type { Db } from "../../src/db/connect.ts";
import { listTables, quote, rowsOf } from "../../src/operations/exchange/backup-catalog.ts";

/** Rows and the md5 of the rows' JSON text in primary-key order, per table. */
export type TableSums = Record<string, { rows: number; md5: string }>;

/** Reads every public table's count and checksum with whatever runs the query. */
async function sums(
  query: (text: string) => Promise<{ rows: number; md5: string }>,
  db: Db,
): Promise<TableSums> {
  const result: TableSums = {};
  for (const table of await listTables(db)) {
    const order = table.primaryKey.length > 0 ? table.primaryKey.map((c) => `t.${quote(c)}`).join(", ") : "1";
    result[table.name] = await query(
      `select count(*)::int as rows, md5(coalesce(string_agg(row_to_json(t)::text, E'\\n' order by ${order}), '')) as md5 from ${quote(table.name)} t`,
    );
  }
  return result;
}

/** The checksums of a database as it is now (a restored copy, at rest). */
export async function tableSums(db: Db): Promise<TableSums> {
  return sums(
    async (text) => (await rowsOf<{ rows: number; md5: string }>(db, sql.raw(text)))[0] as never,
    db,
  );
}

/**
 * Opens a repeatable-read transaction on `url`, reads the checksums in it, and runs `work` with
 * a Db whose transactions start from that same snapshot; the snapshot is held until work ends.
 */
export async function atOneSnapshot<T>(
  url: string,
  db: Db,
  work: (sameSnapshot: Db) => Promise<T>,
): Promise<{ sums: TableSums; result: T }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin isolation level repeatable read read only");
    const [{ id }] = (await client.query("select pg_export_snapshot() as id")).rows as [{ id: string }];
    const snapshotSums = await sums(async (text) => (await client.query(text)).rows[0], db);
    const result = await work(startingFrom(db, id));
    await client.query("commit");
    return { sums: snapshotSums, result };
  } finally {
    await client.end();
  }
}

/** `db` whose `transaction` first adopts the exported snapshot `id`. */
function startingFrom(db: Db, id: string): Db {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== "transaction") return Reflect.get(target, property, receiver);
      return (work: (tx: Db) => Promise<unknown>, config?: unknown) =>
        target.transaction(async (tx) => {
          await tx.execute(sql.raw(`set transaction snapshot '${id}'`));
          return work(tx as unknown as Db);
        }, config as never);
    },
  });
}
