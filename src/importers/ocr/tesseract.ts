import { AppError } from "../../domain/errors.ts";
import { runProgram } from "./run-program.ts";
import { type OcrPage, parseTsv } from "./tsv.ts";

/** The Debian packages OCR needs, named in the error when one is missing. */
export const OCR_PACKAGES = "tesseract-ocr, tesseract-ocr-kir, tesseract-ocr-rus";
/** Kyrgyz first: its letters ң ө ү are the ones Russian data would miss. */
const LANGUAGES = ["kir", "rus"];
/** One page takes a few seconds; past this something is wrong with the image or the program. */
const PAGE_TIME_LIMIT_MS = 120_000;
/**
 * Tesseract's own threads make it slower on small machines (they spin against each other);
 * pages are read in parallel instead.
 */
const ONE_THREAD = { ...process.env, OMP_THREAD_LIMIT: "1" };

function missing(fileName: string, what: string): AppError {
  return new AppError(
    "converter_missing",
    `${fileName}: ${what}: reading a scan needs OCR — install it (Debian: apt-get install ${OCR_PACKAGES}) or import the original .docx or a PDF with text`,
  );
}

/** Fails with an AppError naming the packages unless tesseract and its Kyrgyz and Russian data are installed. */
export async function requireTesseract(fileName: string): Promise<void> {
  const result = await runProgram("tesseract", ["--list-langs"], { timeoutMs: 30_000 });
  if (result.missing || result.code !== 0) throw missing(fileName, "tesseract is not installed");
  const installed = new Set(`${result.stdout.toString("utf8")}\n${result.stderr}`.split(/\s+/));
  const absent = LANGUAGES.filter((l) => !installed.has(l));
  if (absent.length > 0) throw missing(fileName, `tesseract has no ${absent.join(" or ")} language data`);
}

/** The words tesseract reads on one page image at `dpi` when known (PNG, JPEG, PNM, TIFF), with their boxes and confidences. */
export async function recognizePage(imagePath: string, fileName: string, dpi?: number): Promise<OcrPage> {
  // Told the resolution, tesseract keeps small lone text (row numbers); else it guesses it
  const args = [
    imagePath,
    "-",
    "-l",
    LANGUAGES.join("+"),
    ...(dpi ? ["--dpi", String(Math.round(dpi))] : []),
    "tsv",
  ];
  const result = await runProgram("tesseract", args, { timeoutMs: PAGE_TIME_LIMIT_MS, env: ONE_THREAD });
  if (result.missing) throw missing(fileName, "tesseract is not installed");
  if (result.code !== 0) {
    throw new AppError("corrupt_file", `${fileName}: the image could not be read by OCR`, {
      cause: result.stderr.trim().split("\n").at(-1),
    });
  }
  return parseTsv(result.stdout.toString("utf8"));
}
