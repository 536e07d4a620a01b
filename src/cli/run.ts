import { isAppError } from "../domain/errors.ts";

/** What a command reports back: text for stdout and the exit code. */
export interface CommandOutput {
  stdout: string;
  exitCode: number;
}

/**
 * The one place where failures become exit codes: a user's mistake (AppError) exits 2 with one
 * line, anything else is an internal fault and exits 1; the stack only with --debug.
 */
export async function runCommand(work: () => Promise<CommandOutput>, debug: boolean): Promise<number> {
  try {
    const { stdout, exitCode } = await work();
    if (stdout !== "") process.stdout.write(stdout.endsWith("\n") ? stdout : `${stdout}\n`);
    return exitCode;
  } catch (error) {
    if (debug) console.error(error);
    if (isAppError(error)) {
      if (!debug) process.stderr.write(`error: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (!debug) {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`internal error: ${oneLine(message)} (run again with --debug for details)\n`);
    }
    return 1;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
