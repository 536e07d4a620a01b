/**
 * A fresh benchmark database: PGlite in a temp folder or a PostgreSQL database created (and
 * dropped at the end) for the run, migrated, filled with the generated dataset, with an admin.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { Logger } from "drizzle-orm/logger";
import pg from "pg";
import { type Connection, connect } from "../../src/db/connect.ts";
import { migrate } from "../../src/db/migrate.ts";
import { cliActor } from "../../src/domain/access.ts";
import { createUser } from "../../src/operations/users/create-user.ts";
import { grantRole } from "../../src/operations/users/grant-role.ts";
import { generateDataset, type Scale } from "./dataset.ts";

export const ADMIN = { login: "bench-admin", password: "bench-password-123" };

/** An open, filled benchmark database, its data folder and how to throw it away. */
export interface BenchDatabase {
  connection: Connection;
  dataDir: string;
  counts: Record<string, number> | undefined;
  dispose: () => Promise<void>;
}

/**
 * Creates, migrates and fills the database; `logger` is given every statement Drizzle sends.
 * `keep` (BENCH_KEEP=1, PostgreSQL only): a database filled by an earlier kept run is migrated and
 * used again, and is not dropped at the end — the national dataset takes minutes to generate.
 */
export async function createBenchDatabase(options: {
  engine: "pglite" | "postgres";
  url: string;
  scale: Scale;
  logger: Logger;
  keep?: boolean;
}): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-api-"));
  const keep = options.keep === true && options.engine === "postgres";
  const url =
    options.engine !== "postgres"
      ? undefined
      : keep
        ? await ensureDatabase(options.url)
        : await recreateDatabase(options.url);
  const connection = await connect({ ...(url ? { url } : { dataDir }), logger: options.logger });
  await migrate(connection);
  const dispose = async () => {
    await connection.close();
    if (url && !keep) await dropDatabase(url);
    rmSync(dataDir, { recursive: true, force: true });
  };
  if (keep && (await isFilled(connection, options.scale))) {
    console.log(`dataset ${options.scale}: the kept database ${databaseName(options.url)}, as filled before`);
    return { connection, dataDir, counts: undefined, dispose };
  }
  const started = performance.now();
  const counts = await generateDataset(connection.db, options.scale);
  const root = cliActor("bench");
  const admin = await createUser(connection.db, root, {
    login: ADMIN.login,
    displayName: "Bench admin",
    password: ADMIN.password,
    organizationId: null,
  });
  await grantRole(connection.db, root, admin.id, "admin", 1);
  await connection.db.execute(sql`vacuum analyze`);
  const seconds = (performance.now() - started) / 1000;
  console.log(`dataset ${options.scale} on ${options.engine} in ${seconds.toFixed(1)} s:`, counts);
  // COMMENT takes no parameters; the name and the scale are checked words.
  if (url)
    await connection.db.execute(
      sql.raw(`comment on database ${databaseName(url)} is 'bench ${options.scale}'`),
    );
  return { connection, dataDir, counts, dispose };
}

// A kept database is reused only when a run of the same scale finished filling it.
async function isFilled(connection: Connection, scale: Scale): Promise<boolean> {
  const result = await connection.db.execute(
    sql`select shobj_description(oid, 'pg_database') as note from pg_database where datname = current_database()`,
  );
  const [row] = (result as unknown as { rows: { note: string | null }[] }).rows;
  return row?.note === `bench ${scale}`;
}

// The database name must be ours to drop: never "test" (the tests' server database) or a system one.
function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || ["test", "postgres", "template0", "template1"].includes(name))
    throw new Error(`BENCH_DATABASE_URL must name a scratch database (got "${name}")`);
  return name;
}

async function onServer(url: string, statement: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function recreateDatabase(url: string): Promise<string> {
  const name = databaseName(url);
  await onServer(url, `drop database if exists ${name} with (force)`);
  await onServer(url, `create database ${name}`);
  return url;
}

async function ensureDatabase(url: string): Promise<string> {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  return url;
}

async function dropDatabase(url: string): Promise<void> {
  await onServer(url, `drop database if exists ${databaseName(url)} with (force)`);
}
