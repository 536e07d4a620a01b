import { type Connection, connect } from "../../db/connect.ts";
import { migrate } from "../../db/migrate.ts";

/** Where the store is: a PostgreSQL server, or else the embedded PGlite database in `dataDir`. */
export interface StoreLocation {
  databaseUrl?: string | undefined;
  dataDir: string;
}

/**
 * Opens the store (PostgreSQL, or PGlite in dataDir, locked for this process) and applies the
 * migrations it lacks; on a failure it is closed again. The server and every CLI command open it
 * here.
 */
export async function openStore(location: StoreLocation): Promise<Connection> {
  const connection = await connect({ url: location.databaseUrl, dataDir: location.dataDir });
  try {
    await migrate(connection);
    return connection;
  } catch (error) {
    await connection.close();
    throw error;
  }
}
