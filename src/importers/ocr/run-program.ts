import { spawn } from "node:child_process";

/** What a finished program gave back; `missing` when it is not installed (not on PATH). */
export interface ProgramResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  missing: boolean;
}

/** Runs a program to its end, collecting its output; a program that is not installed is not an exception. */
export function runProgram(
  command: string,
  args: string[],
  options: { timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<ProgramResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({
        code: null,
        stdout: Buffer.alloc(0),
        stderr: error.message,
        missing: error.code === "ENOENT",
      });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out), stderr, missing: false });
    });
  });
}
