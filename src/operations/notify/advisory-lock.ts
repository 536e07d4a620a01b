/**
 * One worker at a time across processes: a PostgreSQL session advisory lock
 * (pg_try_advisory_lock). On PostgreSQL it is held by one pooled session for the whole work; on
 * PGlite the database has one session, where the lock is re-entrant, so a set of held keys also
 * keeps two passes of the same process apart.
 */
import { sql } from "drizzle-orm";
import type { Connection } from "../../db/connect.ts";

/** The lock of the outbox sender. */
export const SENDER_LOCK = 4_711_011_001;
/** The lock of the daily reminders pass. */
export const REMINDERS_LOCK = 4_711_011_002;

const heldInProcess = new WeakMap<object, Set<number>>();

/** Runs `work` holding lock `key`; null without running it when another holder has the lock. */
export async function withAdvisoryLock<T>(
  connection: Connection,
  key: number,
  work: () => Promise<T>,
): Promise<T | null> {
  const held = heldInProcess.get(connection.db) ?? new Set<number>();
  heldInProcess.set(connection.db, held);
  if (held.has(key)) return null;
  held.add(key);
  try {
    return connection.pool
      ? await onPostgres(connection.pool, key, work)
      : await onPglite(connection, key, work);
  } finally {
    held.delete(key);
  }
}

async function onPostgres<T>(pool: NonNullable<Connection["pool"]>, key: number, work: () => Promise<T>) {
  const session = await pool.connect();
  try {
    const got = await session.query<{ ok: boolean }>("select pg_try_advisory_lock($1) as ok", [key]);
    if (!got.rows[0]?.ok) return null;
    try {
      return await work();
    } finally {
      await session.query("select pg_advisory_unlock($1)", [key]);
    }
  } finally {
    session.release();
  }
}

async function onPglite<T>(connection: Connection, key: number, work: () => Promise<T>) {
  const got = await connection.db.execute(sql`select pg_try_advisory_lock(${key}) as ok`);
  if (!(got as unknown as { rows: { ok: boolean }[] }).rows[0]?.ok) return null;
  try {
    return await work();
  } finally {
    await connection.db.execute(sql`select pg_advisory_unlock(${key})`);
  }
}
