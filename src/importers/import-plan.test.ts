import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAppError } from "../domain/errors.ts";
import { importPlan } from "./import-plan.ts";

const today = new Date("2026-11-21T00:00:00Z");
const SEEDS = "tests/fixtures/seeds";
const NAMES = ["plan.docx", "plan.xlsx", "plan.pdf", "plan.csv", "plan.txt", "standard input"];
const SEED_FILES = [
  "tash-komur-2026.docx",
  "tash-komur-2026.xlsx",
  "tash-komur-2026.pdf",
  "chong-alai-2025-2030.txt",
];

/** Imports and reports "ok" or the AppError code; any other failure escapes and fails the property. */
async function outcome(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await importPlan(bytes, name, { today });
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

describe("importPlan on bad bytes", () => {
  it("ends random bytes of any claimed type in a plan or a clear AppError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom(...NAMES), async (bytes, name) => {
        expect(typeof (await outcome(bytes, name))).toBe("string");
      }),
      { numRuns: 120 },
    );
  });

  it("ends truncated and bit-flipped seed documents in a plan or a clear AppError", async () => {
    const seeds = SEED_FILES.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(`${SEEDS}/${f}`)) }));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (seed, cut, flips) => {
          const bytes = seed.bytes.slice(0, Math.floor(seed.bytes.length * cut));
          for (const at of flips) {
            const i = at % Math.max(bytes.length, 1);
            if (i < bytes.length) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
          }
          expect(typeof (await outcome(bytes, seed.name))).toBe("string");
        },
      ),
      { numRuns: 60 },
    );
  });

  it("refuses an empty file and a file of only spaces", async () => {
    expect(await outcome(new Uint8Array(), "plan.docx")).toBe("empty_file");
    expect(await outcome(new TextEncoder().encode("   \n\n  "), "plan.txt")).toBe("empty_file");
  });

  it("names a password-protected office file", async () => {
    // A CFB container holding an "EncryptedPackage" stream is how Word and Excel store an encrypted file.
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const bytes = new Uint8Array([
      ...header,
      ...new Uint8Array(512),
      ...Buffer.from("EncryptedPackage", "utf16le"),
    ]);
    expect(await outcome(bytes, "secret.docx")).toBe("encrypted_file");
  });
});
