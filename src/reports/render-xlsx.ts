/**
 * The report as a workbook: sheet 1 the action table (one row per measure, section in a column,
 * autofilter, frozen header, numbers as numbers with planned and spent per funding source), sheet 2
 * the summary.
 */
import ExcelJS from "exceljs";
import type { ReportData } from "./report-data.ts";
import { summaryTables } from "./table-cells.ts";

const MONEY = "#,##0.00";

function tableSheet(book: ExcelJS.Workbook, data: ReportData): void {
  const l = data.labels;
  const sheet = book.addWorksheet(l.tableSheet, { pageSetup: { orientation: "landscape", fitToWidth: 1 } });
  const money = data.fundingSources.flatMap((s) => [
    { header: `${s.label}: ${l.planned}`, key: `p:${s.code}`, width: 16, style: { numFmt: MONEY } },
    { header: `${s.label}: ${l.spent}`, key: `s:${s.code}`, width: 16, style: { numFmt: MONEY } },
  ]);
  sheet.columns = [
    { header: l.bySection, key: "section", width: 20 },
    { header: l.number, key: "number", width: 6 },
    { header: l.task, key: "task", width: 30 },
    { header: l.action, key: "action", width: 40 },
    { header: l.deadline, key: "deadline", width: 14 },
    { header: l.result, key: "result", width: 30 },
    { header: l.responsible, key: "responsible", width: 30 },
    { header: l.status, key: "status", width: 14 },
    { header: l.overdueCount, key: "overdue", width: 10 },
    { header: l.percent, key: "percent", width: 6 },
    { header: l.doneText, key: "doneText", width: 40 },
    { header: `${l.total}: ${l.planned}`, key: "planned", width: 16, style: { numFmt: MONEY } },
    { header: `${l.total}: ${l.spent}`, key: "spent", width: 16, style: { numFmt: MONEY } },
    ...money,
    { header: l.indicators, key: "indicators", width: 24 },
    { header: l.delayReason, key: "delayReason", width: 30 },
  ];
  for (const g of data.groups)
    for (const r of g.rows) {
      const values: Record<string, string | number | null> = {
        section: g.code === null ? g.title : `${g.code}. ${g.title}`,
        number: r.number,
        task: r.task,
        action: r.action,
        deadline: r.deadline,
        result: r.result,
        responsible: r.responsible.join("; "),
        status: r.statusLabel,
        overdue: r.overdue ? l.overdueMark : "",
        percent: r.percent,
        doneText: r.doneText,
        planned: r.planned,
        spent: r.spent,
        indicators: r.indicators.map((i) => `${i.target} / ${i.actual ?? "—"} ${i.unit}`).join("\n"),
        delayReason: r.delayReason,
      };
      // a measure may list a source twice; its sums add up
      for (const f of r.funding) {
        values[`p:${f.code}`] = Number(values[`p:${f.code}`] ?? 0) + (f.planned ?? 0);
        values[`s:${f.code}`] = Number(values[`s:${f.code}`] ?? 0) + f.spent;
      }
      sheet.addRow(values).alignment = { vertical: "top", wrapText: true };
    }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
}

function summarySheet(book: ExcelJS.Workbook, data: ReportData): void {
  const { title: t, labels: l } = data;
  const sheet = book.addWorksheet(l.summarySheet);
  sheet.columns = [{ width: 50 }, { width: 16 }, { width: 16 }, { width: 18 }, { width: 18 }, { width: 30 }];
  sheet.addRow([t.heading]).font = { bold: true, size: 13 };
  sheet.addRow([t.program]).font = { bold: true };
  sheet.addRow([l.territory, t.territory]);
  sheet.addRow([l.period, t.period]);
  if (t.approval !== null) sheet.addRow([l.approval, t.approval]);
  sheet.addRow([l.date, t.date]);
  for (const table of summaryTables(data)) {
    sheet.addRow([]);
    sheet.addRow([table.title]).font = { bold: true };
    if (table.header.some((h) => h !== "")) sheet.addRow(table.header).font = { italic: true };
    // the cells are text for the DOCX and PDF; here numbers go back to numbers
    for (const row of table.rows) sheet.addRow(row.map(asNumber));
    if (table.note) sheet.addRow([table.note]).font = { italic: true, size: 9 };
  }
  sheet.addRow([]);
  for (const s of t.signatures) sheet.addRow([s.position, "______________", s.name]);
}

/** "1 600 000,5" (as formatNumber writes) → 1600000.5; any other text ("1.2", "2026-Q2") stays text. */
function asNumber(text: string): string | number {
  if (!/^−?\d{1,3}(?:\u00a0\d{3})*(?:,\d+)?$/.test(text)) return text;
  return Number(
    text
      .replace(/\u00a0/g, "")
      .replace(",", ".")
      .replace("−", "-"),
  );
}

/** The report as XLSX bytes. */
export async function renderXlsx(data: ReportData): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "kyrgyz-plans";
  tableSheet(book, data);
  summarySheet(book, data);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
