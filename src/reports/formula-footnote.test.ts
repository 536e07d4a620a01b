/**
 * The official report follows the program's weighting and states it in a footnote under the
 * progress figures, in the report's language, in every format (DOCX, XLSX, PDF read back as text).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { pdftotext, textOf } from "../../tests/setup/office-files.ts";
import { renderReport } from "./render-report.ts";
import { buildReportData } from "./report-data.ts";
import type { MeasureInput, ReportInput } from "./report-input.ts";

if (!pdftotext) console.warn("SKIPPED: the PDF footnote check needs pdftotext; .ci/run installs it");

const measure = (percent: number, plannedCost: number | null, reported: boolean): MeasureInput => ({
  sectionId: 1,
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
  status: percent === 100 ? "done" : reported ? "in_progress" : "not_started",
  percent,
  done: percent === 100,
  firstOpenYear: null,
  doneText: "",
  delayReason: "",
  plannedCost,
  reported,
});

/** A 100 % of 1 000 000; B 50 % of 3 000 000; C no report yet, 1 000 000; D 80 %, no cost; 2 removed. */
function input(lang: "ky" | "ru", weighting: "equal" | "cost"): ReportInput {
  return {
    lang,
    period: "2026-Q2",
    date: "2026-07-05",
    territory: { ky: "Таш-Көмүр шаары", ru: "город Таш-Кумыр" },
    program: { title: "Программа", approvalNumber: null, approvalDate: null },
    signatories: [],
    sections: [{ id: 1, code: "1", title: "Экономика" }],
    measures: [
      measure(100, 1_000_000, true),
      measure(50, 3_000_000, true),
      measure(0, 1_000_000, false),
      measure(80, null, true),
    ],
    weighting,
    removedMeasures: 2,
    reportingRate: null,
  };
}

const NBSP = "\u00a0";
const COST_RU = `* Выполнение — среднее процентов выполнения мероприятий, взвешенное по плановой стоимости (всего 5${NBSP}000${NBSP}000 сом). Учтено мероприятий: 3, из них без принятого отчёта головного исполнителя (считаются как 0 %): 1. Не учтено: без плановой стоимости — 1; исключены следующей версией программы — 2.`;

describe("the progress footnote of the official report", () => {
  it("follows the program's rule: equal 57.5, by cost 50.0", () => {
    // equal: (100 + 50 + 0 + 80) / 4 = 57.5; cost: (100 × 1 + 50 × 3 + 0 × 1) / 5 (millions) = 50.0
    expect(buildReportData(input("ru", "equal")).summary.totals.percent).toBe(57.5);
    const cost = buildReportData(input("ru", "cost"));
    expect(cost.summary.totals.percent).toBe(50);
    expect(cost.summary.bySection[0]?.percent).toBe(50);
    expect(cost.footnote).toBe(COST_RU);
  });

  it("says the rule and counts in Kyrgyz", () => {
    expect(buildReportData(input("ky", "equal")).footnote).toBe(
      "* Аткарылышы — иш-чаралардын аткарылыш пайызынын орточосу, ар бир иш-чара бирдей салмак менен. Эсептелген иш-чаралар: 4, алардын ичинен кабыл алынган отчету жок (0 % деп эсептелет): 1. Эсепке алынган жок: программанын кийинки версиясында алынып салынган — 2.",
    );
  });

  it("is under the totals in the DOCX, the XLSX and the PDF", { timeout: 60_000 }, async () => {
    const data = buildReportData(input("ru", "cost"));
    const docx = await JSZip.loadAsync(await renderReport(data, "docx"));
    const xml = (await docx.file("word/document.xml")?.async("string")) ?? "";
    const docxText = xml.replace(/<[^>]+>/g, "");
    expect(docxText).toContain(COST_RU);
    expect(docxText).toContain("Выполнение, % *");

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderReport(data, "xlsx")) as unknown as ArrayBuffer);
    const cells: string[] = [];
    const summary = book.getWorksheet("Сводка");
    summary?.eachRow((row) => {
      row.eachCell((c) => {
        cells.push(String(c.value));
      });
    });
    expect(cells).toContain(COST_RU);

    if (!pdftotext) return;
    const dir = await mkdtemp(join(tmpdir(), "footnote-"));
    try {
      const file = join(dir, "report.pdf");
      await writeFile(file, await renderReport(data, "pdf"));
      // pdftotext gives lines; white space made one space (and NBSP read as a space)
      const text = (await textOf(file)).replace(/\u00a0/g, " ");
      expect(text).toContain(COST_RU.replace(/\u00a0/g, " ").replace(/\s+/g, " "));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
