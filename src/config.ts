import { AppError } from "./domain/errors.ts";

/** Settings of a server or CLI run, read once from the environment. */
export interface Config {
  /** PostgreSQL server; absent means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  /** The PGlite database (dataDir/pg) and the attachments (dataDir/attachments). */
  dataDir: string;
  port: number;
  /** Today's date: TODAY=YYYY-MM-DD pins it (tests, demos), else the clock. */
  today: () => Date;
}

/** Reads DATABASE_URL, DATA_DIR (./data), PORT (3000) and TODAY; a malformed value is a user error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: env.DATA_DIR?.trim() || "./data",
    port: parsePort(env.PORT),
    today: parseToday(env.TODAY),
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new AppError("invalid_input", `PORT=${value}: expected a port number 0–65535`);
  return port;
}

function parseToday(value: string | undefined): () => Date {
  if (value === undefined || value.trim() === "") return () => new Date();
  const day = parseIsoDay(value.trim());
  if (day === null) throw new AppError("invalid_input", `TODAY=${value}: expected a date YYYY-MM-DD`);
  return () => new Date(day);
}

/** Midnight UTC of an existing YYYY-MM-DD day, or null (2026-02-30 is refused, not rolled over). */
export function parseIsoDay(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return null;
  return date;
}

/** Where the store is, for messages: never the password of a URL. */
export function describeStore(config: { databaseUrl?: string | undefined; dataDir: string }): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL ${url.host}${url.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}
