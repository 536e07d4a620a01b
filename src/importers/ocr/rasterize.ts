import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { AppError } from "../../domain/errors.ts";
import { type GrayImage, readPgm } from "./gray-image.ts";
import { runProgram } from "./run-program.ts";

/** Scans are read at this resolution: tesseract's best, and small print stays legible. */
export const SCAN_DPI = 300;
/** A page takes well under a second; a whole plan of pages well under this. */
const TIME_LIMIT_MS = 120_000;

/** One page of a PDF as a greyscale picture, and the file it was written to (for tesseract). */
export interface PageImage {
  path: string;
  image: GrayImage;
}

/** Draws each page of a PDF as a greyscale PGM in `dir` with poppler's pdftoppm. */
export async function rasterizePdf(pdfPath: string, dir: string, fileName: string): Promise<PageImage[]> {
  const args = ["-r", String(SCAN_DPI), "-gray", pdfPath, join(dir, "page")];
  const result = await runProgram("pdftoppm", args, { timeoutMs: TIME_LIMIT_MS });
  if (result.missing) {
    throw new AppError(
      "converter_missing",
      `${fileName}: this PDF has no text layer (a scan); reading it needs pdftoppm: install it (Debian: apt-get install poppler-utils) or import the original .docx`,
    );
  }
  if (result.code !== 0) throw new AppError("corrupt_file", `${fileName} is not a readable PDF (damaged?)`);
  // pdftoppm numbers pages with as many digits as the last page has: page-01.pgm … page-12.pgm
  const files = (await readdir(dir)).filter((f) => /^page-\d+\.pgm$/.test(f)).sort();
  const pages: PageImage[] = [];
  for (const file of files) {
    const image = readPgm(new Uint8Array(await readFile(join(dir, file))));
    if (image) pages.push({ path: join(dir, file), image: { ...image, dpi: SCAN_DPI } });
  }
  return pages;
}
