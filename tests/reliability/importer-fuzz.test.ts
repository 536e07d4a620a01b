/**
 * Bad input: at least 10,000 hostile files through `importPlan`, in-process — the seed plans
 * (.docx, .xlsx, .pdf, .txt) with bytes overwritten or cut off, zips cut short, and random text
 * shaped like a table. Each must end as a plan or an AppError, within 10 s; anything else (a
 * TypeError, a hang) is a crash. src/importers/readers-fuzz.test.ts fuzzes the readers alone, a
 * few hundred inputs; this goes through the whole import (detection, reader, interpretation).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { isAppError } from "../../src/domain/errors.ts";
import { importPlan } from "../../src/importers/import-plan.ts";
import { printFigures } from "./figures.ts";

const BOUND_MS = 10_000;
const seed = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/seeds/${name}`));
// Stored (uncompressed) zips, so overwritten bytes land in the XML and not only in a deflate stream.
const stored = async (name: string) =>
  (await JSZip.loadAsync(seed(name))).generateAsync({ type: "uint8array", compression: "STORE" });

const outcomes: Record<string, number> = {};
const slowest: Record<string, number> = {};
afterAll(() => {
  const inputs = Object.values(outcomes).reduce((a, b) => a + b, 0);
  printFigures("importer fuzz", { inputs, outcomes, slowestMsByFamily: slowest });
});

/** Imports the bytes; "plan", "AppError", or what went wrong. */
async function outcome(family: string, bytes: Uint8Array, name: string): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const started = performance.now();
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`took more than ${BOUND_MS} ms`), BOUND_MS);
  });
  const run = importPlan(bytes, name, { today: new Date("2026-09-30") }).then(
    () => "plan",
    (e: unknown) => (isAppError(e) ? "AppError" : `crash: ${e instanceof Error ? e.stack : String(e)}`),
  );
  const result = await Promise.race([run, timeout]);
  clearTimeout(timer);
  const key = result.startsWith("crash") || result.startsWith("took") ? "crash" : result;
  outcomes[key] = (outcomes[key] ?? 0) + 1;
  slowest[family] = Math.max(slowest[family] ?? 0, Math.round(performance.now() - started));
  return result;
}

const settles = (result: string) => result === "plan" || result === "AppError";

/** A copy of `bytes` with 1–8 bytes overwritten, or cut off at some length. */
const damaged = (bytes: Uint8Array) =>
  fc.oneof(
    fc
      .array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((flips) => {
        const copy = bytes.slice();
        for (const [at, value] of flips) copy[at] = value;
        return copy;
      }),
    fc.nat(bytes.length - 1).map((cut) => bytes.subarray(0, cut)),
  );

/** Lines of cells separated by tabs, semicolons or pipes: numbers, quarters, bodies, noise. */
const tableLikeText = fc
  .array(
    fc.array(
      fc.oneof(
        fc.constantFrom(
          "1",
          "1.2",
          "2026-жылдын III-кварталы",
          "РБ, ЖБ",
          "Мэрия",
          "Туруктуу",
          "1,5 млн сом",
          "№",
        ),
        fc.string({ maxLength: 40 }),
        fc.string({ unit: "grapheme", maxLength: 60 }),
      ),
      { minLength: 1, maxLength: 9 },
    ),
    { maxLength: 60 },
  )
  .chain((rows) => fc.constantFrom("\t", ";", " | ").map((sep) => rows.map((r) => r.join(sep)).join("\n")))
  .map((text) => new TextEncoder().encode(text));

// Families and their counts, 10,400 inputs in all; the slow families (a damaged text plan is read
// whole, a PDF page by page) get fewer runs, so the file stays under about 90 s on 2 cores.
const cutDocx = seed("chong-alai-2025-2030.docx");
const families: [string, fc.Arbitrary<Uint8Array>, string, number][] = [
  ["table-like text", tableLikeText, "plan.txt", 5800],
  ["damaged .txt seed", damaged(seed("tash-komur-2026.txt")), "plan.txt", 800],
  ["damaged .docx seed", damaged(await stored("tash-komur-2026.docx")), "plan.docx", 1500],
  ["damaged .xlsx seed", damaged(await stored("tash-komur-2026.xlsx")), "plan.xlsx", 1500],
  ["cut .docx zip", fc.nat(cutDocx.length - 1).map((n) => cutDocx.subarray(0, n)), "plan.docx", 500],
  ["damaged .pdf seed", damaged(seed("tash-komur-2026.pdf")), "plan.pdf", 300],
];

describe("importPlan on hostile files", () => {
  it.each(families)("%s: a plan or an AppError, never a crash", async (family, inputs, name, runs) => {
    await fc.assert(
      fc.asyncProperty(inputs, async (bytes) => {
        expect(await outcome(family, bytes, name)).toSatisfy(settles);
      }),
      { numRuns: runs },
    );
  });
});
