import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildTestPdf } from "../../tests/setup/test-pdf.ts";
import { isAppError } from "../domain/errors.ts";
import { readPdf } from "./read-pdf.ts";

const fixtures = new URL("../../tests/fixtures/", import.meta.url);
const seed = new Uint8Array(readFileSync(new URL("seeds/tash-komur-2026.pdf", fixtures)));

async function failure(bytes: Uint8Array): Promise<unknown> {
  return readPdf(bytes, "plan.pdf").then(
    () => undefined,
    (e: unknown) => e,
  );
}

/** Resolves when reading gives a document or an AppError; fails on any other error. */
async function readsOrFailsCleanly(bytes: Uint8Array): Promise<void> {
  const error = await failure(bytes);
  if (error !== undefined && !isAppError(error)) throw error;
}

describe("readPdf failures", () => {
  it("rejects an empty file", async () => {
    const e = await failure(new Uint8Array());
    expect(isAppError(e, "empty_file")).toBe(true);
  });

  it("rejects a scanned page (an image, no text) with no_text_layer naming OCR and .docx", async () => {
    const e = await failure(new Uint8Array(readFileSync(new URL("readers/scanned-page.pdf", fixtures))));
    expect(isAppError(e, "no_text_layer")).toBe(true);
    expect((e as Error).message).toBe(
      "plan.pdf has no text layer (a scanned image?): run OCR or import the original .docx",
    );
  });

  it("rejects a PDF of ruled empty pages with no_text_layer", async () => {
    const lines = [{ x1: 10, y1: 10, x2: 300, y2: 10 }];
    const e = await failure(buildTestPdf([{ lines }, { lines }]));
    expect(isAppError(e, "no_text_layer")).toBe(true);
  });

  it("rejects a password-protected PDF with encrypted_file", async () => {
    const e = await failure(new Uint8Array(readFileSync(new URL("readers/encrypted.pdf", fixtures))));
    expect(isAppError(e, "encrypted_file")).toBe(true);
  });

  it("rejects bytes that are not a PDF with corrupt_file", async () => {
    const e = await failure(new TextEncoder().encode("№;Милдеттер\n1;Жол куруу\n"));
    expect(isAppError(e, "corrupt_file")).toBe(true);
  });

  it("rejects a PDF cut after its header with corrupt_file", async () => {
    const e = await failure(seed.slice(0, 400));
    expect(isAppError(e, "corrupt_file")).toBe(true);
    expect((e as Error).message).toBe("plan.pdf is not a readable PDF (damaged or truncated?)");
  });

  it("leaves the caller's bytes intact", async () => {
    const copy = seed.slice();
    await readPdf(copy, "plan.pdf");
    expect(copy).toEqual(seed);
  });
});

describe("readPdf on damaged input never throws anything but an AppError", () => {
  it("random bytes", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), readsOrFailsCleanly), {
      numRuns: 40,
    });
  });

  it("random bytes after a PDF header", async () => {
    const header = new TextEncoder().encode("%PDF-1.7\n");
    const arbitrary = fc.uint8Array({ maxLength: 2000 }).map((tail) => new Uint8Array([...header, ...tail]));
    await fc.assert(fc.asyncProperty(arbitrary, readsOrFailsCleanly), { numRuns: 30 });
  });

  it("a seed PDF truncated at a random length", async () => {
    const arbitrary = fc.integer({ min: 0, max: seed.length - 1 }).map((n) => seed.slice(0, n));
    await fc.assert(fc.asyncProperty(arbitrary, readsOrFailsCleanly), { numRuns: 30 });
  }, 60_000);

  it("a seed PDF with random bytes changed", async () => {
    const flips = fc.array(fc.tuple(fc.nat({ max: seed.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 20,
    });
    const arbitrary = flips.map((changes) => {
      const bytes = seed.slice();
      for (const [at, value] of changes) bytes[at] = value;
      return bytes;
    });
    await fc.assert(fc.asyncProperty(arbitrary, readsOrFailsCleanly), { numRuns: 30 });
  }, 60_000);
});
