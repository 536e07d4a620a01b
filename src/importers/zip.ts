/**
 * Safe opening of the zip container of .docx/.xlsx files: the checks every Office reader needs
 * before parsing (empty file, password protection, old binary format, corrupt zip, zip bomb).
 */
import JSZip from "jszip";
import { AppError } from "../domain/errors.ts";

/** The most bytes we inflate from one file; an Office plan is a few MB at most, a zip bomb is not. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when the bytes start like a zip archive (a local file header or an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

/** True when the bytes start like an OLE compound file (.doc, .xls, or an encrypted .docx/.xlsx). */
export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= CFB_MAGIC.length && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

/** True for a password-protected OOXML file: a compound file holding an "EncryptedPackage" stream. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  if (!isCfb(bytes)) return false;
  // Directory entry names of a compound file are UTF-16LE.
  const name = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);
  return indexOfBytes(bytes, name) >= 0;
}

function indexOfBytes(haystack: Uint8Array, needle: number[]): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first ?? 0); i >= 0; i = haystack.indexOf(first ?? 0, i + 1)) {
    if (i + needle.length > haystack.length) return -1;
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Checks the bytes of an OOXML file and opens its zip, or throws the AppError a person can act on.
 * `kind` names the expected format in messages ("Word (.docx)", "Excel (.xlsx)").
 */
export async function openOfficeZip(bytes: Uint8Array, fileName: string, kind: string): Promise<JSZip> {
  if (bytes.length === 0) throw new AppError("empty_file", `${fileName} is empty (0 bytes)`);
  if (isEncryptedOoxml(bytes)) {
    throw new AppError("encrypted_file", `${fileName} is password-protected; save it without a password`);
  }
  if (isCfb(bytes)) {
    throw new AppError(
      "unsupported_type",
      `${fileName} is an old binary Office file (.doc/.xls), not ${kind}; save it as ${kind}`,
    );
  }
  if (!isZip(bytes)) throw new AppError("corrupt_file", `${fileName} is not a valid ${kind} file`);
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new AppError("corrupt_file", `${fileName} is damaged: its ${kind} container cannot be opened`);
  }
}

/**
 * Inflates one entry of the zip, stopping as soon as it grows past `maxBytes` (a zip bomb).
 * Returns undefined when the entry does not exist.
 */
export async function readZipEntry(
  zip: JSZip,
  path: string,
  fileName: string,
  maxBytes = MAX_UNZIPPED_BYTES,
): Promise<Uint8Array | undefined> {
  const entry = zip.file(path);
  if (!entry || entry.dir) return undefined;
  const { chunks, total } = await collect(entry, fileName, maxBytes);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Inflates one entry as UTF-8 text (see readZipEntry). */
export async function readZipText(
  zip: JSZip,
  path: string,
  fileName: string,
  maxBytes = MAX_UNZIPPED_BYTES,
): Promise<string | undefined> {
  const bytes = await readZipEntry(zip, path, fileName, maxBytes);
  return bytes && new TextDecoder("utf-8").decode(bytes);
}

/** Inflates every entry without keeping it, throwing "too_large" when they add up to more than `maxBytes`. */
export async function assertUnzippedSize(
  zip: JSZip,
  fileName: string,
  maxBytes = MAX_UNZIPPED_BYTES,
): Promise<void> {
  let left = maxBytes;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    left -= (await collect(entry, fileName, left, false)).total;
  }
}

/** Streams an entry, counting bytes, so a bomb is stopped before it fills memory. */
function collect(entry: JSZip.JSZipObject, fileName: string, maxBytes: number, keep = true) {
  return new Promise<{ chunks: Uint8Array[]; total: number }>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let stream: NodeJS.ReadableStream;
    try {
      stream = entry.nodeStream("nodebuffer");
    } catch {
      reject(unpackError(fileName, entry.name));
      return;
    }
    stream.on("data", (chunk: Uint8Array) => {
      total += chunk.length;
      if (total > maxBytes) {
        stream.removeAllListeners("data");
        stream.pause();
        reject(tooLarge(fileName, maxBytes));
        return;
      }
      if (keep) chunks.push(chunk);
    });
    stream.on("error", () => reject(unpackError(fileName, entry.name)));
    stream.on("end", () => resolve({ chunks, total }));
  });
}

function unpackError(fileName: string, part: string): AppError {
  return new AppError("corrupt_file", `${fileName} is damaged: part of it cannot be unpacked`, { part });
}

function tooLarge(fileName: string, maxBytes: number): AppError {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return new AppError(
    "too_large",
    `${fileName} unpacks to more than ${mb} MB; it is too large to import`,
    undefined,
    { limitMb: mb },
  );
}
