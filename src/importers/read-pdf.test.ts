import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "./read-pdf.ts";
import type { ParagraphBlock, SourceDocument, TableBlock, TableRow } from "./table.ts";

const seeds = new URL("../../tests/fixtures/seeds/", import.meta.url);

async function readSeed(name: string): Promise<SourceDocument> {
  return readPdf(new Uint8Array(readFileSync(new URL(name, seeds))), name);
}

function tables(doc: SourceDocument): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.kind === "table");
}

function paragraphs(doc: SourceDocument): string[] {
  return doc.blocks.filter((b): b is ParagraphBlock => b.kind === "paragraph").map((b) => b.text);
}

/** The row whose first cell is `number` (the measure's №). */
function rowNumbered(table: TableBlock, number: string): TableRow {
  const row = table.rows.find((r) => r.cells[0] === number);
  if (!row) throw new Error(`no row ${number}`);
  return row;
}

describe("readPdf on tash-komur-2026.pdf (landscape, 4 pages, 7 columns)", () => {
  let doc: SourceDocument;
  let table: TableBlock;
  beforeAll(async () => {
    doc = await readSeed("tash-komur-2026.pdf");
    table = tables(doc)[0] as TableBlock;
  });

  it("reads one table spanning all pages, between the title and the signature", () => {
    expect(doc.format).toBe("pdf");
    expect(tables(doc)).toHaveLength(1);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
    const [title, signature] = paragraphs(doc);
    expect(title).toBe(
      "Таш-Көмүр шаардык мэриясынын 2026-жыл ичинде шаарды социалдык-экономикалык жактан өнүктүрүү жана калкты социалдык\nжактан коргоо боюнча Программасы",
    );
    expect(signature?.split("\t")).toEqual(["Таш-Көмүр шаарынын мэри", "К.Б.Бектемиров"]);
  });

  it("has the header row, repeated on each of the 3 later pages", () => {
    const header = ["№", "Милдеттер", "Чаралар/аракеттер", "Ишке ашыруу мөөнөтү", "Күтүлгөн натыйжалар"];
    expect(table.rows[0]?.cells.slice(0, 5)).toEqual(header);
    expect(table.rows[0]?.cells.slice(5)).toEqual(["Жооптуу аткаруучулар", "Каржылоо булагы"]);
    const repeats = table.rows.filter((r) => r.header);
    expect(repeats).toHaveLength(4);
    expect(repeats.slice(1).every((r) => r.afterPageBreak && r.cells[1] === "Милдеттер")).toBe(true);
  });

  it("has 45 rows: 4 headers, 13 section rows, 27 measures, 1 measure cut by a page break", () => {
    expect(table.rows.every((r) => r.cells.length === 7)).toBe(true);
    expect(table.rows).toHaveLength(45);
  });

  it("puts a section title spanning the row in its first cell", () => {
    expect(table.rows[1]?.cells).toEqual([
      "Өнөр жай тармагын өнүктүрүү, инвестициялык жана бизнес-климат",
      ...Array(6).fill(""),
    ]);
  });

  it("joins lines Word wrapped with a space (none after a hyphen), keeps a break before a capital", () => {
    const row = rowNumbered(table, "1");
    expect(row.cells[1]).toBe("Цемент өндүрүп чыгаруучу заводду ишке киргизүү");
    // Word wrapped "III-кварталы" after its hyphen: the word goes on without a space
    expect(row.cells[3]).toBe("2026-жылдын III-кварталы");
    expect(row.cells[5]).toBe("Таш-Көмүр шаардык мэриясы, “Евро Юг Цемент”\nЖЧКсы");
    expect(row.cells[6]).toBe("Инвестор");
    expect(rowNumbered(table, "3").cells[1]).toBe(
      "«GRK Solar Enerqi»\nЖЧКсын жана “ОФ\nТашкумыр” көмүрдү байытуу заводдун ишке киргизүү",
    );
  });

  it("marks the task cell merged over a task's second measure", () => {
    const four = table.rows.indexOf(rowNumbered(table, "4"));
    const next = table.rows[four + 1] as TableRow;
    expect(next.cells.slice(0, 3)).toEqual([
      "",
      "",
      "Демөөрчүлөрдүн эсебинен Таш-Көмүр шаарынын Меңдигулов жана Түндүк аймактык башкармалыгында заманбап бокс, күрөш залын куруп, ачылышын уюштуруу",
    ]);
    expect(next.merged).toEqual([false, true, false, false, false, false, false]);
    expect(next.cells[6]).toBe("Демөөрчү, РБ");
  });

  it("keeps a measure cut by the page break as a second row after the repeated header", () => {
    const header = table.rows.findIndex((r, i) => i > 0 && r.header);
    const continued = table.rows[header + 1] as TableRow;
    expect(table.rows[header - 1]?.cells[0]).toBe("6");
    expect(continued.afterPageBreak).toBe(true);
    expect(continued.cells[2]).toBe(
      "бакчасын кайра куруп, балдардын жана жаштардын жашоосуна ыңгайлуу шарттарды түзүү",
    );
    expect(continued.cells.filter((c) => c !== "")).toHaveLength(1);
  });
});

describe("readPdf on chong-alai-2025-2030.pdf (7 pages, 6 columns, tasks merged over many rows)", () => {
  let doc: SourceDocument;
  let table: TableBlock;
  beforeAll(async () => {
    doc = await readSeed("chong-alai-2025-2030.pdf");
    table = tables(doc)[0] as TableBlock;
  });

  it("reads the title, one table and the two signatures", () => {
    expect(tables(doc)).toHaveLength(1);
    const texts = paragraphs(doc);
    expect(texts[0]).toBe(
      "2025-2030-жылдарга Чон-Алай районунун социалдык-экономикалык өнүктүрүү программасын ишке ашыруу боюнча иш- чаралар планы",
    );
    expect(texts.at(-1)?.split("\n")).toEqual([
      "Акимдин орун басары\tБ.Ж.Бакыбеков",
      "Аппарат жетекчи\tЗ.Р.Шакиров",
    ]);
  });

  it("has 6 columns, the header, and 94 rows (7 headers, 3 sections, 80 measures, 4 cut rows)", () => {
    expect(table.rows[0]?.cells).toEqual([
      "№",
      "Милдеттер",
      "Чаралар/аракеттер",
      "Ишке ашыруу мөөнөтү",
      "Күтүлгөн натыйжалар",
      "Жооптуу аткаруучулар",
    ]);
    expect(table.rows.every((r) => r.cells.length === 6)).toBe(true);
    expect(table.rows.filter((r) => r.header)).toHaveLength(7);
    expect(table.rows).toHaveLength(94);
    expect(table.rows[1]?.cells[0]).toBe("4.1 Экономикалык өнүгүү");
    expect(table.rows[2]?.cells[0]).toBe("4.1.1 Өнөр жайы");
  });

  it("gives a task merged over five numbered rows once, the rows below marked merged", () => {
    const first = table.rows.indexOf(rowNumbered(table, "1"));
    expect(table.rows[first]?.cells[1]).toBe(
      "Ири, орто жана чакан бизнести колдоо жана курулуш тармагындагы өнөр жай ишканаларын ишке киргизүү",
    );
    const below = table.rows.slice(first + 1, first + 5);
    expect(below.map((r) => r.cells[0])).toEqual(["2", "3", "4", "5"]);
    expect(below.every((r) => r.cells[1] === "" && r.merged?.[1] === true && r.merged?.[0] === false)).toBe(
      true,
    );
    expect(rowNumbered(table, "6").merged?.[1]).toBe(false);
  });

  it("reads cells exactly", () => {
    const two = rowNumbered(table, "2");
    expect(two.cells[2]).toBe("Райондун аймагында металлургиялык заводдун курулушун баштоого жетишүү");
    expect(two.cells[3]).toBe("2025-2030- жылдар");
    expect(two.cells[5]).toBe("Кашка-Суу айыл өкмөтү, РМА");
    expect(rowNumbered(table, "9").cells[3]).toBe("");
  });
});
