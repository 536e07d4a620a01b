import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TableBlock } from "../table.ts";
import { readTabText } from "./tab.ts";

describe("readTabText", () => {
  it("splits title, table and signature; pads short rows; flags the row after a blank line", () => {
    const text = [
      "Программа",
      "",
      "№\tЧара\tМөөнөт",
      "Бөлүм\t\t",
      "1\tКуруу\t2026",
      "",
      "\tуландысы",
      "Мэр",
      "",
      "А.Б.Уулу",
    ].join("\n");
    const blocks = readTabText(text);
    expect(blocks[0]).toEqual({ kind: "paragraph", text: "Программа" });
    const table = blocks[1] as TableBlock;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ["№", "Чара", "Мөөнөт"],
      ["Бөлүм", "", ""],
      ["1", "Куруу", "2026"],
      ["", "уландысы", ""],
    ]);
    expect(table.rows[3]?.afterPageBreak).toBe(true);
    expect(table.rows[2]?.afterPageBreak).toBeUndefined();
    expect(blocks.slice(2)).toEqual([
      { kind: "paragraph", text: "Мэр" },
      { kind: "paragraph", text: "А.Б.Уулу" },
    ]);
  });

  it("reads the Таш-Көмүр export: 7 columns, 25 numbered rows, signatures after", () => {
    const text = readFileSync("tests/fixtures/seeds/tash-komur-2026.txt", "utf8");
    const blocks = readTabText(text);
    const table = blocks.find((b) => b.kind === "table") as TableBlock;
    expect(table.rows.every((r) => r.cells.length === 7)).toBe(true);
    expect(table.rows[0]?.cells[0]).toBe("№");
    const numbers = table.rows.map((r) => r.cells[0]).filter((c) => /^\d+$/.test(c ?? ""));
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    // "байытуу заводу" (row 3's last line of responsible) follows a blank line: a page break.
    const cont = table.rows.find((r) => r.cells[5] === "байытуу заводу");
    expect(cont?.afterPageBreak).toBe(true);
    expect(blocks.at(-1)).toEqual({ kind: "paragraph", text: "К.Б.Бектемиров" });
  });
});
