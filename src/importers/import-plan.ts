import { AppError, isAppError } from "../domain/errors.ts";
import { convertToDocx, convertToXlsx } from "./convert-office.ts";
import { detectFileKind, type FileKind } from "./detect-type.ts";
import { type Interpretation, type InterpretOptions, interpretDocument } from "./interpret/interpret.ts";
import type { SourceDocument } from "./table.ts";

export type { ImportWarning, Interpretation } from "./interpret/interpret.ts";

/**
 * Reads a file of any supported kind into the table model. Each reader is loaded for its own kind
 * only, so a text import never loads exceljs, unpdf or the zip readers (CLI start-up).
 */
async function readDocument(kind: FileKind, bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  switch (kind) {
    case "docx":
      return (await import("./read-docx.ts")).readDocx(bytes, fileName);
    case "xlsx":
      return (await import("./read-xlsx.ts")).readXlsx(bytes, fileName);
    case "csv":
      return (await import("./read-csv.ts")).readCsv(bytes, fileName);
    case "pdf":
      return (await import("./read-pdf.ts")).readPdf(bytes, fileName);
    case "text":
      return (await import("./read-text.ts")).readText(bytes, fileName);
    case "office-text":
      return (await import("./read-docx.ts")).readDocx(await convertToDocx(bytes, fileName), fileName);
    case "office-sheet":
      return (await import("./read-xlsx.ts")).readXlsx(await convertToXlsx(bytes, fileName), fileName);
  }
}

/**
 * Imports a plan document (.docx, .pdf, .xlsx, .csv, .doc/.rtf/.odt, or text) into plan/v1.
 * Every failure the file can cause is an AppError naming the file and the problem.
 */
export async function importPlan(
  bytes: Uint8Array,
  fileName: string,
  options: InterpretOptions = {},
): Promise<Interpretation> {
  try {
    const kind = detectFileKind(bytes, fileName);
    const doc = await readDocument(kind, bytes, fileName);
    if (doc.blocks.length === 0) throw new AppError("empty_file", `${fileName}: the document has no text`);
    return interpretDocument(doc, fileName, options);
  } catch (error) {
    throw namingFile(error, fileName);
  }
}

/** Makes sure a user-facing error names the file it is about. */
function namingFile(error: unknown, fileName: string): unknown {
  if (!isAppError(error) || error.message.includes(fileName)) return error;
  return new AppError(error.code, `${fileName}: ${error.message}`, error.details, error.params);
}
