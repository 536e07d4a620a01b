/**
 * `npm start`: the server on the embedded PGlite database in ./data (DATA_DIR). A new database —
 * no users and no programs yet — gets the demo first, so a newcomer sees a living system; a
 * PostgreSQL database (DATABASE_URL) never gets demo data unless asked (`cli demo`).
 */
import { count } from "drizzle-orm";
import { describeDemo } from "./cli/demo-command.ts";
import { runCommand } from "./cli/run.ts";
import { osUser } from "./cli/store.ts";
import { loadConfig } from "./config.ts";
import type { Db } from "./db/connect.ts";
import { programs, users } from "./db/schema.ts";
import { cliActor } from "./domain/access.ts";
import { loadDemo } from "./operations/demo/load-demo.ts";
import { startServer } from "./server.ts";

async function isNew(db: Db): Promise<boolean> {
  const [u] = await db.select({ n: count() }).from(users);
  const [p] = await db.select({ n: count() }).from(programs);
  return (u?.n ?? 0) === 0 && (p?.n ?? 0) === 0;
}

const exitCode = await runCommand(async () => {
  const config = loadConfig();
  const server = await startServer({
    port: config.port,
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    today: config.today,
    beforeListen: async ({ db, engine }) => {
      if (engine !== "pglite" || !(await isNew(db))) return;
      console.log(`new database in ${config.dataDir}: loading the demo…`);
      const summary = await loadDemo(db, config.dataDir, config.today(), cliActor(osUser()));
      console.log(describeDemo(summary));
    },
  });
  await server.closed;
  return { stdout: "stopped", exitCode: 0 };
}, process.argv.includes("--debug"));
process.exitCode = exitCode;
setTimeout(() => process.exit(exitCode), 1000).unref();
