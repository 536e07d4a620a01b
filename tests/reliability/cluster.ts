/**
 * Three app processes behind nginx on a PostgreSQL database of the check's own, with the load
 * world in it, and a connection of the test's own to read back what the processes wrote.
 */
import { existsSync } from "node:fs";
import { connect } from "../../src/db/connect.ts";
import { migrate } from "../../src/db/migrate.ts";
import {
  type AppProcess,
  NGINX,
  scratchDatabase,
  startApp,
  startNginx,
  stop,
} from "../multi-process/processes.ts";
import { createLoadWorld, type LoadWorldSize } from "./load-world.ts";

/** PostgreSQL of the machine (TEST_DATABASE_URL), where the checks make their own databases. */
export const serverUrl = process.env.TEST_DATABASE_URL;
/** Whether the checks that need PostgreSQL and nginx can run here. */
export const clusterReady = serverUrl !== undefined && existsSync(NGINX);

/** Says loudly, once per file, that a check was skipped and why. */
export function warnIfSkipped(what: string): void {
  if (clusterReady) return;
  console.warn(
    `\n*** reliability: ${what} SKIPPED: needs TEST_DATABASE_URL (${serverUrl ? "set" : "not set"}) and Debian's nginx at ${NGINX} (${existsSync(NGINX) ? "found" : "missing"}) ***\n`,
  );
}

/**
 * Creates the database (on `server`, by default the machine's) and world, then starts
 * `processes` app processes and nginx in front.
 */
export async function startCluster(name: string, size: LoadWorldSize, processes = 3, server = serverUrl) {
  const scratch = await scratchDatabase(server as string, `${name}_${process.pid}`);
  const connection = await connect({ url: scratch.url });
  await migrate(connection);
  const world = await createLoadWorld(connection.db, size);
  const apps: AppProcess[] = await Promise.all(
    Array.from({ length: processes }, () => startApp(scratch.url)),
  );
  const proxy = await startNginx(apps.map((a) => a.url));
  return {
    databaseUrl: scratch.url,
    connection,
    world,
    apps,
    proxy,
    /** The first lines each process wrote to its error output, for a failing check's message. */
    errorOutput: () =>
      apps.map((a) =>
        a
          .output()
          .split("\n")
          .filter((l) => /error|Error|at /.test(l))
          .slice(0, 30)
          .join("\n"),
      ),
    stop: async () => {
      await proxy.stop();
      await Promise.all(apps.map((a) => stop(a.child)));
      await connection.close();
      await scratch.drop();
    },
  };
}

/** A running cluster. */
export type Cluster = Awaited<ReturnType<typeof startCluster>>;
