import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Logger } from "drizzle-orm/logger";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { AppError } from "../domain/errors.ts";
import { type AttachmentStore, openAttachmentStore } from "./attachment-store.ts";
import * as schema from "./schema.ts";

/** The database handle every operation takes: PGlite or PostgreSQL behind one Drizzle type. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open database, the store of attachments' bytes (S3_URL, else the database), and how to close both. */
export interface Connection {
  db: Db;
  engine: "pglite" | "postgres";
  /** The PostgreSQL pool, for work that needs one session (an advisory lock); absent on PGlite. */
  pool?: pg.Pool;
  /** Where attachments' bytes go; passed to the operations that read and write them, like `db`. */
  files: AttachmentStore;
  close: () => Promise<void>;
}

// int8 (counts) and numeric (sums) come back as strings from both drivers; every figure we read
// fits a JavaScript number, so both are parsed once here.
const INT8 = 20;
const NUMERIC = 1700;

/**
 * Opens PostgreSQL when a URL is given, else the embedded PGlite database in `dataDir`, and the
 * attachment store (S3 with `s3Url`, else the database); `logger` sees every statement Drizzle
 * sends (the API benchmark replays them on the raw driver).
 */
export async function connect(options: {
  url?: string;
  dataDir?: string;
  /** S3_URL: attachments' bytes in that bucket; absent: in the database. */
  s3Url?: string | undefined;
  logger?: Logger;
}): Promise<Connection> {
  const files = await openAttachmentStore(options.s3Url);
  const database = options.url
    ? connectPostgres(options.url, options.logger)
    : await connectPglite(options.dataDir ?? "./data", options.logger).catch((error) => {
        files.close();
        throw error;
      });
  const close = async () => {
    files.close();
    await database.close();
  };
  return { ...database, files, close };
}

type Database = Omit<Connection, "files">;

function connectPostgres(url: string, logger?: Logger): Database {
  // Drizzle asks pg's global parsers for every type it does not handle itself, so set them there.
  pg.types.setTypeParser(INT8, Number);
  pg.types.setTypeParser(NUMERIC, Number);
  // A bounded wait for a connection: while the server restarts, requests fail (503) instead of hanging.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle connection the server dropped (a restart) must not crash the process; the pool replaces it.
  pool.on("error", (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
  // pg-pool listens for the errors of idle clients only: a client checked out between two statements
  // of a transaction (or holding an advisory lock) that loses its server would throw an unhandled
  // 'error' and end the process. Its statement in flight, or its next one, fails instead (503), and
  // the pool drops it on release.
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = drizzlePostgres(pool, { schema, ...(logger && { logger }) }) as unknown as Db;
  return { db, engine: "postgres", pool, close: () => pool.end() };
}

async function connectPglite(dataDir: string, logger?: Logger): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : lockDataDir(dataDir);
  try {
    const client = await PGlite.create(inMemory ? dataDir : join(dataDir, "pg"), {
      parsers: { [INT8]: Number, [NUMERIC]: Number },
    });
    const db = drizzlePglite(client, { schema, ...(logger && { logger }) }) as unknown as Db;
    return {
      db,
      engine: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * PGlite does not stop a second process from opening the same folder, and two writers corrupt it:
 * a lock file with our PID refuses the second, and a lock left by a dead process is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, "app.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lockPath, { force: true });
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lockPath, "utf8"));
      if (holder && holder !== process.pid && isAlive(holder))
        throw new AppError(
          "database_locked",
          `${dataDir} is in use by another process (pid ${holder}); stop it, or use a PostgreSQL server with DATABASE_URL`,
        );
      rmSync(lockPath, { force: true });
    }
  }
  throw new AppError("database_locked", `${dataDir}: could not take the database lock`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
