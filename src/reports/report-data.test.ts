import { describe, expect, it } from "vitest";
import { buildReportData } from "./report-data.ts";
import type { MeasureInput, ReportInput } from "./report-input.ts";

const property = { id: 1, name: "Мүлк бөлүмү" };
const mayor = { id: 2, name: "Мэрия" };

function measure(over: Partial<MeasureInput>): MeasureInput {
  return {
    sectionId: 10,
    number: null,
    task: "Милдет",
    action: "Иш-чара",
    deadlineText: "2026",
    deadlineTo: null,
    repeat: null,
    result: "натыйжа",
    bodies: [],
    funding: [],
    indicators: [],
    status: "not_started",
    percent: 0,
    done: false,
    firstOpenYear: null,
    doneText: "",
    delayReason: "",
    ...over,
  };
}

/**
 * A: done 100 %, local 1 000 000 / 900 000; B: 40 %, deadline 31.03.2026 passed, republican
 * 2 000 000 / 300 000 and local 500 000 / 0; C: section 20, not started, grant
 * without a sum, lead unmatched; D: no section, yearly with 2025 still open (overdue), postponed.
 */
function input(): ReportInput {
  return {
    lang: "ru",
    period: "2026-Q2",
    date: "2026-07-05",
    territory: { ky: "Таш-Көмүр шаары", ru: "город Таш-Кумыр" },
    program: { title: "Программа Таш-Көмүр", approvalNumber: "12", approvalDate: "2026-01-15" },
    signatories: [],
    sections: [
      { id: 10, code: "1", title: "Экономика" },
      { id: 20, code: "2", title: "Социалдык чөйрө" },
    ],
    measures: [
      measure({
        number: "1",
        action: "A",
        status: "done",
        percent: 100,
        done: true,
        deadlineText: "II чейрек",
        deadlineTo: "2026-06-30",
        doneText: "бүттү",
        delayReason: "эски себеп",
        bodies: [
          { name: "Мүлк бөлүмү", role: "lead", organization: property },
          { name: "Мэрия", role: "co", organization: mayor },
        ],
        funding: [{ code: "local", text: "ЖБ", planned: 1_000_000, spent: 900_000 }],
        indicators: [{ unit: "орун", target: 150, actual: 150 }],
      }),
      measure({
        number: "2",
        action: "B",
        status: "in_progress",
        percent: 40,
        deadlineText: "I чейрек",
        deadlineTo: "2026-03-31",
        delayReason: "кыш",
        bodies: [{ name: "Мүлк бөл.", role: "lead", organization: property }],
        funding: [
          { code: "republican", text: "РБ", planned: 2_000_000, spent: 300_000 },
          { code: "local", text: "ЖБ", planned: 500_000, spent: 0 },
        ],
      }),
      measure({
        number: "3",
        action: "C",
        sectionId: 20,
        bodies: [
          { name: "Мэрия", role: "co", organization: mayor },
          { name: "Белгисиз", role: "lead", organization: null },
        ],
        funding: [{ code: "grant", text: "Грант", planned: null, spent: 0 }],
      }),
      measure({
        number: "4",
        action: "D",
        sectionId: null,
        status: "postponed",
        deadlineText: "жыл сайын",
        deadlineTo: "2028-12-31",
        repeat: "yearly",
        firstOpenYear: 2025,
        delayReason: "акча жок",
        bodies: [{ name: "Мэрия", role: "lead", organization: mayor }],
      }),
    ],
    reportingRate: { period: "2026-Q2", expected: 5, submitted: 2, rate: 40 },
  };
}

describe("buildReportData", () => {
  it("makes the title block in the report's language, the plan's title as written", () => {
    const { title } = buildReportData(input());
    expect(title).toEqual({
      heading: "Информация о ходе реализации программы развития",
      territory: "город Таш-Кумыр",
      program: "Программа Таш-Көмүр",
      period: "II квартал 2026 года",
      date: "05.07.2026",
      approval: "15.01.2026, № 12",
      signatures: [{ position: "Ответственное должностное лицо", name: "" }],
    });
    const ky = buildReportData({ ...input(), lang: "ky", signatories: [{ position: "Мэр", name: "К.Б." }] });
    expect([ky.title.territory, ky.title.period, ky.title.signatures]).toEqual([
      "Таш-Көмүр шаары",
      "2026-жылдын II чейреги",
      [{ position: "Мэр", name: "К.Б." }],
    ]);
  });

  it("sums the summary by the dashboard's rules, as worked out by hand", () => {
    const { summary } = buildReportData(input());
    // (100 + 40 + 0 + 0) / 4; B overdue since 31.03, D's 2025 still open
    expect(summary.totals).toEqual({
      measures: 4,
      percent: 35,
      overdue: 2,
      planned: 3_500_000,
      spent: 1_200_000,
    });
    expect(summary.byStatus.map((s) => [s.label, s.measures])).toEqual([
      ["Выполнено", 1],
      ["Выполняется", 1],
      ["Не начато", 1],
      ["Перенесено", 1],
    ]);
    expect(summary.bySection.map((s) => [s.title, s.measures, s.percent])).toEqual([
      ["Экономика", 2, 70],
      ["Социалдык чөйрө", 1, 0],
      ["Без раздела", 1, 0],
    ]);
    // the mayor's office: A (co), C (co), D (lead) → 100 / 3
    expect(summary.byBody.map((b) => [b.name, b.measures, b.lead, b.percent])).toEqual([
      ["Мэрия", 3, 1, 33.3],
      ["Мүлк бөлүмү", 2, 2, 70],
    ]);
    expect(
      summary.byFunding.map((f) => [f.code, f.label, f.measures, f.percent, f.planned, f.spent]),
    ).toEqual([
      ["grant", "Гранты", 1, 0, 0, 0],
      ["local", "Местный бюджет", 2, 70, 1_500_000, 900_000],
      ["republican", "Республиканский бюджет", 1, 40, 2_000_000, 300_000],
    ]);
    expect(summary.overdue.map((o) => [o.action, o.deadline, o.reason])).toEqual([
      ["B", "I чейрек", "кыш"],
      ["D", "жыл сайын", "акча жок"],
    ]);
    expect(summary.chart).toEqual([
      { label: "1. Экономика", value: 70 },
      { label: "2. Социалдык чөйрө", value: 0 },
      { label: "Без раздела", value: 0 },
    ]);
  });

  it("groups the action table by section with each measure's money, indicators and reason", () => {
    const data = buildReportData(input());
    expect(data.groups.map((g) => [g.title, g.rows.map((r) => r.action)])).toEqual([
      ["Экономика", ["A", "B"]],
      ["Социалдык чөйрө", ["C"]],
      ["Без раздела", ["D"]],
    ]);
    const [a, b] = data.groups[0]?.rows ?? [];
    expect(a).toMatchObject({ statusLabel: "Выполнено", planned: 1_000_000, spent: 900_000, overdue: false });
    expect(a?.delayReason).toBe(""); // done: an old reason is not shown
    expect(a?.indicators).toEqual([{ unit: "орун", target: 150, actual: 150 }]);
    expect(b).toMatchObject({
      percent: 40,
      overdue: true,
      delayReason: "кыш",
      planned: 2_500_000,
      spent: 300_000,
    });
    expect(b?.funding.map((f) => [f.label, f.planned, f.spent])).toEqual([
      ["Республиканский бюджет", 2_000_000, 300_000],
      ["Местный бюджет", 500_000, 0],
    ]);
    expect(data.groups[1]?.rows[0]?.responsible).toEqual(["Белгисиз", "Мэрия"]); // lead first
    expect(data.fundingSources.map((s) => s.code)).toEqual(["grant", "local", "republican"]);
  });

  it("gives every label in both languages", async () => {
    const { labelsOf } = await import("./labels.ts");
    const ky = labelsOf("ky");
    const ru = labelsOf("ru");
    expect(Object.keys(ru).sort()).toEqual(Object.keys(ky).sort());
    for (const key of Object.keys(ky) as (keyof typeof ky)[]) {
      expect(ky[key].length, key).toBeGreaterThan(0);
      expect(ru[key].length, key).toBeGreaterThan(0);
    }
  });
});
