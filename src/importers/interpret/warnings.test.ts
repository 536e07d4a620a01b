import { describe, expect, it } from "vitest";
import { WARNING_CODES, WARNING_PARAMS } from "../../domain/message-codes.ts";
import type { Block, SourceDocument, TableRow } from "../table.ts";
import { interpretDocument } from "./interpret.ts";

const row = (...cells: string[]): TableRow => ({ cells });
const table = (...rows: TableRow[]): Block => ({ kind: "table", rows });
// the reader's warnings about the whole document, as the text reader and OCR give them
const doc = (...blocks: Block[]): SourceDocument => ({
  format: "test",
  blocks,
  warnings: [
    { code: "lost_columns", params: { confidence: 0.9 }, message: "this text lost its columns" },
    { code: "ocr_text", params: { pages: 1, confidence: 88 }, message: "read by OCR" },
  ],
});

const { warnings } = interpretDocument(
  doc(
    { kind: "paragraph", text: "План мероприятий по развитию города Каракол на 2025-2027 годы" },
    table(
      row("№ п/п", "Мероприятия", "Ответственные исполнители", "Срок исполнения", "Источник финансирования"),
      row("1.", "", "Мэрия", "2025 год", "местный бюджет"),
      row("2.", "Ремонт дорог", "Мэрия", "", "местный бюджет"),
      row("3.", "Освещение улиц", "Мэрия", "когда будет возможность", "местный бюджет"),
      row(
        "4.",
        "Ремонт школ",
        "Управление строительства архитектуры жилищно-коммунального хозяйства мэрии города Каракол подведомственное",
        "2026 год",
        "местный бюджет",
      ),
      row("5.", "Посадка деревьев", "Мэрия", "2026 год", "добрые люди"),
      row("", "Открыть 12 новых", "Мэрия", "2026 год", "местный бюджет"),
    ),
  ),
  "test.docx",
  { today: new Date("2026-01-01T00:00:00Z") },
);

describe("import warnings", () => {
  it("cover every warning code but the OCR step's own, which follows the interpretation", () => {
    const codes = WARNING_CODES.filter((c) => c !== "ocr_low_confidence");
    expect([...new Set(warnings.map((w) => w.code))].sort()).toEqual([...codes].sort());
  });

  it("pass the reader's warnings about the whole document on first, about no measure", () => {
    expect(warnings.slice(0, 2)).toEqual([
      {
        measure: null,
        code: "lost_columns",
        params: { confidence: 0.9 },
        message: "this text lost its columns",
      },
      { measure: null, code: "ocr_text", params: { pages: 1, confidence: 88 }, message: "read by OCR" },
    ]);
  });

  it("carry where they are and exactly the params of their code", () => {
    for (const w of warnings.filter((w) => w.measure !== null)) {
      const where = w.params.measure === undefined ? ["row"] : ["measure", "row"];
      expect([w.code, Object.keys(w.params).sort()]).toEqual([
        w.code,
        [...where, ...WARNING_PARAMS[w.code]].sort(),
      ]);
      expect(w.params.row).toBe((w.measure ?? -1) + 1);
    }
    for (const w of warnings.filter((w) => w.measure === null))
      expect(Object.keys(w.params).sort()).toEqual([...WARNING_PARAMS[w.code]].sort());
  });

  it("keep the English message for the CLI and logs", () => {
    expect(warnings.find((w) => w.code === "target_without_unit")).toMatchObject({
      params: { row: 6, number: 12 },
      message: "row 6: number 12 has no unit",
    });
    expect(warnings.find((w) => w.code === "no_deadline")).toMatchObject({
      params: { row: 2, measure: "2" },
      message: "№ 2.: no deadline",
    });
  });
});
