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
  /** The resolution the page was scanned at, where the PDF's images say so. */
  scannedDpi?: number;
}

/**
 * The resolution each page was scanned at (1-based page → that of its largest image, the scan
 * itself rather than a stamp pasted on it), from poppler's `pdfimages -list`; empty when it
 * cannot tell.
 */
async function scannedResolutions(pdfPath: string): Promise<Map<number, number>> {
  const result = await runProgram("pdfimages", ["-list", pdfPath], { timeoutMs: TIME_LIMIT_MS });
  const largest = new Map<number, { pixels: number; ppi: number }>();
  if (result.code !== 0) return new Map();
  // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
  for (const row of result.stdout.toString("utf8").split("\n").slice(2)) {
    const f = row.trim().split(/\s+/);
    const [page, pixels, ppi] = [
      Number(f[0]),
      Number(f[3]) * Number(f[4]),
      Math.min(Number(f[12]), Number(f[13])),
    ];
    if (f[2] !== "image" || !(page > 0 && ppi > 0)) continue;
    if (pixels > (largest.get(page)?.pixels ?? 0)) largest.set(page, { pixels, ppi });
  }
  return new Map([...largest].map(([page, image]) => [page, image.ppi]));
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
  const scanned = await scannedResolutions(pdfPath);
  const pages: PageImage[] = [];
  for (const file of files) {
    const image = readPgm(new Uint8Array(await readFile(join(dir, file))));
    const scannedDpi = scanned.get(Number(file.match(/\d+/)?.[0]));
    if (image) pages.push({ path: join(dir, file), image: { ...image, dpi: SCAN_DPI }, scannedDpi });
  }
  return pages;
}
