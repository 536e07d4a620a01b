import { readFile, stat } from "node:fs/promises";
import { AppError } from "../domain/errors.ts";
import { MAX_FILE_BYTES } from "../operations/exchange/import-document.ts";

/** Reads a file, or standard input for "-" (plans, registers), refusing more than 50 MB before reading it all. */
export async function readInput(file: string): Promise<Uint8Array> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_FILE_BYTES) throw new AppError("too_large", "standard input: more than 50 MB of text");
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
  const info = await stat(file).catch(() => null);
  if (info === null) throw new AppError("file_not_found", `${file}: no such file`);
  if (!info.isFile()) throw new AppError("file_not_found", `${file}: not a file`);
  if (info.size > MAX_FILE_BYTES) throw new AppError("too_large", `${file}: larger than 50 MB`);
  return readFile(file);
}
