import { readFileSync } from "node:fs";
import fc from "fast-check";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { isAppError } from "../domain/errors.ts";
import { readCsv } from "./read-csv.ts";
import { readDocx } from "./read-docx.ts";
import { readXlsx } from "./read-xlsx.ts";
import type { Reader, SourceDocument } from "./table.ts";

/** No reader may take longer than this on a small file, whatever its bytes. */
const BOUND_MS = 10_000;
const seed = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/seeds/${name}`));
/** The seed re-zipped without compression, so damage lands in the XML rather than in a deflate stream. */
async function storedSeed(name: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(seed(name));
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}
const readers: [string, Reader][] = [
  ["docx", readDocx],
  ["xlsx", readXlsx],
  ["csv", readCsv],
];

/** Checks a document's shape: every table row has its table's width, every cell is a string. */
function isWellFormed(doc: SourceDocument): boolean {
  return doc.blocks.every((block) => {
    if (block.kind === "paragraph") return typeof block.text === "string";
    const width = block.rows[0]?.cells.length ?? 0;
    return block.rows.every(
      (r) =>
        r.cells.length === width &&
        r.cells.every((c) => typeof c === "string") &&
        (r.merged === undefined || r.merged.length === width),
    );
  });
}

/** Reads the bytes and tells how it ended: "ok", "AppError", or a description of what went wrong. */
async function outcome(read: Reader, bytes: Uint8Array): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`took more than ${BOUND_MS} ms`), BOUND_MS);
  });
  const run = read(bytes, "fuzz.bin").then(
    (doc) => (isWellFormed(doc) ? "ok" : `malformed document: ${JSON.stringify(doc).slice(0, 200)}`),
    (e: unknown) => (isAppError(e) ? "AppError" : `raw error: ${String(e)}`),
  );
  const result = await Promise.race([run, timeout]);
  clearTimeout(timer);
  return result;
}

const settles = (result: string) => result === "ok" || result === "AppError";

describe.each(readers)("%s reader on hostile bytes", (_, read) => {
  it("resolves or rejects with an AppError on random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        expect(await outcome(read, bytes)).toSatisfy(settles);
      }),
      { numRuns: 60 },
    );
  });

  it("resolves or rejects with an AppError on random bytes behind a zip signature", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (tail) => {
        const bytes = new Uint8Array([0x50, 0x4b, 3, 4, ...tail]);
        expect(await outcome(read, bytes)).toSatisfy(settles);
      }),
      { numRuns: 40 },
    );
  });
});

describe.each([
  ["docx", readDocx, seed("tash-komur-2026.docx")],
  ["xlsx", readXlsx, seed("tash-komur-2026.xlsx")],
  ["docx (stored)", readDocx, await storedSeed("tash-komur-2026.docx")],
  ["xlsx (stored)", readXlsx, await storedSeed("tash-komur-2026.xlsx")],
  ["csv", readCsv, seed("tash-komur-2026.txt")],
] as const)("%s reader on damaged seed files", (_, read, bytes) => {
  it("settles on a seed cut at any length", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), async (cut) => {
        expect(await outcome(read, bytes.subarray(0, cut))).toSatisfy(settles);
      }),
      { numRuns: 40 },
    );
  });

  it("settles on a seed with a few bytes overwritten", async () => {
    const flip = fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 }));
    await fc.assert(
      fc.asyncProperty(fc.array(flip, { minLength: 1, maxLength: 8 }), async (flips) => {
        const damaged = bytes.slice();
        for (const [at, value] of flips) damaged[at] = value;
        expect(await outcome(read, damaged)).toSatisfy(settles);
      }),
      { numRuns: 50 },
    );
  });
});
