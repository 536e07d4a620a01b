import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Connection } from "./connect.ts";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));
// Several app processes may start at once against one PostgreSQL: one migrates, the others wait.
const MIGRATION_LOCK = 7_261_042;

/** Applies every migration not yet applied; safe to call on each start. */
export async function migrate(connection: Connection): Promise<void> {
  if (connection.engine === "pglite") {
    await migratePglite(connection.db as never, { migrationsFolder });
    return;
  }
  // The lock belongs to a session, so lock, migrate and unlock on one client of the pool.
  const client = await (connection.pool as NonNullable<Connection["pool"]>).connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migratePostgres(drizzle(client), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
