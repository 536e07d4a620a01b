/**
 * The summary report's rows and footnote on a hand-made oblast: two districts and the oblast's own
 * program. Numbers worked out by hand:
 *   D1: 2 programs, 10 measures (4 done, 3 in progress, 3 not started), percent sum 600 → 60 %,
 *       2 overdue, 6 of 8 expected reported → 75 %, planned 1 000 000, spent 400 000.
 *   D2: 1 program, 5 measures (0 done, 1 in progress, 4 not started), percent sum 50 → 10 %,
 *       0 overdue, 1 of 4 → 25 %, planned 500 000,5, spent 0.
 *   own: 1 program, 5 measures (5 done), 500 → 100 %, 0 of 0 → 0 %, planned 0, spent 0.
 *   totals: 4 programs, 20 measures, 9 done, 4 in progress, 7 not started, 2 overdue,
 *       percent sum 1 150 / 20 = 57,5 % (not the mean of 60, 10, 100), 7 / 12 → 58,3 %,
 *       planned 1 500 000,5, spent 400 000.
 */
import { describe, expect, it } from "vitest";
import { buildTerritoryReportData, rowText, type TerritoryReportInput } from "./territory-report-data.ts";

const line = (n: number[]) => ({
  programs: n[0] as number,
  measures: n[1] as number,
  done: n[2] as number,
  inProgress: n[3] as number,
  notStarted: n[4] as number,
  overdue: n[5] as number,
  progress: n[6] as number,
  reportingRate: n[7] as number,
  planned: n[8] as number,
  spent: n[9] as number,
});

const input = (lang: "ky" | "ru"): TerritoryReportInput => ({
  lang,
  period: "2026-Q3",
  date: "2026-09-30",
  territory: { code: "41706000000000", ky: "Ош облусу", ru: "Ошская область" },
  children: [
    {
      code: "D1",
      ky: "Алай району",
      ru: "Алайский район",
      ...line([2, 10, 4, 3, 3, 2, 60, 75, 1_000_000, 400_000]),
    },
    {
      code: "D2",
      ky: "Араван району",
      ru: "Араванский район",
      ...line([1, 5, 0, 1, 4, 0, 10, 25, 500_000.5, 0]),
    },
  ],
  own: line([1, 5, 5, 0, 0, 0, 100, 0, 0, 0]),
  totals: {
    ...line([4, 20, 9, 4, 7, 2, 57.5, 58.3, 1_500_000.5, 400_000]),
    percentSum: 1150,
    submitted: 7,
    expected: 12,
  },
});

describe("territory summary report data", () => {
  it("has one row per child, the own programs, and a totals row, in ru", () => {
    const data = buildTerritoryReportData(input("ru"));
    expect(data.title.heading).toBe("Сводная информация о ходе реализации программ развития территорий");
    expect(data.title.territory).toBe("Ошская область (41706000000000)");
    expect(data.title.period).toBe("III квартал 2026 года");
    expect(data.header).toEqual([
      "Территория",
      "Программы",
      "Мероприятия",
      "Выполнено",
      "Выполняется",
      "Не начато",
      "Просрочено",
      "Выполнение, %¹",
      "Сдача отчётов, %²",
      "Запланировано, сом⁴",
      "Израсходовано, сом⁴",
    ]);
    expect(data.rows.map((r) => [r.name, r.total])).toEqual([
      ["Алайский район", false],
      ["Араванский район", false],
      ["Собственные программы территории", false],
      ["Итого", true],
    ]);
    expect(data.rows[3]?.values).toEqual([4, 20, 9, 4, 7, 2, 57.5, 58.3, 1_500_000.5, 400_000]);
    expect(rowText(data.rows[1] as (typeof data.rows)[number])).toEqual([
      "Араванский район",
      "1",
      "5",
      "0",
      "1",
      "4",
      "0",
      "10",
      "25",
      "500\u00a0000,5",
      "0",
    ]);
  });

  it("gives the formula as a footnote with the totals' own inputs", () => {
    const [progress, rate, counted, money] = buildTerritoryReportData(input("ru")).footnote.lines;
    expect(progress).toMatch(/^¹ Выполнение — среднее процентов/);
    expect(progress).toMatch(/: 1\u00a0150 \/ 20 = 57,5 %\.$/);
    expect(rate).toMatch(/: 7 \/ 12 = 58,3 %\.$/);
    expect(counted).toMatch(/^³ Учитываются текущие мероприятия утверждённых программ/);
    expect(money).toMatch(/^⁴ Запланировано — сумма строк финансирования/);
  });

  it("names the rows in Kyrgyz and leaves out an own-programs row when there are none", () => {
    const ky = input("ky");
    const data = buildTerritoryReportData({ ...ky, own: line([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) });
    expect(data.rows.map((r) => r.name)).toEqual(["Алай району", "Араван району", "Бардыгы"]);
    expect(data.header[3]).toBe("Аткарылды");
    expect(data.title.period).toBe("2026-жылдын III чейреги");
  });
});
