import { isIP } from "node:net";
import { AppError } from "./domain/errors.ts";

/** Settings of a server or CLI run, read once from the environment. */
export interface Config {
  /** PostgreSQL server; absent means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  /** The PGlite database (dataDir/pg); attachments an old version kept in dataDir/attachments. */
  dataDir: string;
  /** S3_URL: attachments' bytes in that S3 bucket (src/db/s3-url.ts); absent: in the database. */
  s3Url: string | undefined;
  port: number;
  /** The address to listen on (HOST); absent: every interface. Behind a proxy: 127.0.0.1. */
  host: string | undefined;
  /** Today's date: TODAY=YYYY-MM-DD pins it (tests, demos), else the clock. */
  today: () => Date;
  /** E-mail: where to send (SMTP_URL; absent = messages stay in the outbox for admins to read). */
  mail: MailConfig;
}

/** How reminders are made and sent: SMTP_URL, MAIL_FROM, APP_URL, REMINDER_DAYS_BEFORE, REMINDER_HOUR. */
export interface MailConfig {
  /** smtp://user:pass@host:587 or smtps://…; absent: nothing is sent, the outbox keeps every message. */
  smtpUrl: string | undefined;
  /** The From address of every message. */
  from: string;
  /** The application's address for links in messages, without a trailing slash. */
  appUrl: string;
  /** The first reminder goes out this many days before the due date. */
  daysBefore: number;
  /** The server makes the day's reminders once the clock has passed this hour (0–23, server time). */
  hour: number;
}

/** Reads DATABASE_URL, DATA_DIR (./data), S3_URL, PORT (3000), HOST (every interface), TODAY and the e-mail settings; a malformed value is a user error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: env.DATA_DIR?.trim() || "./data",
    s3Url: env.S3_URL?.trim() || undefined,
    port: parsePort(env.PORT),
    host: parseHost(env.HOST),
    today: parseToday(env.TODAY),
    mail: loadMailConfig(env),
  };
}

/** The e-mail settings of the environment; a malformed number is a user error. */
export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  return {
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    from: env.MAIL_FROM?.trim() || "kg-plans <noreply@localhost>",
    appUrl: (env.APP_URL?.trim() || "http://localhost:3000").replace(/\/+$/, ""),
    daysBefore: parseWhole("REMINDER_DAYS_BEFORE", env.REMINDER_DAYS_BEFORE, 3, 60),
    hour: parseWhole("REMINDER_HOUR", env.REMINDER_HOUR, 8, 23),
  };
}

function parseWhole(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new AppError("invalid_input", `${name}=${value}: expected a whole number 0–${max}`);
  return n;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new AppError("invalid_input", `PORT=${value}: expected a port number 0–65535`);
  return port;
}

// An IP address or a host name; anything else (a URL, a port) is a user error, not a failed listen.
function parseHost(value: string | undefined): string | undefined {
  const host = value?.trim().replace(/^\[(.*)\]$/, "$1");
  if (!host) return undefined;
  if (isIP(host) === 0 && !/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host))
    throw new AppError("invalid_input", `HOST=${value}: expected an address such as 127.0.0.1 or ::1`);
  return host;
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
