import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TableBlock } from "../table.ts";
import { readLayoutText } from "./layout.ts";

const tableOf = (text: string) => readLayoutText(text).find((b) => b.kind === "table") as TableBlock;
const numbered = (t: TableBlock) => t.rows.map((r) => r.cells[0] ?? "").filter((c) => /^\d+$/.test(c));

describe("readLayoutText", () => {
  it("cuts lines into cells by position and joins continuation lines", () => {
    const text = [
      "Программа",
      "№   Милдет        Чара                Мөөнөт",
      "1.1 Өнөр жай",
      "1   Ишканаларды   Цех куруу жана      2026-жыл",
      "    колдоо        аны ишке киргизүү",
      "                  Жаңы жол куруу      2027-жыл",
      "2   Суу менен     Суу түтүгүн         2026-жыл",
      "    камсыздоо     оңдоо",
      "",
      "Мэр     А.Б.Уулу",
    ].join("\n");
    const blocks = readLayoutText(text);
    expect(blocks[0]).toEqual({ kind: "paragraph", text: "Программа" });
    const table = blocks[1] as TableBlock;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ["№", "Милдет", "Чара", "Мөөнөт"],
      ["1.1 Өнөр жай", "", "", ""],
      ["1", "Ишканаларды\nколдоо", "Цех куруу жана\nаны ишке киргизүү", "2026-жыл"],
      // No number, but its action and deadline both start afresh: a second measure of the task.
      ["", "", "Жаңы жол куруу", "2027-жыл"],
      ["2", "Суу менен\nкамсыздоо", "Суу түтүгүн\nоңдоо", "2026-жыл"],
    ]);
    expect(table.rows[0]?.header).toBe(true);
    expect(blocks[2]).toEqual({ kind: "paragraph", text: "Мэр А.Б.Уулу" });
  });

  it("gives back the lower-case tail of a merged task cell to the row above", () => {
    const text = [
      "№   Милдет            Чара          Мөөнөт",
      "1   Ири ишканаларды   Цех куруу     2026-жыл",
      "2   колдоо            Жол куруу     2027-жыл",
    ].join("\n");
    const rows = tableOf(text).rows;
    expect(rows[1]?.cells[1]).toBe("Ири ишканаларды\nколдоо");
    expect(rows[2]?.cells[1]).toBe("");
  });

  it("keeps a wrapped line whose cells open with names in its row; starts one where cells had ended", () => {
    const text = [
      "№   Милдет      Чара                 Мөөнөт     Жооптуу",
      "1   Жолдорду    Асфальт төшөө        2026-жыл   Мэрия,",
      "    оңдоо       шаардын Кызыл-Жар,   IV-чейрек  Курулуш бөлүмү,",
      // Every cell starts with a capital, but each column's text went on from the line above.
      "                Кызыл-Алма көчөлөрү             Жол кызматы",
      "                асфальттоо",
      // A new measure in lower case: its deadline and responsible start where the row's had ended.
      "                жаңы көпүрө куруу    2027-жыл   Мэрия",
    ].join("\n");
    expect(tableOf(text).rows.map((r) => r.cells)).toEqual([
      ["№", "Милдет", "Чара", "Мөөнөт", "Жооптуу"],
      [
        "1",
        "Жолдорду\nоңдоо",
        "Асфальт төшөө\nшаардын Кызыл-Жар,\nКызыл-Алма көчөлөрү\nасфальттоо",
        "2026-жыл\nIV-чейрек",
        "Мэрия,\nКурулуш бөлүмү,\nЖол кызматы",
      ],
      ["", "", "жаңы көпүрө куруу", "2027-жыл", "Мэрия"],
    ]);
  });

  it("splits two columns left one space apart when the right one starts a character early", () => {
    const text = [
      "№   Милдет              Чара              Мөөнөт",
      "1   Гранттарды          Мектеп куруу      2026-жыл",
      "2   Долбоорлорду ишке Спорт зал куруу     2027-жыл",
      "    ашыруу              жана оңдоо",
    ].join("\n");
    const row2 = tableOf(text).rows.find((r) => r.cells[0] === "2");
    expect(row2?.cells.slice(1, 3)).toEqual(["Долбоорлорду ишке\nашыруу", "Спорт зал куруу\nжана оңдоо"]);
  });

  it("reads a numbered line running across the columns as a heading, not as a row", () => {
    const text = [
      "№   Задачи       Мероприятия      Срок",
      "1. Развитие экономики и предпринимательства",
      "1   Создание     Проведение       2025 г.",
    ].join("\n");
    expect(tableOf(text).rows.map((r) => r.cells)).toEqual([
      ["№", "Задачи", "Мероприятия", "Срок"],
      ["1. Развитие экономики и предпринимательства", "", "", ""],
      ["1", "Создание", "Проведение", "2025 г."],
    ]);
  });

  it("finds the header below a title spread over the columns; title lines are paragraphs each", () => {
    const text = [
      "Приложение 2",
      "Шаарды      өнүктүрүү      боюнча      Программа",
      "№     Милдет           Чара              Мөөнөт",
      "1     Жол куруу        Асфальт төшөө     2026-жыл",
      "2     Суу менен        Түтүк оңдоо       2027-жыл",
    ].join("\n");
    const blocks = readLayoutText(text);
    expect(blocks.slice(0, 2)).toEqual([
      { kind: "paragraph", text: "Приложение 2" },
      { kind: "paragraph", text: "Шаарды өнүктүрүү боюнча Программа" },
    ]);
    expect((blocks[2] as TableBlock).rows[0]?.cells).toEqual(["№", "Милдет", "Чара", "Мөөнөт"]);
  });

  it("reads pdftotext -layout of the Таш-Көмүр PDF: 25 numbered rows, page headers dropped", () => {
    const table = tableOf(readFileSync("tests/fixtures/text/tash-komur-2026.layout.txt", "utf8"));
    expect(numbered(table)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(table.rows.filter((r) => r.cells[0] === "№").length).toBe(1);
    const row1 = table.rows.find((r) => r.cells[0] === "1");
    expect(row1?.cells[3]).toBe("2026-жылдын III-\nкварталы");
    expect(row1?.cells[6]).toBe("Инвестор");
  });

  it("reads pdftotext -layout of the Чоң-Алай PDF: its numbered rows and unnumbered measures", () => {
    const table = tableOf(readFileSync("tests/fixtures/text/chong-alai-2025-2030.layout.txt", "utf8"));
    const nums = numbered(table);
    expect(nums.slice(0, 3)).toEqual(["1", "2", "3"]);
    expect(nums.at(-1)).toBe("51");
    const second = table.rows.find((r) => (r.cells[2] ?? "").startsWith("Дароот-Коргон айылын айланып"));
    expect(second?.cells[0]).toBe("");
    // The task of rows 1-5 is one merged cell; its tail printed beside row 2 goes back to row 1.
    expect(table.rows.find((r) => r.cells[0] === "1")?.cells[1]).toContain("ишканаларын ишке киргизүү");
  });
});

describe("readLayoutText on a narrow page (A5 at 70 %: columns one space apart)", () => {
  const text = [
    "№ Милдеттер    Иш-чаралар     Мөөнөтү",
    "8 Жолдорду     Асфальт        2026-",
    "  оңдоо        төшөө          жыл",
    "9 Суу менен    Түтүк          2027-",
    "  камсыздоо    оңдоо          жыл",
    // row 10: the № column is one digit wide, so "10" is printed over two lines
    "1 Мектеп       Чатыр          2028-",
    "0 куруу        жабуу          жыл",
    "",
    "Мэр                                К.Б.Бектемиров",
  ].join("\n");

  it("takes the № title apart from the next and joins a row number broken over two lines", () => {
    const rows = tableOf(text).rows.map((r) => r.cells);
    expect(rows).toEqual([
      ["№", "Милдеттер", "Иш-чаралар", "Мөөнөтү"],
      ["8", "Жолдорду\nоңдоо", "Асфальт\nтөшөө", "2026-\nжыл"],
      ["9", "Суу менен\nкамсыздоо", "Түтүк\nоңдоо", "2027-\nжыл"],
      ["10", "Мектеп\nкуруу", "Чатыр\nжабуу", "2028-\nжыл"],
    ]);
  });

  it("ends the table at the signature, whose first words stand at the left edge", () => {
    const blocks = readLayoutText(text);
    expect(blocks.at(-1)).toEqual({ kind: "paragraph", text: "Мэр К.Б.Бектемиров" });
  });
});

describe("readLayoutText on a narrow page: names one a line, numbers broken after the comma", () => {
  it("keeps a line break where a whole name ended and joins a number to its decimals", () => {
    const text = [
      "№ Милдеттер  Иш-чаралар      Жооптуу         Баасы",
      "1 Жолдорду   Асфальт төшөө   Ак-Жар          1",
      "  оңдоо      жана оңдоо      айыл            250,",
      "                             өкмөтү          5",
      "                             жаштар",
      "                             комитети",
      "2 Суу        Каналды тазалоо Шаардык мэрия   300,",
      "  менен      жана арыктарды  частные         0",
      "  камсыз     оңдоо           инвесторы",
    ].join("\n");
    expect(
      tableOf(text)
        .rows.slice(1)
        .map((r) => r.cells.slice(3)),
    ).toEqual([
      ["Ак-Жар\nайыл\nөкмөтү\nжаштар комитети", "1\n250,5"],
      ["Шаардык мэрия\nчастные инвесторы", "300,0"],
    ]);
  });

  it("reads a row pdftotext printed left of the page's columns (Ак-Жар, A5): row 6 keeps its cells apart", () => {
    const table = tableOf(readFileSync("tests/fixtures/corpus/ak-zhar-2026-2028.a5.layout.txt", "utf8"));
    const row6 = table.rows.find((r) => r.cells[0] === "6");
    expect(row6?.cells[2]).toBe("Сугат каналдарын\nтазалоо жана 250\nга жаңы жерди\nсугатка киргизүү");
    expect(row6?.cells[3]?.startsWith("Ак-Жар\nайыл\nөкмөтү\nСуу\n")).toBe(true);
    expect(numbered(table)).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
  });
});
