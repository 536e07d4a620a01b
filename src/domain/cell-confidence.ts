/**
 * How sure the importer is of each cell it read, for the person who checks the import: the cells
 * below 1, lowest first, each with the reason it is low. Decision 018 gives the rule; the
 * importer computes it (src/importers/confidence.ts), the CLI and the wizard show it.
 */
import { z } from "zod";
import { CELL_REASON_CODES } from "./message-codes.ts";
import { MEASURE_FIELDS, type Measure, type MeasureField } from "./plan.ts";

/** The fields of a measure that an import reads from cells (the section is a heading, not a cell). */
export type CellField = Exclude<MeasureField, "section">;
export const CELL_FIELDS = MEASURE_FIELDS.filter((f): f is CellField => f !== "section");

/** A cell the importer is less than sure of: measure index, field, confidence in [0, 1], reason. */
export const CellConfidenceSchema = z
  .object({
    measure: z.number().int(),
    field: z.enum(CELL_FIELDS),
    confidence: z.number().min(0).max(1),
    reason: z.enum(CELL_REASON_CODES),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .meta({ id: "CellConfidence" });
export type CellConfidence = z.infer<typeof CellConfidenceSchema>;

/** Below this a cell is low: shown first and marked. Decision 018 says why 0.8. */
export const LOW_CONFIDENCE = 0.8;

/** How many cells "check first" names: a person checks ten cells, not three hundred. */
export const CHECK_FIRST = 10;

/** Lowest first; a tie in document order (measure, then the field's column order). */
export function byConfidence(a: CellConfidence, b: CellConfidence): number {
  return (
    a.confidence - b.confidence ||
    a.measure - b.measure ||
    CELL_FIELDS.indexOf(a.field) - CELL_FIELDS.indexOf(b.field)
  );
}

/** The low cells to check first: below LOW_CONFIDENCE, lowest first, at most CHECK_FIRST. */
export function checkFirst(cells: readonly CellConfidence[]): CellConfidence[] {
  return cells
    .filter((c) => c.confidence < LOW_CONFIDENCE)
    .sort(byConfidence)
    .slice(0, CHECK_FIRST);
}

/** The cells without those of `fields` in one measure: a cell a person edited is checked. */
export function withoutCells(
  cells: readonly CellConfidence[],
  measure: number,
  fields: readonly CellField[],
): CellConfidence[] {
  return cells.filter((c) => c.measure !== measure || !fields.includes(c.field));
}

/** A cell's value as text, as the person who checks it reads it ("" for an empty cell). */
export function cellValue(m: Measure, field: CellField): string {
  switch (field) {
    case "number":
      return m.number ?? "";
    case "deadline":
      return m.deadline.text;
    case "responsible":
      return m.responsible.join("; ");
    case "funding":
      return m.funding.map((f) => f.text).join("; ");
    case "cost":
      return m.cost?.text ?? "";
    case "targets":
      return m.targets.map((t) => `${t.value} ${t.unit}`).join("; ");
    default:
      return m[field];
  }
}
