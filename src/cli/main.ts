import { parseArgs } from "node:util";
import { AppError } from "../domain/errors.ts";
import { importCommand } from "./import-command.ts";
import { runCommand } from "./run.ts";

const USAGE = `usage: cli import FILE [--json] [--debug]     (FILE may be - for text on standard input)`;

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: "boolean" }, debug: { type: "boolean" }, help: { type: "boolean" } },
    });
  } catch (error) {
    throw new AppError("invalid_input", `${(error as Error).message}\n${USAGE}`);
  }
}

/** Parses argv and runs one command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  return runCommand(async () => {
    const { values, positionals } = parseOptions(argv);
    const [command, ...rest] = positionals;
    if (values.help || command === undefined) return { stdout: USAGE, exitCode: command ? 0 : 2 };
    if (command === "import") {
      const file = rest[0];
      if (file === undefined) throw new AppError("invalid_input", `import needs a FILE\n${USAGE}`);
      return importCommand(file, values.json === true);
    }
    throw new AppError("invalid_input", `unknown command "${command}"; ${USAGE}`);
  }, debug);
}

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
// Never hang on a handle a library left open: leave a second after the work is done.
setTimeout(() => process.exit(exitCode), 1000).unref();
