import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { AppError } from "../../domain/errors.ts";
import { mendBrokenWords } from "../broken-words.ts";
import { joinPages } from "../pdf/join-pages.ts";
import { layoutPage } from "../pdf/page-layout.ts";
import type { SourceDocument } from "../table.ts";
import { type GrayImage, readPng } from "./gray-image.ts";
import { type OcrPageContent, ocrPageContent, type UnsureWord } from "./ocr-page.ts";
import { ocrTextWarning } from "./ocr-warnings.ts";
import { rasterizePdf, SCAN_DPI } from "./rasterize.ts";
import { pgmBytes, smoothed } from "./smooth.ts";
import { recognizePage, requireTesseract } from "./tesseract.ts";

/** How a scan was read: what the import summary tells the person who checks it. */
export interface OcrReport {
  pages: number;
  /** Mean word confidence over the document, 0–100. */
  confidence: number;
  /** The largest skew undone on a page, in degrees. */
  skewDegrees: number;
  unsure: UnsureWord[];
}

/** A document read by OCR: the table model and how sure the reading was. */
export interface ScanReading {
  doc: SourceDocument;
  ocr: OcrReport;
}

/** A page photo with no resolution of its own is taken as a whole A4 page (11.69 in the long way). */
const A4_LONG_INCHES = 11.69;

interface PageInput {
  path: string;
  image: GrayImage | undefined;
  dpi: number;
  scannedDpi?: number;
}

/**
 * The image file tesseract reads: the page as drawn, or smoothed where the scan was made at a
 * lower resolution and drawing it enlarged its grain (smooth.ts). Ruling lines are still looked
 * for on the page as drawn, where a thin line is darkest.
 */
async function imageForOcr(page: PageInput): Promise<string> {
  if (!page.image || !page.scannedDpi || page.scannedDpi >= page.dpi) return page.path;
  const path = `${page.path}.smooth.pgm`;
  await writeFile(path, pgmBytes(smoothed(page.image)));
  return path;
}

/** Runs `work` over `items`, at most `limit` at a time, keeping their order. */
async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

async function readPage(page: PageInput, fileName: string): Promise<OcrPageContent> {
  const words = await recognizePage(
    await imageForOcr(page),
    fileName,
    page.image?.dpi ?? (page.dpi || undefined),
  );
  const dpi = page.image?.dpi ?? (page.dpi || Math.max(words.width, words.height) / A4_LONG_INCHES);
  return ocrPageContent(words, page.image, dpi);
}

function report(pages: OcrPageContent[]): OcrReport {
  const confidence = pages.reduce((s, p) => s + p.confidence, 0) / Math.max(1, pages.length);
  const skew = pages.reduce((m, p) => (Math.abs(p.skewDegrees) > Math.abs(m) ? p.skewDegrees : m), 0);
  return { pages: pages.length, confidence, skewDegrees: skew, unsure: pages.flatMap((p) => p.unsure) };
}

/** The pages to read: a PDF's pages drawn at SCAN_DPI, or the one image as it is. */
async function pagesOf(bytes: Uint8Array, kind: "pdf" | "image", dir: string, fileName: string) {
  if (kind === "pdf") {
    await writeFile(join(dir, "scan.pdf"), bytes);
    const pages = await rasterizePdf(join(dir, "scan.pdf"), dir, fileName);
    return pages.map((p) => ({ ...p, dpi: SCAN_DPI }));
  }
  // tesseract finds the image's format from its bytes, not its name
  await writeFile(join(dir, "page.img"), bytes);
  return [{ path: join(dir, "page.img"), image: readPng(bytes), dpi: 0 }];
}

/**
 * Reads a scanned plan (a PDF without a text layer, or a photo of a page) with tesseract: each
 * page's words and ruling lines become the pieces and lines the PDF reader lays out, so a scan
 * goes through the same table reader as a printed PDF. Fails with an AppError naming the Debian
 * packages when tesseract or its Kyrgyz or Russian data is missing.
 */
export async function readScan(
  bytes: Uint8Array,
  fileName: string,
  kind: "pdf" | "image",
): Promise<ScanReading> {
  await requireTesseract(fileName);
  const dir = await mkdtemp(join(tmpdir(), "plan-ocr-"));
  try {
    const inputs = await pagesOf(bytes, kind, dir, fileName);
    const pages = await inParallel(inputs, availableParallelism(), (p) => readPage(p, fileName));
    if (pages.every((p) => p.content.pieces.length === 0))
      throw new AppError("empty_file", `${fileName}: OCR found no text on the page`);
    const ocr = report(pages);
    const blocks = mendBrokenWords(joinPages(pages.map((p) => layoutPage(p.content))));
    return { doc: { format: "ocr", blocks, warnings: [ocrTextWarning(ocr)] }, ocr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
