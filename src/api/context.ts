import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AttachmentStore } from "../db/attachment-store.ts";
import type { Db } from "../db/connect.ts";
import type { Actor } from "../domain/access.ts";

/** What the API needs from outside: the database, the attachment store, "today" (injectable for tests), the data folder. */
export interface ApiDeps {
  db: Db;
  /** Where attachments' bytes are written and read (the connection's: S3_URL, else the database). */
  files: AttachmentStore;
  /** Today's date; from TODAY=YYYY-MM-DD in tests and demos, else the clock. */
  today: () => Date;
  /** The clock of short-lived records (resumable uploads expire after 24 h); tests inject it. */
  now?: () => Date;
  /** The data folder (DATA_DIR). */
  dataDir: string;
  /** The application's address for links in messages (APP_URL; default http://localhost:3000). */
  appUrl?: string;
  /** Mark cookies Secure (behind HTTPS). */
  secureCookies?: boolean;
}

/** The session a request came with, when it came with one. */
export interface RequestSession {
  id: number;
  csrfToken: string;
}

/** Hono environment of every route: the acting user and the dependencies. */
export type ApiEnv = {
  Variables: { actor: Actor; deps: ApiDeps; session: RequestSession | null };
};

/** The application every route file adds its routes to. */
export type ApiApp = OpenAPIHono<ApiEnv>;
