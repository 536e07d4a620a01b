/** Warnings grouped by kind, the kinds that change a plan's meaning first (WARNING_CODES order). */
import { isWarningCode, WARNING_CODES } from "./message-codes.ts";

/** The warnings of one kind, in the order the importer gave them. */
export interface WarningGroup<W> {
  code: string;
  warnings: W[];
}

/** Groups warnings by code, most severe kind first; codes not in WARNING_CODES come last. */
export function groupWarnings<W extends { code: string }>(warnings: readonly W[]): WarningGroup<W>[] {
  const unknown = [...new Set(warnings.map((w) => w.code).filter((c) => !isWarningCode(c)))];
  return [...WARNING_CODES, ...unknown]
    .map((code) => ({ code, warnings: warnings.filter((w) => w.code === code) }))
    .filter((g) => g.warnings.length > 0);
}
