import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TableBlock } from "../table.ts";
import { isColumnBlocks, isDoubleSpaced } from "./column-blocks.ts";
import { findOrderHeader } from "./order-header.ts";
import { readReadingOrderText } from "./reading-order.ts";

const tableOf = (text: string): TableBlock => {
  const table = readReadingOrderText(text)?.find((b) => b.kind === "table");
  if (table?.kind !== "table") throw new Error("no table");
  return table;
};
const flat = (cells: readonly string[]) => cells.map((c) => c.replace(/\n/g, " "));

describe("findOrderHeader", () => {
  it("reads the column order of a Russian header wrapped over several lines", () => {
    const lines = [
      "План",
      "№ п/п Мероприятие Ответственные",
      "исполнители",
      "Срок",
      "исполнения",
      "Источник",
      "финансирования",
      "1 Ремонт",
    ];
    const h = findOrderHeader(lines);
    expect(h?.roles).toEqual(["number", "action", "responsible", "deadline", "funding"]);
    expect(h?.titles).toEqual([
      "№ п/п",
      "Мероприятие",
      "Ответственные исполнители",
      "Срок исполнения",
      "Источник финансирования",
    ]);
    expect([h?.start, h?.end]).toEqual([1, 7]);
  });

  it("reads a Kyrgyz header where one title starts with a word of no role, and skips a row of column numbers", () => {
    const lines = [
      "№ Милдеттер Иш-чаралар Аткаруу",
      "мөөнөтү",
      "Күтүлүүчү натыйжа Жооптуу",
      "аткаруучулар",
      "1 2 3 4 5 6",
      "1 Жол куруу",
    ];
    const h = findOrderHeader(lines);
    expect(h?.roles).toEqual(["number", "task", "action", "deadline", "result", "responsible"]);
    expect(h?.titles[3]).toBe("Аткаруу мөөнөтү");
    expect(h?.titles[4]).toBe("Күтүлүүчү натыйжа");
    expect(h?.end).toBe(5);
  });

  it("joins title words a narrow column broke over lines when together they name a column", () => {
    // A5 at 7 pt: «Аткар|уу|мөөн|өтү», «Карж|ылоо» — «мөөнөтү» and «Каржылоо» are titles, «Аткаруу» is not
    const lines = [
      "№ Милдеттер Иш-чаралар Аткар",
      "уу",
      "мөөн",
      "өтү",
      "Карж",
      "ылоо",
      "булагы",
      "1 Жол куруу",
    ];
    const h = findOrderHeader(lines);
    expect(h?.roles).toEqual(["number", "task", "action", "deadline", "funding"]);
    // «уу» is a piece of two letters, no word: «Аткаруу»
    expect(h?.titles.slice(3)).toEqual(["Аткаруу мөөнөтү", "Каржылоо булагы"]);
    expect(h?.end).toBe(7);
  });

  it("joins a piece of one or two letters to the title word above it, not a short Russian word", () => {
    const kyrgyz = [
      "№ Милдетте",
      "р",
      "Иш-чаралар",
      "Мөөнөтү",
      "Наркы",
      "(ми",
      "ң",
      "сом",
      ")",
      "Булагы",
      "1 Жол",
    ];
    expect(findOrderHeader(kyrgyz)?.titles).toEqual([
      "№",
      "Милдеттер",
      "Иш-чаралар",
      "Мөөнөтү",
      "Наркы (миң сом )",
      "Булагы",
    ]);
    const russian = ["№ Мероприятие", "Срок", "Ответственные", "и", "соисполнители", "1 Ремонт"];
    expect(findOrderHeader(russian)?.titles).toEqual([
      "№",
      "Мероприятие",
      "Срок",
      "Ответственные и соисполнители",
    ]);
  });

  it("keeps a title's tail that a narrow column broke onto a line of its own in the header", () => {
    // A4 at 10 pt: «Источник финансиров|ания»; the body starts with a coded heading
    const lines = [
      "№",
      "п/п",
      "Задачи Мероприятие Срок Ответственные",
      "исполнители",
      "Источник",
      "финансиров",
      "ания",
      "1. Развитие экономики",
    ];
    const h = findOrderHeader(lines);
    expect(h?.roles).toEqual(["number", "task", "action", "deadline", "responsible", "funding"]);
    expect(h?.end).toBe(7);
  });

  it("finds no header without action and deadline titles, nor in '№12 буйругу'", () => {
    expect(findOrderHeader(["№12 буйругуна тиркеме", "Иш-чаралар", "мөөнөтү"])).toBeUndefined();
    expect(findOrderHeader(["№ Аты Жашы", "1 Асан 20"])).toBeUndefined();
  });
});

describe("readReadingOrderText", () => {
  // Written by hand the way pdftotext -raw prints a Word table: a one-line cell and the next
  // cell's first line share a line; the header repeats after a page break; a row runs over it.
  const RAW = [
    "Программа",
    "№ Мероприятие Срок Ответственные Источник",
    "1 Ремонт школы в селе Ак-Суу ежегодно Айыл окмоту МБ",
    "2 Строительство моста через реку",
    "Чу и подъездной дороги",
    "III квартал",
    "2026 г.",
    "Районный отдел",
    "образования",
    "РБ – 1,2 млн;",
    "МБ – 0,3 млн",
    "\f№ Мероприятие Срок Ответственные Источник",
    "3 Озеленение площади постоянно Айыл окмоту Не требуется",
    "Глава айыл окмоту А.К.Сыдыков",
  ].join("\n");

  // Known limitation (issue 12 report): the funding cell's first line is still read as the end of
  // the responsible cell above it. it.fails keeps the true expectation and flags the day it holds.
  it.fails("cuts rows into cells by their shape, drops the repeated header and leaves the signature out", () => {
    const rows = tableOf(RAW).rows;
    expect(rows.map((r) => flat(r.cells))).toEqual([
      ["№", "Мероприятие", "Срок", "Ответственные", "Источник"],
      ["1", "Ремонт школы в селе Ак-Суу", "ежегодно", "Айыл окмоту", "МБ"],
      [
        "2",
        "Строительство моста через реку Чу и подъездной дороги",
        "III квартал 2026 г.",
        "Районный отдел образования",
        "РБ – 1,2 млн; МБ – 0,3 млн",
      ],
      ["3", "Озеленение площади", "постоянно", "Айыл окмоту", "Не требуется"],
    ]);
    const after = readReadingOrderText(RAW)?.filter((b) => b.kind === "paragraph");
    expect(after?.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual([
      "Программа",
      "Глава айыл окмоту А.К.Сыдыков",
    ]);
  });

  // Known limitation: a row's part after a page break is joined to the row's last column instead.
  it.fails("reads a heading between rows and a row's part after a page break as such", () => {
    const text = [
      "№ Иш-чаралар Мөөнөтү Жооптуулар",
      "1. Экономика",
      "1 Тамчылатып сугарууну киргизүү 2026-жыл Айыл өкмөтү",
      "2 Жайыттарды пайдалануу планын",
      "\f№ Иш-чаралар Мөөнөтү Жооптуулар",
      "иштеп чыгуу",
      "2027-жыл Жайыт комитети",
    ].join("\n");
    const rows = tableOf(text).rows.slice(1);
    expect(flat(rows[0]?.cells ?? [])).toEqual(["1. Экономика", "", "", ""]);
    expect(flat(rows[1]?.cells ?? [])).toEqual([
      "1",
      "Тамчылатып сугарууну киргизүү",
      "2026-жыл",
      "Айыл өкмөтү",
    ]);
    expect(flat(rows[2]?.cells ?? [])).toEqual(["2", "Жайыттарды пайдалануу планын", "", ""]);
    expect(rows[3]?.afterPageBreak).toBe(true);
    expect(flat(rows[3]?.cells ?? [])).toEqual(["", "иштеп чыгуу", "2027-жыл", "Жайыт комитети"]);
  });

  it("finds each row's deadline among one-line cells, whatever the wording (property)", () => {
    const actions = [
      "Мектепти оңдоо",
      "Жолду асфальттоо",
      "Ремонт клуба",
      "Строительство бани",
      "Көпүрө куруу",
    ];
    const deadlines = [
      "2026-жыл",
      "2026-жылдын III-кварталы",
      "Жыл сайын",
      "в течение 2027 года",
      "2025-2030-жж.",
      "IV квартал 2026 г.",
      "постоянно",
    ];
    const bodies = ["Айыл өкмөтү", "Районный отдел образования", "Шаардык мэрия", "ЖЧК «Курулуш»"];
    const row = fc.tuple(
      fc.constantFrom(...actions),
      fc.constantFrom(...deadlines),
      fc.constantFrom(...bodies),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 8 }), (rows) => {
        const lines = ["№ Иш-чаралар Мөөнөтү Жооптуу аткаруучулар"];
        for (const [i, [a, d, b]] of rows.entries()) lines.push(`${i + 1} ${a}`, d, b);
        const got = tableOf(lines.join("\n"))
          .rows.slice(1)
          .map((r) => flat(r.cells));
        expect(got).toEqual(rows.map(([a, d, b], i) => [String(i + 1), a, d, b]));
      }),
      { numRuns: 60 },
    );
  });
});

describe("readReadingOrderText, where a cell ends", () => {
  it("ends no cell on a comma while the next cell goes on on its line", () => {
    const text = [
      "№ Мероприятие Срок Ответственные Ожидаемый результат Источник",
      "1 Оказание помощи семьям",
      "IV квартал 2025 г. Управление соцзащиты",
      "Помощь получили 450 семей МБ, РБ",
      "2 Ремонт дорог",
      "2026 г. Айыл окмоту",
      "Отремонтировано 7,5 км дорог РБ, МБ",
    ].join("\n");
    expect(
      tableOf(text)
        .rows.slice(1)
        .map((r) => flat(r.cells)),
    ).toEqual([
      [
        "1",
        "Оказание помощи семьям",
        "IV квартал 2025 г.",
        "Управление соцзащиты",
        "Помощь получили 450 семей",
        "МБ, РБ",
      ],
      ["2", "Ремонт дорог", "2026 г.", "Айыл окмоту", "Отремонтировано 7,5 км дорог", "РБ, МБ"],
    ]);
  });

  it("ends a Kyrgyz action on its verbal noun when the next line opens with a capital", () => {
    const text = [
      "№ Милдеттер Иш-чаралар Жооптуу аткаруучулар Аткаруу мөөнөтү",
      "1 Айыл чарбасын",
      "өнүктүрүү",
      "Сугат каналдарын тазалоо",
      "жана жаңы жерди",
      "сугатка киргизүү",
      "Ак-Жар айыл",
      "өкмөтү",
      "2026-жыл",
      "2 Мал чарбасын өнүктүрүү Малды эмдөө Айыл өкмөтү 2027-жыл",
    ].join("\n");
    expect(
      tableOf(text)
        .rows.slice(1)
        .map((r) => flat(r.cells)),
    ).toEqual([
      [
        "1",
        "Айыл чарбасын өнүктүрүү",
        "Сугат каналдарын тазалоо жана жаңы жерди сугатка киргизүү",
        "Ак-Жар айыл өкмөтү",
        "2026-жыл",
      ],
      ["2", "Мал чарбасын өнүктүрүү", "Малды эмдөө", "Айыл өкмөтү", "2027-жыл"],
    ]);
  });
});

describe("readReadingOrderText, parts that hold today", () => {
  it("reads one-line cells sharing a line, lower-case deadlines, and the signature after the table", () => {
    const text = [
      "Программа",
      "№ Мероприятие Срок Ответственные Источник",
      "1 Ремонт школы в селе Ак-Суу ежегодно Айыл окмоту МБ",
      "2 Озеленение площади постоянно Айыл окмоту Не требуется",
      "Глава айыл окмоту А.К.Сыдыков",
    ].join("\n");
    const blocks = readReadingOrderText(text) ?? [];
    expect(
      tableOf(text)
        .rows.slice(1)
        .map((r) => flat(r.cells)),
    ).toEqual([
      ["1", "Ремонт школы в селе Ак-Суу", "ежегодно", "Айыл окмоту", "МБ"],
      ["2", "Озеленение площади", "постоянно", "Айыл окмоту", "Не требуется"],
    ]);
    expect(blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []))).toEqual([
      "Программа",
      "Глава айыл окмоту А.К.Сыдыков",
    ]);
  });

  it("reads a coded heading between rows", () => {
    const text = [
      "№ Иш-чаралар Мөөнөтү Жооптуулар",
      "1. Экономика",
      "1 Тамчылатып сугарууну киргизүү 2026-жыл Айыл өкмөтү",
      "2 Жайыттарды пайдалануу 2027-жыл Жайыт комитети",
    ].join("\n");
    expect(
      tableOf(text)
        .rows.slice(1)
        .map((r) => flat(r.cells)),
    ).toEqual([
      ["1. Экономика", "", "", ""],
      ["1", "Тамчылатып сугарууну киргизүү", "2026-жыл", "Айыл өкмөтү"],
      ["2", "Жайыттарды пайдалануу", "2027-жыл", "Жайыт комитети"],
    ]);
  });
});

describe("column blocks", () => {
  const blocks = Array.from({ length: 12 }, (_, i) => `Блок ${i}\nэкинчи сап\n`).join("\n");
  it("tells plain pdftotext's column blocks from reading-order text and from a Word copy", () => {
    expect(isColumnBlocks(blocks)).toBe(true);
    const raw = Array.from({ length: 40 }, (_, i) => `${i + 1} Иш-чара ${i}`).join("\n");
    expect(isColumnBlocks(raw)).toBe(false);
    const wordCopy = Array.from({ length: 40 }, (_, i) => `сап ${i}\n`).join("\n");
    expect(isColumnBlocks(wordCopy)).toBe(false);
    expect(isDoubleSpaced(wordCopy)).toBe(true);
    expect(isDoubleSpaced(raw)).toBe(false);
  });
});
