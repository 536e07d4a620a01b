import { describe, expect, it } from "vitest";
import { isAppError } from "../../domain/errors.ts";
import { importPlan } from "../import-plan.ts";
import { LOST_COLUMNS_MIN_CONFIDENCE, readOrderedText } from "./ordered-text.ts";

const WORKS = [
  "Ремонт дороги по улице Ленина",
  "Освещение улицы Токтогула",
  "Ремонт крыши школы № 2",
  "Строительство детской площадки",
  "Очистка арыков в селе Жаны-Жер",
  "Посадка деревьев в парке",
  "Ремонт водопровода в селе Ак-Суу",
  "Открытие спортивного зала",
  "Ремонт моста через реку",
  "Установка остановки автобуса",
];

/**
 * A viewer's copy of ten measures with a blank line between rows: blank-line separated blocks of
 * several lines, as column blocks are, yet each row's cells follow each other. The rows at
 * `withoutDeadline` (0-based) have no deadline and so are not read whole.
 */
function spacedRows(withoutDeadline: number[]): string {
  const rows = WORKS.map(
    (work, i) =>
      `${i + 1} ${work}\n${withoutDeadline.includes(i) ? "" : `${2026 + (i % 2)} год\n`}Мэрия города\nМестный бюджет`,
  );
  return [
    "План мероприятий города Каракол на 2026-2027 годы",
    "№ Мероприятия Срок исполнения Ответственные исполнители Источник финансирования",
    rows.join("\n\n"),
    "",
  ].join("\n");
}

describe("text cut into blocks", () => {
  it("is read, with a lost_columns warning naming the confidence, when its rows still come out whole", () => {
    // 9 of the 10 rows have a number, a deadline and more cells: confidence 9 / 10 = 0.9
    const { blocks, warnings } = readOrderedText(spacedRows([4]));
    expect(warnings).toEqual([
      expect.objectContaining({ code: "lost_columns", params: { confidence: 0.9 } }),
    ]);
    expect(warnings?.[0]?.message).toMatch(
      /lost its columns.*90% of its rows came out whole \(confidence 0\.90\)/,
    );
    const table = blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows[5]?.cells).toEqual([
      "5",
      "Очистка арыков в селе Жаны-Жер",
      "",
      "Мэрия города",
      "Местный бюджет",
    ]);
  });

  it("is read at the threshold and refused below it, keeping the refusal's message", () => {
    expect(LOST_COLUMNS_MIN_CONFIDENCE).toBe(0.8);
    // 8 of 10 whole: 0.8, just enough
    expect(readOrderedText(spacedRows([1, 6])).warnings?.[0]?.params).toEqual({ confidence: 0.8 });
    // 7 of 10 whole: 0.7, refused
    let error: unknown;
    try {
      readOrderedText(spacedRows([1, 3, 6]));
    } catch (e) {
      error = e;
    }
    expect(isAppError(error, "no_action_table")).toBe(true);
    expect((error as Error).message).toMatch(
      /lost its columns.*import the PDF itself or paste its text with pdftotext -layout\. Read as it is, 70% of its rows came out whole \(confidence 0\.70\)/,
    );
    expect((error as { details?: unknown }).details).toEqual({ reason: "lost_columns", confidence: 0.7 });
  });

  it("brings the warning to the import summary, before the warnings about measures", async () => {
    const bytes = new TextEncoder().encode(spacedRows([4]));
    const { plan, warnings } = await importPlan(bytes, "pasted.txt", { today: new Date("2026-11-21") });
    expect(plan.measures).toHaveLength(10);
    expect(warnings[0]).toMatchObject({ measure: null, code: "lost_columns", params: { confidence: 0.9 } });
    // measure 5 has no deadline: its warning follows
    expect(warnings[1]).toMatchObject({ measure: 4, code: "no_deadline", params: { row: 5, measure: "5" } });
  });

  it("without blank lines between rows is no warning at all", () => {
    const joined = spacedRows([]).replace(/\n\n/g, "\n");
    expect(readOrderedText(joined).warnings).toBeUndefined();
  });
});
