import { describe, expect, it } from "vitest";
import { LIKELY_WORD_BREAK } from "../broken-words.ts";
import { lineCells, lineJoin } from "./layout-cells.ts";
import { chunksOf } from "./layout-columns.ts";

// columns start at 0 (№, two characters wide), 2, 15 and 30
const starts = [0, 2, 15, 30];
const cellsOf = (line: string) => lineCells(chunksOf(line), starts, starts.length);

describe("lineCells", () => {
  it("puts text at the left edge in the № column, however narrow", () => {
    expect(cellsOf("1  Жол         Асфальт        2026-жыл").cells).toEqual([
      "1",
      "Жол",
      "Асфальт",
      "2026-жыл",
    ]);
  });

  it("gives a second chunk in one column, a few characters short of the next, to the next", () => {
    // "Асфальт" printed at 11, four left of its column: the row's crowded first line
    expect(cellsOf("   Жол     Асфальт        2026-жыл").cells).toEqual(["", "Жол", "Асфальт", "2026-жыл"]);
  });

  it("says where each cell's text ends and whether it is one word", () => {
    const line = cellsOf("   Жолдорду    Асфальт төшөө  2026-");
    expect(line.ends).toEqual([-1, 11, 28, 35]);
    expect(line.oneWord).toEqual([false, true, false, true]);
  });
});

describe("lineJoin", () => {
  // the columns' text reaches 14, 29 and 38 on this page
  const reach = [1, 14, 29, 38];

  it("marks a one-word line reaching its column's edge that goes on in lower case", () => {
    const above = cellsOf("   Инвестициял  Асфальт        2026-");
    expect(lineJoin(above, 1, reach, "ык")).toBe(LIKELY_WORD_BREAK);
  });

  it("keeps a line break after a line short of the edge, of two words, or before a capital", () => {
    const above = cellsOf("   Жол          Асфальт төшөө  2026-");
    expect(lineJoin(above, 1, reach, "куруу")).toBe("\n");
    expect(lineJoin(above, 2, reach, "жана")).toBe("\n");
    expect(lineJoin(cellsOf("   Инвестициял  Асфальт        2026-"), 1, reach, "Мэрия")).toBe("\n");
  });

  it("marks a number going on in digits («800,|0»)", () => {
    const above = cellsOf("   Жол          Асфальт        800,");
    expect(lineJoin(above, 3, [1, 14, 29, 34], "0")).toBe(LIKELY_WORD_BREAK);
  });
});
