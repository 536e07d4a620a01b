/** Imports every committed corpus rendering and prints the markdown table of scores for docs/benchmarks.md. */
import { isAppError } from "../../src/domain/errors.ts";
import {
  EXTRACTIONS,
  type Extraction,
  listGolds,
  listRenderings,
  scoreRendering,
} from "../../tests/import/corpus-list.ts";

/** Prints one line per plan and page size, one column per way of reading the PDF ("–": not rendered). */
export async function printScoreTable(): Promise<void> {
  const golds = new Map(listGolds().map((g) => [g.name, g.gold]));
  const rows = new Map<string, Map<Extraction, string>>();
  for (const r of listRenderings()) {
    const gold = golds.get(r.name);
    if (!gold) continue;
    const key = `${r.name} ${r.size}`;
    const row = rows.get(key) ?? new Map<Extraction, string>();
    rows.set(key, row);
    try {
      row.set(r.extraction, (await scoreRendering(r, gold)).toFixed(3));
    } catch (error) {
      if (!isAppError(error)) throw error;
      const details = error.details as { reason?: string; confidence?: number } | undefined;
      row.set(
        r.extraction,
        details?.reason === "lost_columns"
          ? `refused: lost columns (${details.confidence})`
          : `refused: ${error.code}`,
      );
    }
  }
  console.log(`| plan · page | ${EXTRACTIONS.join(" | ")} |`);
  console.log(`|---|${EXTRACTIONS.map(() => "---").join("|")}|`);
  for (const [key, row] of rows)
    console.log(`| ${key} | ${EXTRACTIONS.map((e) => row.get(e) ?? "–").join(" | ")} |`);
}
