import { loadConfig } from "../config.ts";
import { startServer } from "../server.ts";
import type { CommandOutput } from "./run.ts";

/** `serve`: the API on PORT (default 3000) until SIGINT / SIGTERM. */
export async function serveCommand(): Promise<CommandOutput> {
  const config = loadConfig();
  const server = await startServer({
    port: config.port,
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    today: config.today,
  });
  await server.closed;
  return { stdout: "stopped", exitCode: 0 };
}
