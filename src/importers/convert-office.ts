/**
 * Converts older or other office formats (.doc, .rtf, .odt → .docx; .xls, .ods → .xlsx) with
 * LibreOffice in headless mode, so the .docx/.xlsx readers can read them.
 */
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { AppError } from "../domain/errors.ts";

/** How long one conversion may take before LibreOffice is killed (a cold start takes a few seconds). */
export const CONVERT_TIMEOUT_MS = 60_000;

/** The LibreOffice executable on PATH ("soffice" or "libreoffice"), or undefined. */
export function findSoffice(path = process.env.PATH ?? ""): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not in this directory
      }
    }
  }
  return undefined;
}

/** Options of a conversion; the default timeout suits production, tests shorten it. */
export interface ConvertOptions {
  timeoutMs?: number;
}

/** Converts a .doc, .rtf or .odt file to .docx bytes; throws AppError (converter_missing, corrupt_file, …). */
export function convertToDocx(
  bytes: Uint8Array,
  fileName: string,
  options?: ConvertOptions,
): Promise<Uint8Array> {
  return convertWithLibreOffice(bytes, fileName, "docx", options?.timeoutMs ?? CONVERT_TIMEOUT_MS);
}

/** Converts a .xls or .ods file to .xlsx bytes; throws AppError (converter_missing, corrupt_file, …). */
export function convertToXlsx(
  bytes: Uint8Array,
  fileName: string,
  options?: ConvertOptions,
): Promise<Uint8Array> {
  return convertWithLibreOffice(bytes, fileName, "xlsx", options?.timeoutMs ?? CONVERT_TIMEOUT_MS);
}

async function convertWithLibreOffice(
  bytes: Uint8Array,
  fileName: string,
  target: "docx" | "xlsx",
  timeoutMs: number,
): Promise<Uint8Array> {
  if (bytes.length === 0) throw new AppError("empty_file", `${fileName} is empty (0 bytes)`);
  const soffice = findSoffice();
  if (!soffice) {
    const pkg = target === "docx" ? "libreoffice-writer" : "libreoffice-calc";
    const kinds = target === "docx" ? ".doc/.rtf/.odt" : ".xls/.ods";
    throw new AppError(
      "converter_missing",
      `${fileName}: the importer needs LibreOffice to read ${kinds} files: install it (Debian: apt-get install ${pkg}) or save the document as .${target}`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), "plan-convert-"));
  try {
    // A plain ASCII input name: LibreOffice names its output after the input, and the user's
    // file name may hold characters the shell or LibreOffice handle badly.
    const ext =
      extname(fileName)
        .toLowerCase()
        .replace(/[^.a-z0-9]/g, "") || ".bin";
    const input = join(dir, `source${ext}`);
    await writeFile(input, bytes);
    const outDir = join(dir, "out");
    const args = [
      // Its own profile per call: parallel conversions otherwise fight over one user profile.
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--norestore",
      "--nologo",
      "--convert-to",
      target,
      "--outdir",
      outDir,
      input,
    ];
    // LibreOffice sometimes ends its first run on a fresh profile (it sets the profile up and
    // restarts) without writing the output; the second run, on the now-ready profile, converts.
    let failure = "";
    for (let attempt = 0; attempt < 2; attempt++) {
      const { code, stderr } = await run(soffice, args, timeoutMs, fileName);
      const output = await readFile(join(outDir, `source.${target}`)).catch(() => null);
      if (output) return new Uint8Array(output);
      failure = stderr.trim().split("\n")[0] || `exit code ${code}`;
    }
    throw new AppError("corrupt_file", `${fileName} could not be converted by LibreOffice (${failure})`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs LibreOffice in its own process group so a timeout kills it and the soffice.bin it starts. */
function run(command: string, args: string[], timeoutMs: number, fileName: string) {
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(
        new AppError(
          "corrupt_file",
          `${fileName}: LibreOffice did not finish converting it in ${timeoutMs / 1000} s`,
        ),
      );
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(
        new AppError("converter_missing", `${fileName}: LibreOffice could not be started (${e.message})`),
      );
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}
