import { loadConfig } from "../config.ts";
import { cliActor } from "../domain/access.ts";
import { isNewStore } from "../operations/demo/is-new-store.ts";
import { loadDemo } from "../operations/demo/load-demo.ts";
import { startServer } from "../server.ts";
import { describeDemo } from "./demo-command.ts";
import type { CommandOutput } from "./run.ts";
import { osUser } from "./store.ts";

/** How `serve` starts: `npm start` adds the demo on a new PGlite store. */
export interface ServeOptions {
  /** Load the demo first when the store is a new PGlite database (never on PostgreSQL). */
  demoWhenNew?: boolean;
}

/**
 * `serve` (and `npm start`): the API and the web app on PORT (default 3000) until SIGINT /
 * SIGTERM — the one way the server is started from the command line.
 */
export async function serveCommand(options: ServeOptions = {}): Promise<CommandOutput> {
  const config = loadConfig();
  const server = await startServer({
    port: config.port,
    hostname: config.host,
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    s3Url: config.s3Url,
    today: config.today,
    notify: config.mail,
    beforeListen: async ({ db, engine, files }) => {
      if (!options.demoWhenNew || engine !== "pglite" || !(await isNewStore(db))) return;
      console.log(`new database in ${config.dataDir}: loading the demo…`);
      const summary = await loadDemo(db, files, config.today(), cliActor(osUser()));
      console.log(describeDemo(summary));
    },
  });
  await server.closed;
  return { stdout: "stopped", exitCode: 0 };
}
