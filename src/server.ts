import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { createApp } from "./api/app.ts";
import type { ApiApp } from "./api/context.ts";
import { describeStore } from "./config.ts";
import type { Connection } from "./db/connect.ts";
import { type NotifySettings, startNotifyWorker } from "./operations/notify/worker.ts";
import { openStore } from "./operations/shared/open-store.ts";

/** Where and how the server runs. */
export interface ServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** PostgreSQL server; absent means PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** S3_URL: attachments' bytes in that bucket; absent: in the database. */
  s3Url?: string | undefined;
  today: () => Date;
  hostname?: string;
  /** Work on the migrated database before the port opens (npm start loads the demo here). */
  beforeListen?: (connection: Connection) => Promise<void>;
  /** Close on SIGINT / SIGTERM (default true). */
  handleSignals?: boolean;
  /** Where the "listening on" line goes. */
  log?: (line: string) => void;
  /** The built web app served at `/` (default dist/web; absent files: API only). */
  webDir?: string;
  /** Start the reminders and outbox worker with these settings (the serve command does). */
  notify?: NotifySettings;
}

/** Where `vite build` puts the web app. */
export const WEB_DIR = fileURLToPath(new URL("../dist/web/", import.meta.url));

/**
 * Serves the built web app at `/`: its files (hashed assets cached for good), and index.html for
 * any other GET that is not under /api, so client routes survive a reload. /api is never shadowed.
 */
function serveWeb(app: ApiApp, dir: string): void {
  const index = join(dir, "index.html");
  if (!existsSync(index)) return;
  const files = serveStatic({
    root: dir,
    onFound: (path, c) => {
      if (path.includes("/assets/")) c.header("Cache-Control", "public, max-age=31536000, immutable");
    },
  });
  app.get("*", async (c, next) => {
    if (c.req.path === "/api" || c.req.path.startsWith("/api/")) return next();
    const found = await files(c, async () => {});
    if (found) return found;
    if (c.req.path.startsWith("/assets/")) return next(); // a missing chunk is a 404, not the page
    c.header("Cache-Control", "no-cache");
    return c.html(await readFile(index, "utf8"));
  });
}

/** A running server: its address, how to stop it, and a promise settled once it has stopped. */
export interface RunningServer {
  url: string;
  port: number;
  connection: Connection;
  close: () => Promise<void>;
  closed: Promise<void>;
}

/**
 * Connects (PGlite in dataDir, or PostgreSQL), migrates, and serves the API. Stopping closes the
 * HTTP server first (no request is cut off mid-transaction), then the database, which releases
 * the PGlite folder's lock.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  log(`opening ${describeStore(options)} and applying its migrations…`);
  const connection = await openStore(options);
  let server: ReturnType<typeof serve>;
  let info: AddressInfo;
  try {
    await options.beforeListen?.(connection);
    const app = createApp({
      db: connection.db,
      files: connection.files,
      today: options.today,
      dataDir: options.dataDir,
      ...(options.notify && { appUrl: options.notify.appUrl }),
    });
    serveWeb(app, options.webDir ?? WEB_DIR);
    [server, info] = await new Promise<[ReturnType<typeof serve>, AddressInfo]>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname }, (address) =>
        resolve([s, address]),
      );
      s.once("error", reject);
    });
  } catch (error) {
    await connection.close();
    throw error;
  }
  const worker =
    options.notify && startNotifyWorker({ connection, settings: options.notify, today: options.today, log });
  const host = options.hostname && options.hostname !== "0.0.0.0" ? options.hostname : "localhost";
  const url = `http://${host}:${info.port}`;
  let markClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });
  let closing: Promise<void> | null = null;
  const onSignal = () => void close();
  const close = () => {
    closing ??= (async () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open until they time out.
        if ("closeIdleConnections" in server) server.closeIdleConnections();
      });
      await worker?.stop();
      await connection.close();
      markClosed();
    })();
    return closing;
  };
  if (options.handleSignals !== false) {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  }
  log(`listening on ${url} (${describeStore(options)}; attachments in ${connection.files.label})`);
  return { url, port: info.port, connection, close, closed };
}
