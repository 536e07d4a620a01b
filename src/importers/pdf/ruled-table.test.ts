import { describe, expect, it } from "vitest";
import { buildTestPdf, type TestPage } from "../../../tests/setup/test-pdf.ts";
import { readPdf } from "../read-pdf.ts";
import type { Block, TableBlock } from "../table.ts";

type Line = { x1: number; y1: number; x2: number; y2: number };

/**
 * A 3-column table (x 50 | 100 | 250 | 400) over rows y 800 | 780 | 740 | 700 | 680: a header, a
 * measure, a second measure whose task cell is merged with the first (no line under "Roads"),
 * and a section row spanning all columns (no inner vertical lines).
 */
const gridLines: Line[] = [
  ...[800, 780, 700, 680].map((y) => ({ x1: 50, y1: y, x2: 400, y2: y })),
  { x1: 50, y1: 740, x2: 100, y2: 740 },
  { x1: 250, y1: 740, x2: 400, y2: 740 },
  ...[50, 400].map((x) => ({ x1: x, y1: 680, x2: x, y2: 800 })),
  ...[100, 250].map((x) => ({ x1: x, y1: 700, x2: x, y2: 800 })),
];

const tableTexts = [
  { x: 55, y: 786, text: "No" },
  { x: 105, y: 786, text: "Task" },
  { x: 255, y: 786, text: "Action" },
  { x: 55, y: 766, text: "1" },
  { x: 105, y: 766, text: "Roads" },
  { x: 255, y: 766, text: "Fix road" },
  { x: 294, y: 766, text: "A" },
  { x: 255, y: 752, text: "quickly" },
  { x: 55, y: 726, text: "2" },
  { x: 255, y: 726, text: "Fix road B" },
  { x: 55, y: 686, text: "Water" },
];

const firstPage: TestPage = {
  lines: gridLines,
  texts: [
    { x: 50, y: 820, text: "Plan of actions", size: 14 },
    ...tableTexts,
    { x: 50, y: 600, text: "Mayor" },
    { x: 300, y: 600, text: "J. Smith" },
    { x: 290, y: 30, text: "1" },
  ],
};

const expectedRows = [
  { cells: ["No", "Task", "Action"], merged: [false, false, false] },
  { cells: ["1", "Roads", "Fix road A\nquickly"], merged: [false, false, false] },
  { cells: ["2", "", "Fix road B"], merged: [false, true, false] },
  { cells: ["Water", "", ""], merged: [false, false, false] },
];

async function read(pages: TestPage[]): Promise<Block[]> {
  return (await readPdf(buildTestPdf(pages), "test.pdf")).blocks;
}

describe("ruled tables", () => {
  it("reads cells from the lines: merged task, spanning section row, title and signature outside", async () => {
    expect(await read([firstPage])).toEqual([
      { kind: "paragraph", text: "Plan of actions" },
      { kind: "table", rows: expectedRows },
      { kind: "paragraph", text: "Mayor\tJ. Smith" },
    ]);
  });

  it("reads borders drawn as thin filled boxes the same way", async () => {
    const boxes = gridLines.map((l) =>
      l.y1 === l.y2
        ? { x: l.x1, y: l.y1 - 0.3, w: l.x2 - l.x1, h: 0.6 }
        : { x: l.x1 - 0.3, y: l.y1, w: 0.6, h: l.y2 - l.y1 },
    );
    const blocks = await read([{ boxes, texts: tableTexts }]);
    expect(blocks).toEqual([{ kind: "table", rows: expectedRows }]);
  });

  it("joins a table continued on the next page, marking the repeated header and the page break", async () => {
    const second: TestPage = {
      lines: [
        ...[800, 780, 760, 740].map((y) => ({ x1: 50, y1: y, x2: 400, y2: y })),
        ...[50, 100, 250, 400].map((x) => ({ x1: x, y1: 740, x2: x, y2: 800 })),
      ],
      texts: [
        ...tableTexts.slice(0, 3),
        { x: 255, y: 766, text: "and more" },
        { x: 55, y: 746, text: "3" },
        { x: 105, y: 746, text: "Light" },
        { x: 255, y: 746, text: "Lamps" },
        { x: 290, y: 30, text: "- 2 -" },
      ],
    };
    const blocks = await read([{ lines: gridLines, texts: tableTexts }, second]);
    expect(blocks).toHaveLength(1);
    const rows = (blocks[0] as TableBlock).rows;
    expect(rows.map((r) => r.cells)).toEqual([
      ...expectedRows.map((r) => r.cells),
      ["No", "Task", "Action"],
      ["", "", "and more"],
      ["3", "Light", "Lamps"],
    ]);
    expect(rows.map((r) => [r.header ?? false, r.afterPageBreak ?? false])).toEqual([
      [true, false],
      [false, false],
      [false, false],
      [false, false],
      [true, true],
      [false, true],
      [false, false],
    ]);
  });

  it("keeps tables with different columns on two pages apart", async () => {
    const other: TestPage = {
      lines: [
        ...[800, 780].map((y) => ({ x1: 50, y1: y, x2: 300, y2: y })),
        ...[50, 150, 300].map((x) => ({ x1: x, y1: 780, x2: x, y2: 800 })),
      ],
      texts: [
        { x: 55, y: 786, text: "Name" },
        { x: 155, y: 786, text: "Sum" },
      ],
    };
    const blocks = await read([{ lines: gridLines, texts: tableTexts }, other]);
    expect(blocks.map((b) => (b.kind === "table" ? b.rows.length : b.kind))).toEqual([4, 1]);
    expect((blocks[1] as TableBlock).rows[0]).toEqual({ cells: ["Name", "Sum"], merged: [false, false] });
  });
});
