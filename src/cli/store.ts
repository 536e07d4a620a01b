import { userInfo } from "node:os";
import { type Config, loadConfig } from "../config.ts";
import type { Connection } from "../db/connect.ts";
import { type Actor, cliActor } from "../domain/access.ts";
import { openStore } from "../operations/shared/open-store.ts";

/** What a command that uses the store gets: the migrated database, the settings, who acts. */
export interface StoreContext {
  connection: Connection;
  config: Config;
  actor: Actor;
}

/** The OS user running the CLI, whom the audit log names. */
export function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    // A container without a passwd entry for its uid.
    return process.env.USER ?? process.env.LOGNAME ?? `uid-${process.getuid?.() ?? "?"}`;
  }
}

/** Opens the store of DATABASE_URL or DATA_DIR, migrates it, runs `work`, and always closes it. */
export async function withStore<T>(work: (store: StoreContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const connection = await openStore(config);
  try {
    return await work({ connection, config, actor: cliActor(osUser()) });
  } finally {
    await connection.close();
  }
}

/** Reads all of standard input as text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
