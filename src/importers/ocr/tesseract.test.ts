import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isAppError } from "../../domain/errors.ts";
import { readScan } from "./read-scan.ts";

describe("OCR without tesseract", () => {
  const path = process.env.PATH;
  const empty = mkdtempSync(join(tmpdir(), "no-tools-"));
  afterEach(() => {
    process.env.PATH = path;
  });

  it("fails with an AppError that names the Debian packages to install", async () => {
    process.env.PATH = empty; // no program can be found
    const error = await readScan(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "photo.png", "image").catch(
      (e) => e,
    );
    rmSync(empty, { recursive: true, force: true });
    expect(isAppError(error, "converter_missing")).toBe(true);
    for (const pkg of ["tesseract-ocr", "tesseract-ocr-kir", "tesseract-ocr-rus"])
      expect(error.message).toContain(pkg);
    expect(error.message).toContain("photo.png");
  });
});
