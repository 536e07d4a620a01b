import type { CellConfidence } from "../domain/cell-confidence.ts";
import { AppError, isAppError } from "../domain/errors.ts";
import { cellConfidences } from "./confidence.ts";
import { convertToDocx, convertToXlsx } from "./convert-office.ts";
import { detectFileKind, type FileKind } from "./detect-type.ts";
import { type Interpretation, type InterpretOptions, interpretDocument } from "./interpret/interpret.ts";
import type { OcrReport } from "./ocr/read-scan.ts";
import type { SourceDocument } from "./table.ts";

export type { ImportWarning, Interpretation } from "./interpret/interpret.ts";

/** An import: the plan, what a person should check, and the cells it is less than sure of, lowest first. */
export interface ImportResult extends Interpretation {
  cells: CellConfidence[];
}

/**
 * Reads a file of any supported kind into the table model. Each reader is loaded for its own kind
 * only, so a text import never loads exceljs, unpdf or the zip readers (CLI start-up).
 */
async function readDocument(
  kind: Exclude<FileKind, "pdf" | "image">,
  bytes: Uint8Array,
  fileName: string,
): Promise<SourceDocument> {
  switch (kind) {
    case "docx":
      return (await import("./read-docx.ts")).readDocx(bytes, fileName);
    case "xlsx":
      return (await import("./read-xlsx.ts")).readXlsx(bytes, fileName);
    case "csv":
      return (await import("./read-csv.ts")).readCsv(bytes, fileName);
    case "text":
      return (await import("./read-text.ts")).readText(bytes, fileName);
    case "office-text":
      return (await import("./read-docx.ts")).readDocx(await convertToDocx(bytes, fileName), fileName);
    case "office-sheet":
      return (await import("./read-xlsx.ts")).readXlsx(await convertToXlsx(bytes, fileName), fileName);
  }
}

/** A PDF by its text layer, or by OCR when it has none (a scan); a picture of a page by OCR. */
async function readWithOcr(
  kind: FileKind,
  bytes: Uint8Array,
  fileName: string,
): Promise<{ doc: SourceDocument; ocr?: OcrReport }> {
  if (kind === "image") return (await import("./ocr/read-scan.ts")).readScan(bytes, fileName, "image");
  if (kind !== "pdf") return { doc: await readDocument(kind, bytes, fileName) };
  try {
    return { doc: await (await import("./read-pdf.ts")).readPdf(bytes, fileName) };
  } catch (error) {
    if (!isAppError(error, "no_text_layer")) throw error;
  }
  return (await import("./ocr/read-scan.ts")).readScan(bytes, fileName, "pdf");
}

/**
 * Imports a plan document (.docx, .pdf, .xlsx, .csv, .doc/.rtf/.odt, text, or a scan or photo of
 * one) into plan/v1.
 * Every failure the file can cause is an AppError naming the file and the problem.
 */
export async function importPlan(
  bytes: Uint8Array,
  fileName: string,
  options: InterpretOptions = {},
): Promise<ImportResult> {
  try {
    const kind = detectFileKind(bytes, fileName);
    const { doc, ocr } = await readWithOcr(kind, bytes, fileName);
    if (doc.blocks.length === 0) throw new AppError("empty_file", `${fileName}: the document has no text`);
    const read = interpretDocument(doc, fileName, options);
    const result = ocr ? { ...read, warnings: [...read.warnings, ...(await ocrWarnings(ocr, read))] } : read;
    return { ...result, cells: cellConfidences({ ...result, ...(ocr ? { ocr } : {}) }) };
  } catch (error) {
    throw namingFile(error, fileName);
  }
}

/** The measures holding words OCR was unsure of (the OCR step loaded only for a scan). */
async function ocrWarnings(ocr: OcrReport, read: Interpretation) {
  return (await import("./ocr/ocr-warnings.ts")).unsureWordWarnings(ocr, read.plan);
}

/** Makes sure a user-facing error names the file it is about. */
function namingFile(error: unknown, fileName: string): unknown {
  if (!isAppError(error) || error.message.includes(fileName)) return error;
  return new AppError(error.code, `${fileName}: ${error.message}`, error.details, error.params);
}
