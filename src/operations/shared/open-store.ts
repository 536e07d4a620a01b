import { type Connection, connect } from "../../db/connect.ts";
import { migrate } from "../../db/migrate.ts";
import { moveDiskAttachments } from "../reporting/move-disk-attachments.ts";

/**
 * Where the store is: a PostgreSQL server, or else the embedded PGlite database in `dataDir`; the
 * bytes of attachments in the S3 bucket of `s3Url`, or else in that database.
 */
export interface StoreLocation {
  databaseUrl?: string | undefined;
  dataDir: string;
  s3Url?: string | undefined;
}

/**
 * Opens the store (PostgreSQL, or PGlite in dataDir, locked for this process), applies the
 * migrations it lacks and moves attachments a former version kept on disk into the database; on a
 * failure it is closed again. The server and every CLI command open it
 * here.
 */
export async function openStore(location: StoreLocation): Promise<Connection> {
  const connection = await connect({
    url: location.databaseUrl,
    dataDir: location.dataDir,
    s3Url: location.s3Url,
  });
  try {
    await migrate(connection);
    await moveDiskAttachments(connection.db, location.dataDir);
    return connection;
  } catch (error) {
    await connection.close();
    throw error;
  }
}
