import { type ImportResult, importPlan } from "../../importers/import-plan.ts";

export { MAX_FILE_BYTES } from "../../importers/detect-type.ts";
export type { ImportResult, ImportWarning } from "../../importers/import-plan.ts";

/**
 * Reads a document (.docx, .pdf, .xlsx, .csv, .doc/.rtf/.odt or text) into plan/v1, with the
 * warnings a person should check and the cells it is least sure of; nothing is stored (`import FILE` without --save).
 */
export function importDocument(bytes: Uint8Array, fileName: string, today?: Date): Promise<ImportResult> {
  return importPlan(bytes, fileName, { today });
}
