import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAppError } from "../domain/errors.ts";
import { readText } from "./read-text.ts";

const seed = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/${name}`));
const SEEDS = [
  ["seeds/tash-komur-2026.txt", "text-tab"],
  ["seeds/chong-alai-2025-2030.txt", "text-interleaved"],
  ["text/tash-komur-2026.layout.txt", "text-layout"],
  ["text/chong-alai-2025-2030.layout.txt", "text-layout"],
] as const;

/** Resolves to a document or rejects with an AppError; anything else fails the property. */
async function readsOrRefuses(bytes: Uint8Array): Promise<boolean> {
  try {
    const doc = await readText(bytes, "x.txt");
    return Array.isArray(doc.blocks);
  } catch (e) {
    return isAppError(e);
  }
}

describe("readText", () => {
  it.each(SEEDS)("reads %s as %s with a table", async (name, format) => {
    const doc = await readText(seed(name), name);
    expect(doc.format).toBe(format);
    expect(doc.blocks.some((b) => b.kind === "table")).toBe(true);
  });

  it("refuses empty, whitespace-only and binary files with the right codes", async () => {
    await expect(readText(new Uint8Array(), "a.txt")).rejects.toMatchObject({ code: "empty_file" });
    await expect(readText(new TextEncoder().encode("  \n\n "), "a.txt")).rejects.toMatchObject({
      code: "empty_file",
    });
    await expect(readText(new Uint8Array([1, 2, 0, 3]), "a.txt")).rejects.toMatchObject({
      code: "unsupported_type",
    });
  });

  it("never throws anything but an AppError on random bytes or strings", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), readsOrRefuses), { numRuns: 200 });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), (s) => readsOrRefuses(new TextEncoder().encode(s))),
      { numRuns: 200 },
    );
    const lines = fc.array(
      fc.oneof(fc.constantFrom("№", "", " ", "1 Чара", "2026-жыл", "4.1. Бөлүм", "\f"), fc.string()),
    );
    await fc.assert(
      fc.asyncProperty(lines, (ls) => readsOrRefuses(new TextEncoder().encode(ls.join("\n")))),
      { numRuns: 200 },
    );
  });

  it("reads reading-order text with lines dropped, repeated, cut or paged anywhere, tables kept square", async () => {
    const lines = readFileSync("tests/fixtures/corpus/ak-suu-2025-2029.a4l.raw.txt", "utf8").split("\n");
    const edit = fc.record({
      kind: fc.constantFrom("drop", "repeat", "cut", "page"),
      at: fc.nat(lines.length - 1),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 6 }), async (edits) => {
        const text = [...lines];
        for (const { kind, at } of edits) {
          const line = text[at % text.length] ?? "";
          if (kind === "drop") text.splice(at % text.length, 1);
          if (kind === "repeat") text.splice(at % text.length, 0, line);
          if (kind === "cut")
            text.splice(at % text.length, 1, line.slice(0, line.length >> 1), line.slice(line.length >> 1));
          if (kind === "page") text[at % text.length] = `\f${line}`;
        }
        try {
          const doc = await readText(new TextEncoder().encode(text.join("\n")), "x.txt");
          for (const b of doc.blocks)
            if (b.kind === "table") expect(new Set(b.rows.map((r) => r.cells.length)).size).toBe(1);
        } catch (e) {
          expect(isAppError(e)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("reads any truncation of the seed texts without error or hang", async () => {
    for (const [name] of SEEDS) {
      const bytes = seed(name);
      await fc.assert(
        fc.asyncProperty(fc.nat(bytes.length), fc.nat(bytes.length), (a, b) =>
          readsOrRefuses(bytes.subarray(Math.min(a, b), Math.max(a, b))),
        ),
        { numRuns: 25 },
      );
    }
  }, 60_000);
});
