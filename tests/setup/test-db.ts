/**
 * Databases for tests: PGlite always, and PostgreSQL too when TEST_DATABASE_URL is set (CI sets
 * it). One instance per engine per test worker (vitest runs with isolate: false), migrated once;
 * `freshDatabase` empties every table before a test file uses it. On PostgreSQL each worker gets
 * its own database (kgtest_<pid>) on the server of TEST_DATABASE_URL.
 */
import { sql } from "drizzle-orm";
import pg from "pg";
import { type Connection, connect } from "../../src/db/connect.ts";
import { migrate } from "../../src/db/migrate.ts";

export type Engine = "pglite" | "postgres";

const url = process.env.TEST_DATABASE_URL;
let warned = false;

/** The engines this run tests on; says loudly when PostgreSQL is left out. */
export function testEngines(): Engine[] {
  if (!url && !warned) {
    warned = true;
    console.warn("\n*** TEST_DATABASE_URL is not set: PostgreSQL tests are SKIPPED (PGlite only) ***\n");
  }
  return url ? ["pglite", "postgres"] : ["pglite"];
}

const open = new Map<Engine, Promise<Connection>>();

/**
 * A database of this worker's own on the server of TEST_DATABASE_URL, named by the process, so
 * test runs side by side never share one. Databases of processes that have ended are dropped
 * first; a live worker's is never touched, even while its pool holds no connection.
 */
async function workerDatabaseUrl(base: string): Promise<string> {
  const name = `kgtest_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    const old = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'kgtest_%'",
    );
    for (const { datname } of old.rows) {
      if (datname !== name && !isRunning(Number(datname.slice("kgtest_".length))))
        await admin.query(`drop database if exists ${datname}`).catch(() => {});
    }
    const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(base);
  target.pathname = `/${name}`;
  return target.toString();
}

/** True when a process with this pid exists (EPERM: it exists but is not ours to signal). */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function openEngine(engine: Engine): Promise<Connection> {
  const connection =
    engine === "pglite"
      ? await connect({ dataDir: "memory://" })
      : await connect({ url: await workerDatabaseUrl(url as string) });
  await migrate(connection);
  return connection;
}

/** The worker's database of an engine, emptied: every table truncated, ids restarted. */
export async function freshDatabase(engine: Engine): Promise<Connection> {
  let pending = open.get(engine);
  if (!pending) {
    pending = openEngine(engine);
    open.set(engine, pending);
  }
  const connection = await pending;
  const tables = await connection.db.execute<{ name: string }>(
    sql`select tablename as name from pg_tables where schemaname = 'public'`,
  );
  const names = (tables as unknown as { rows: { name: string }[] }).rows.map((r) => `"${r.name}"`);
  if (names.length > 0)
    await connection.db.execute(sql.raw(`truncate ${names.join(", ")} restart identity cascade`));
  return connection;
}
