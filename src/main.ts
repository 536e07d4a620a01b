/**
 * `npm start`: the `serve` command on the embedded PGlite database in ./data (DATA_DIR). A new
 * database — no users and no programs yet — gets the demo first, so a newcomer sees a living
 * system; a PostgreSQL database (DATABASE_URL) never gets demo data unless asked (`cli demo`).
 */
import { runCommand } from "./cli/run.ts";
import { serveCommand } from "./cli/serve-command.ts";

const exitCode = await runCommand(
  () => serveCommand({ demoWhenNew: true }),
  process.argv.includes("--debug"),
);
process.exitCode = exitCode;
setTimeout(() => process.exit(exitCode), 1000).unref();
