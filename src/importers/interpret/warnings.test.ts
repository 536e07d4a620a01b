import { describe, expect, it } from "vitest";
import { WARNING_CODES, WARNING_PARAMS } from "../../domain/message-codes.ts";
import type { Block, SourceDocument, TableRow } from "../table.ts";
import { interpretDocument } from "./interpret.ts";

const row = (...cells: string[]): TableRow => ({ cells });
const table = (...rows: TableRow[]): Block => ({ kind: "table", rows });
const doc = (...blocks: Block[]): SourceDocument => ({ format: "test", blocks });

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
  it("cover every warning code", () => {
    expect(warnings.map((w) => w.code).sort()).toEqual([...WARNING_CODES].sort());
  });

  it("carry where they are and exactly the params of their code", () => {
    for (const w of warnings) {
      const where = w.params.measure === undefined ? ["row"] : ["measure", "row"];
      expect([w.code, Object.keys(w.params).sort()]).toEqual([
        w.code,
        [...where, ...WARNING_PARAMS[w.code]].sort(),
      ]);
      expect(w.params.row).toBe((w.measure ?? -1) + 1);
    }
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
