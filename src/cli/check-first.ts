import { type CellConfidence, cellValue, checkFirst, LOW_CONFIDENCE } from "../domain/cell-confidence.ts";
import type { CellReason } from "../domain/message-codes.ts";
import type { Plan } from "../domain/plan.ts";

/** How much of a cell's text the summary shows. */
const EXCERPT = 60;

/** Why a cell is low, in a few English words. */
const REASONS: Record<CellReason, (params: CellConfidence["params"]) => string> = {
  lost_columns: () => "the text lost its columns",
  ocr: (p) => `read by OCR at ${p.confidence}%`,
  guessed_column: () => "column guessed from its contents",
  empty: () => "empty",
  unclear_deadline: () => "deadline not understood",
  unclear_split: () => "unclear split of responsible bodies",
  unknown_funding: () => "unknown funding source",
  target_without_unit: () => "number without a unit",
};

/**
 * "check first": the low cells, lowest first, at most ten, each with its row, field, confidence,
 * reason and an excerpt of its text; nothing when no cell is low.
 */
export function checkFirstLines(plan: Plan, cells: readonly CellConfidence[]): string[] {
  const first = checkFirst(cells);
  if (first.length === 0) return [];
  const low = cells.filter((c) => c.confidence < LOW_CONFIDENCE).length;
  const lines = [`check first (${first.length} of ${low} low cells):`];
  for (const c of first) {
    const m = plan.measures[c.measure];
    const where = m?.number ? `№ ${m.number}` : `row ${c.measure + 1}`;
    const text = m ? cellValue(m, c.field) : "";
    const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;
    lines.push(
      `  - ${where}, ${c.field} (${c.confidence.toFixed(2)}, ${REASONS[c.reason](c.params)}): ${excerpt === "" ? "(empty)" : `"${excerpt}"`}`,
    );
  }
  return lines;
}
