import { backup } from "../operations/exchange/backup.ts";
import { restore } from "../operations/exchange/restore.ts";
import type { CommandOutput } from "./run.ts";
import type { StoreContext } from "./store.ts";

function describe(counts: Record<string, number>, attachments: number): string {
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  const main = ["programs", "measures", "progress_reports", "users"]
    .map((t) => `${counts[t] ?? 0} ${t.replace("_", " ")}`)
    .join(", ");
  return `${rows} rows in ${Object.keys(counts).length} tables (${main}), ${attachments} attachment files`;
}

/** `backup FILE`: one archive of every table and the attachments. */
export async function backupCommand(store: StoreContext, file: string): Promise<CommandOutput> {
  const { connection, config } = store;
  const manifest = await backup(connection.db, config.dataDir, file, { engine: connection.engine });
  return {
    stdout: `backup written to ${file}: ${describe(manifest.counts, manifest.attachments.length)}`,
    exitCode: 0,
  };
}

/** `restore FILE`: into an empty database only. */
export async function restoreCommand(store: StoreContext, file: string): Promise<CommandOutput> {
  const { connection, config } = store;
  const manifest = await restore(connection.db, config.dataDir, file);
  return {
    stdout: `restored ${file} (made ${manifest.createdAt}): ${describe(manifest.counts, manifest.attachments.length)}`,
    exitCode: 0,
  };
}
