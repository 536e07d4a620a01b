import type { Plan } from "../../domain/plan.ts";
import { type ImportWarning, importPlan } from "../../importers/import-plan.ts";

export { MAX_FILE_BYTES } from "../../importers/detect-type.ts";
export type { ImportWarning } from "../../importers/import-plan.ts";

/**
 * Reads a document (.docx, .pdf, .xlsx, .csv, .doc/.rtf/.odt or text) into plan/v1, with the
 * warnings a person should check; nothing is stored (`import FILE` without --save).
 */
export function importDocument(
  bytes: Uint8Array,
  fileName: string,
  today?: Date,
): Promise<{ plan: Plan; warnings: ImportWarning[] }> {
  return importPlan(bytes, fileName, { today });
}
