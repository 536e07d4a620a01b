import { describe, expect, it } from "vitest";
import { buildTestPdf } from "../../../tests/setup/test-pdf.ts";
import { readPdf } from "../read-pdf.ts";

const header = [
  { x: 50, y: 780, text: "No" },
  { x: 80, y: 780, text: "Task" },
  { x: 200, y: 780, text: "Action" },
  { x: 380, y: 780, text: "Deadline" },
];

const body = [
  { x: 50, y: 760, text: "1" },
  { x: 80, y: 760, text: "Build roads" },
  { x: 200, y: 760, text: "Asphalt the main" },
  { x: 380, y: 760, text: "2026" },
  { x: 200, y: 748, text: "street" },
  { x: 50, y: 728, text: "2" },
  { x: 80, y: 728, text: "Water" },
  { x: 200, y: 728, text: "New pipes" },
  { x: 380, y: 728, text: "2027" },
];

describe("tables without ruling lines", () => {
  it("takes the columns from the header and starts a row where the first column has text", async () => {
    const pdf = buildTestPdf([
      {
        texts: [
          { x: 50, y: 820, text: "Action plan", size: 14 },
          ...header,
          ...body,
          { x: 50, y: 600, text: "Mayor" },
          { x: 300, y: 600, text: "J. Smith" },
        ],
      },
    ]);
    const doc = await readPdf(pdf, "plain.pdf");
    expect(doc.blocks).toEqual([
      { kind: "paragraph", text: "Action plan" },
      {
        kind: "table",
        rows: [
          { cells: ["No", "Task", "Action", "Deadline"] },
          { cells: ["1", "Build roads", "Asphalt the main\nstreet", "2026"] },
          { cells: ["2", "Water", "New pipes", "2027"] },
        ],
      },
      { kind: "paragraph", text: "Mayor\tJ. Smith" },
    ]);
  });

  it("puts body text that starts left of a centred header word in that header's column", async () => {
    const centred = header.map((h) => (h.text === "Action" ? { ...h, x: 230 } : h));
    const doc = await readPdf(buildTestPdf([{ texts: [...centred, ...body] }]), "plain.pdf");
    const table = doc.blocks[0];
    expect(table?.kind === "table" && table.rows[1]?.cells[2]).toBe("Asphalt the main\nstreet");
  });

  it("reads a page of prose as paragraphs only", async () => {
    const texts = [
      { x: 50, y: 800, text: "First line of a letter" },
      { x: 50, y: 788, text: "and its second line." },
      { x: 50, y: 700, text: "Another paragraph." },
    ];
    const doc = await readPdf(buildTestPdf([{ texts }]), "letter.pdf");
    expect(doc.blocks).toEqual([
      { kind: "paragraph", text: "First line of a letter\nand its second line." },
      { kind: "paragraph", text: "Another paragraph." },
    ]);
  });
});
