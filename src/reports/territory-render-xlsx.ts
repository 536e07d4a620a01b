/** The territory summary report as a workbook: one sheet, numbers as numbers, the footnote below. */
import ExcelJS from "exceljs";
import { TERRITORY_COLUMNS, type TerritoryReportData } from "./territory-report-data.ts";

const MONEY = "#,##0.00";

/** The summary report as XLSX bytes. */
export async function renderTerritoryXlsx(data: TerritoryReportData): Promise<Uint8Array> {
  const { title: t, labels: l } = data;
  const book = new ExcelJS.Workbook();
  book.creator = "kyrgyz-plans";
  const sheet = book.addWorksheet(data.own.sheet, { pageSetup: { orientation: "landscape", fitToWidth: 1 } });
  sheet.columns = [
    { width: 36 },
    ...TERRITORY_COLUMNS.map((c) => ({ width: c.money ? 18 : 14, style: c.money ? { numFmt: MONEY } : {} })),
  ];
  sheet.addRow([t.heading]).font = { bold: true, size: 13 };
  sheet.addRow([l.territory, t.territory]);
  sheet.addRow([l.period, t.period]);
  sheet.addRow([l.date, t.date]);
  sheet.addRow([]);
  const header = sheet.addRow(data.header);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  const first = header.number;
  for (const r of data.rows) sheet.addRow([r.name, ...r.values]).font = { bold: r.total };
  sheet.views = [{ state: "frozen", ySplit: first }];
  sheet.addRow([]);
  sheet.addRow([data.footnote.title]).font = { bold: true };
  for (const line of data.footnote.lines) sheet.addRow([line]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
