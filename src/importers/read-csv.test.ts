import { describe, expect, it } from "vitest";
import { isAppError } from "../domain/errors.ts";
import { decodeText, detectDelimiter, parseCsv, readCsv } from "./read-csv.ts";
import type { TableBlock } from "./table.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1251 for the basic Cyrillic letters А..я (U+0410..U+044F → 0xC0..0xFF) and ASCII. */
const cp1251 = (s: string) =>
  new Uint8Array(
    [...s].map((ch) => (ch.charCodeAt(0) >= 0x410 ? ch.charCodeAt(0) - 0x350 : ch.charCodeAt(0))),
  );

async function cellsOf(bytes: Uint8Array): Promise<string[][]> {
  const doc = await readCsv(bytes, "plan.csv");
  return doc.blocks.flatMap((b) => (b as TableBlock).rows.map((r) => r.cells));
}

describe("readCsv", () => {
  it("reads a comma file with a quoted comma", async () => {
    expect(await cellsOf(utf8('№,Task,Due\n1,"Roads, streets",2026\n'))).toEqual([
      ["№", "Task", "Due"],
      ["1", "Roads, streets", "2026"],
    ]);
  });

  it("reads a semicolon file whose numbers have decimal commas, with doubled quotes and CRLF", async () => {
    expect(await cellsOf(utf8('1;Ремонт;1250,5\r\n2;"Жол ""Ош""";300,0\r\n3;Мектеп;12,75\r\n'))).toEqual([
      ["1", "Ремонт", "1250,5"],
      ["2", 'Жол "Ош"', "300,0"],
      ["3", "Мектеп", "12,75"],
    ]);
  });

  it("reads a tab-separated file", async () => {
    expect(await cellsOf(utf8("a\tb, c\td\n1\t2\t3"))).toEqual([
      ["a", "b, c", "d"],
      ["1", "2", "3"],
    ]);
  });

  it("keeps line breaks inside quoted fields as \\n", async () => {
    expect(await cellsOf(utf8('a,b\n1,"line 1\r\nline 2\nline 3"\n2,x'))).toEqual([
      ["a", "b"],
      ["1", "line 1\nline 2\nline 3"],
      ["2", "x"],
    ]);
  });

  it("strips a UTF-8 BOM", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("№;Милдет\n1;Жол")]);
    expect(await cellsOf(bytes)).toEqual([
      ["№", "Милдет"],
      ["1", "Жол"],
    ]);
  });

  it("falls back to Windows-1251 when the bytes are not UTF-8", async () => {
    expect(await cellsOf(cp1251("Милдет;Чара\n1;Жолду оңдоо".replace("ң", "н")))).toEqual([
      ["Милдет", "Чара"],
      ["1", "Жолду ондоо"],
    ]);
  });

  it("reads UTF-16LE with a BOM (Excel's Unicode text export)", async () => {
    const text = "a\tб\r\n1\t2\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((ch, i) => {
      bytes[2 + i * 2] = ch.charCodeAt(0) & 0xff;
      bytes[3 + i * 2] = ch.charCodeAt(0) >> 8;
    });
    expect(await cellsOf(bytes)).toEqual([
      ["a", "б"],
      ["1", "2"],
    ]);
  });

  it("pads short rows to the widest row and skips blank lines", async () => {
    expect(await cellsOf(utf8("a,b,c\n\n1\n,,\n2,3\n"))).toEqual([
      ["a", "b", "c"],
      ["1", "", ""],
      ["2", "3", ""],
    ]);
  });

  it("gives no table for a file of blank lines and one column for a plain line", async () => {
    expect((await readCsv(utf8("\n\r\n"), "x.csv")).blocks).toEqual([]);
    expect(await cellsOf(utf8("just one line"))).toEqual([["just one line"]]);
  });

  it("rejects an empty file and a binary file with AppErrors", async () => {
    await expect(readCsv(new Uint8Array(), "x.csv")).rejects.toSatisfy((e) => isAppError(e, "empty_file"));
    await expect(readCsv(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), "x.csv")).rejects.toSatisfy((e) =>
      isAppError(e, "corrupt_file"),
    );
  });
});

describe("detectDelimiter and parseCsv", () => {
  it("prefers the delimiter that splits the records consistently", () => {
    expect(detectDelimiter("a;b;c\n1,5;2;3\n4;5,5;6,25")).toBe(";");
    expect(detectDelimiter("a,b\n1,2\n3,4")).toBe(",");
    // A tie (two fields either way) goes to the tab: a tab is rarely typed inside a cell.
    expect(detectDelimiter("x\ty;z\n1\t2;3")).toBe("\t");
    expect(detectDelimiter("1;Мэрия, РМА;2026\n2;ЖБ;2027")).toBe(";");
    expect(detectDelimiter("no delimiter here")).toBe(",");
  });

  it("keeps a stray quote inside an unquoted field and runs an unclosed quote to the end", () => {
    expect(parseCsv('5" pipe,"open\nquote', ",")).toEqual([['5" pipe', "open\nquote"]]);
  });

  it("decodes plain UTF-8 as is", () => {
    expect(decodeText(utf8("Өнүгүү"))).toBe("Өнүгүү");
  });
});
