import { describe, expect, it } from "vitest";
import type { ColumnRole } from "./order-header.ts";
import type { Span } from "./order-path.ts";
import { columnWidths } from "./order-widths.ts";
import { toWords } from "./order-words.ts";

/** One column of cells, each printed on lines of its own (cells are split on "|"), read with `role`. */
function widthOf(role: ColumnRole, cells: readonly string[]): number | undefined {
  const lines = cells.flatMap((c) => c.split("|"));
  const words = toWords(lines.map((text) => ({ text, afterBreak: false })));
  const spans: Span[] = [];
  let from = 0;
  for (const cell of cells) {
    const to = from + cell.split(/[| ]/u).length;
    spans.push({ from, to, column: 0, pagePart: false, opensRow: true });
    from = to;
  }
  return columnWidths(
    spans,
    words,
    lines.map((l) => l.length),
    [role],
  )[0];
}

describe("columnWidths", () => {
  // Kyrgyz deadlines on an A5 page: wrapped lines 5, 6, 2, 5, 5, 3 (0.9-quantile 6); line parts
  // 5, 6, 2, 8, 5, 5, 6, 3, 5, 8 (median 5, 0.95-quantile 8).
  const kyrgyz = ["2027-|жылдын|I-|кварталы", "2025-|2028-|жылдар", "Жыл|сайын", "ежегодно"];
  // Russian deadlines: wrapped lines 5, 4, 9, 4 (0.9-quantile 9); line parts 5, 4, 3, 13, 9, 4, 4, 4
  // (median 4, 0.95-quantile 13).
  const russian = ["2026-|2027|гг.", "ежеквартально", "В течение|года", "до 1|июня"];

  it("takes a short column's width from its widest one-line parts: «кварталы» fits where «2027-» wrapped", () => {
    expect(widthOf("deadline", kyrgyz)).toBe(8);
    expect(widthOf("deadline", russian)).toBe(13);
    expect(widthOf("funding", russian)).toBe(13);
  });

  it("takes a sentence column's width from its wrapped lines, its median part being narrower", () => {
    expect(widthOf("action", kyrgyz)).toBe(6);
    expect(widthOf("responsible", russian)).toBe(9);
  });

  it("knows no width from fewer than three wrapped lines", () => {
    expect(widthOf("deadline", ["2027-|жыл", "ежегодно", "Не|требуется"])).toBeUndefined();
  });
});
