import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../tests/setup/error-code.ts";
import { numberText, readXlsx } from "./read-xlsx.ts";
import type { TableBlock } from "./table.ts";

const seed = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/seeds/${name}`));

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("readXlsx on the seeds", () => {
  it("reads the chong-alai sheet with its title row, header, headings and merged task cells", async () => {
    const doc = await readXlsx(seed("chong-alai-2025-2030.xlsx"), "chong-alai.xlsx");
    expect(doc.format).toBe("xlsx");
    expect(doc.blocks).toHaveLength(1);
    const rows = (doc.blocks[0] as TableBlock).rows;
    // 89 sheet rows, two of them blank (2 and 87).
    expect(rows).toHaveLength(87);
    expect(rows.every((r) => r.cells.length === 6)).toBe(true);
    expect(rows[0]?.cells.slice(1)).toEqual(["", "", "", "", ""]);
    expect(rows[0]?.cells[0]).toMatch(/^2025-2030-жылдарга Чон-Алай районунун/);
    expect(rows[1]?.cells).toEqual([
      "№",
      "Милдеттер",
      "Чаралар/аракеттер",
      "Ишке ашыруу мөөнөтү",
      "Күтүлгөн натыйжалар",
      "Жооптуу аткаруучулар",
    ]);
    expect(rows[2]?.cells[0]).toBe("4.1 Экономикалык өнүгүү");
    expect(rows[2]?.merged).toEqual(Array(6).fill(false));
    expect(rows[4]?.cells[1]).toBe(
      "Ири, орто жана чакан бизнести колдоо жана курулуш тармагындагы өнөр жай ишканаларын ишке киргизүү",
    );
    // B6:B10 merged: the four rows below the master are continuations.
    for (const i of [5, 6, 7, 8]) expect(rows[i]?.merged).toEqual([false, true, false, false, false, false]);
    expect(rows[9]?.merged?.[1]).toBe(false);
    expect(rows.filter((r) => r.merged?.[1]).length).toBe(55);
    expect(rows.at(-1)?.cells).toEqual(["", "Аппарат жетекчи", "", "", "З.Р.Шакиров", ""]);
  });

  it("reads the tash-komur sheet: 43 rows of 7 cells, two merged task cells", async () => {
    const rows = ((await readXlsx(seed("tash-komur-2026.xlsx"), "t.xlsx")).blocks[0] as TableBlock).rows;
    expect(rows).toHaveLength(43);
    expect(rows[1]?.cells[6]).toBe("Каржылоо булагы");
    expect(rows.flatMap((r, i) => (r.merged?.includes(true) ? [i] : []))).toEqual([8, 29]);
    expect(rows[3]?.cells.slice(0, 2)).toEqual(["1", "Цемент өндүрүп чыгаруучу заводду ишке киргизүү"]);
  });
});

describe("readXlsx on synthetic workbooks", () => {
  it("resolves merges and shows formulas, rich text, numbers, dates and errors as text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.getCell("B2").value = "Program title";
    ws.mergeCells("B2:E2");
    ws.getRow(4).values = [undefined, "№", "Task", "Cost", "Due"];
    ws.getRow(5).values = [undefined, 1, "Roads", 1250.5, new Date(Date.UTC(2026, 6, 1))];
    ws.getCell("D5").numFmt = "0.0";
    ws.getCell("E5").numFmt = "dd.mm.yyyy";
    ws.getCell("B6").value = { formula: "B5+1", result: 2 };
    ws.getCell("D6").value = 0.1 + 0.2;
    ws.getCell("E6").value = { richText: [{ text: "2026-жыл" }, { text: "дын II", font: { bold: true } }] };
    ws.mergeCells("C5:C7");
    ws.getCell("B7").value = 3;
    ws.getCell("D7").value = 0.98;
    ws.getCell("D7").numFmt = "0%";
    ws.getCell("E7").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("B8").value = "line 1\r\nline 2";
    ws.getCell("C8").value = { text: "link", hyperlink: "https://example.org" };
    ws.getCell("D8").value = true;
    ws.mergeCells("D9:E10");
    ws.getCell("D9").value = "block";
    const doc = await readXlsx(await bytesOf(wb), "s.xlsx");
    const F = false;
    expect(doc.blocks).toEqual([
      {
        kind: "table",
        rows: [
          { cells: ["Program title", "", "", ""], merged: [F, F, F, F] },
          { cells: ["№", "Task", "Cost", "Due"], merged: [F, F, F, F] },
          { cells: ["1", "Roads", "1250,5", "2026-07-01"], merged: [F, F, F, F] },
          { cells: ["2", "", "0,3", "2026-жылдын II"], merged: [F, true, F, F] },
          { cells: ["3", "", "98%", "#DIV/0!"], merged: [F, true, F, F] },
          { cells: ["line 1\nline 2", "link", "TRUE", ""], merged: [F, F, F, F] },
          { cells: ["", "", "block", ""], merged: [F, F, F, F] },
          { cells: ["", "", "", ""], merged: [F, F, true, true] },
        ],
      },
    ]);
  });

  it("reads visible non-empty sheets in order and skips hidden ones", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("First").getCell("A1").value = "one";
    wb.addWorksheet("Empty");
    wb.addWorksheet("Secret", { state: "hidden" }).getCell("A1").value = "hidden";
    wb.addWorksheet("VerySecret", { state: "veryHidden" }).getCell("A1").value = "very hidden";
    wb.addWorksheet("Second").getCell("C3").value = "two";
    const doc = await readXlsx(await bytesOf(wb), "s.xlsx");
    expect(doc.blocks).toEqual([
      { kind: "table", rows: [{ cells: ["one"], merged: [false] }] },
      { kind: "table", rows: [{ cells: ["two"], merged: [false] }] },
    ]);
  });
});

describe("numberText", () => {
  it("uses a decimal comma and the format's fixed decimals", () => {
    expect(numberText(32, "0.0")).toBe("32,0");
    expect(numberText(1250.5)).toBe("1250,5");
    expect(numberText(1500000, "#,##0")).toBe("1500000");
    expect(numberText(0.255, "0.0%")).toBe("25,5%");
    expect(numberText(-3)).toBe("-3");
  });
});

describe("readXlsx errors", () => {
  it("rejects empty, non-zip, truncated and non-workbook files with AppErrors", async () => {
    expect(await errorCodeOf(readXlsx(new Uint8Array(), "a.xlsx"))).toBe("empty_file");
    expect(await errorCodeOf(readXlsx(new TextEncoder().encode("a;b;c"), "a.xlsx"))).toBe("corrupt_file");
    const bytes = seed("tash-komur-2026.xlsx");
    expect(await errorCodeOf(readXlsx(bytes.subarray(0, 3000), "a.xlsx"))).toBe("corrupt_file");
    const other = new JSZip();
    other.file("word/document.xml", "<w:document/>");
    const code = await errorCodeOf(readXlsx(await other.generateAsync({ type: "uint8array" }), "a.xlsx"));
    expect(["corrupt_file", "resolved"]).toContain(code);
  });
});
