/** The action table of a program as rows of cells, and those rows as CSV and XLSX files. */
import ExcelJS from "exceljs";
import type { Plan } from "../../domain/plan.ts";

/** One measure's cells; numbers stay numbers so spreadsheets can sum them. */
export type ExportRow = (string | number | null)[];

const HEADERS = {
  ky: [
    "Бөлүм",
    "№",
    "Милдет",
    "Чара",
    "Мөөнөтү",
    "Күтүлгөн натыйжа",
    "Жооптуулар",
    "Каржылоо",
    "Наркы, сом",
    "Абалы",
    "Аткарылышы, %",
  ],
  ru: [
    "Раздел",
    "№",
    "Задача",
    "Мероприятие",
    "Срок",
    "Ожидаемый результат",
    "Ответственные",
    "Финансирование",
    "Стоимость, сом",
    "Статус",
    "Исполнение, %",
  ],
};

/** The header row and one row per measure, in plan order. */
export function exportRows(
  plan: Plan,
  states: { status: string; percent: number }[],
): { header: string[]; rows: ExportRow[] } {
  const sectionTitle = new Map(plan.sections.map((s) => [s.id, s.code ? `${s.code} ${s.title}` : s.title]));
  const rows = plan.measures.map(
    (m, i): ExportRow => [
      m.section === null ? "" : (sectionTitle.get(m.section) ?? ""),
      m.number ?? "",
      m.task,
      m.action,
      m.deadline.text,
      m.result,
      m.responsible.join("; "),
      m.funding.map((f) => f.text).join("; "),
      m.cost?.amount ?? null,
      states[i]?.status ?? "not_started",
      states[i]?.percent ?? 0,
    ],
  );
  return { header: tableHeader(plan.language), rows };
}

/** The header row in a language. */
export function tableHeader(lang: "ky" | "ru"): string[] {
  return HEADERS[lang];
}

/** Column widths of the action table in a spreadsheet. */
export const TABLE_WIDTHS = [24, 6, 30, 50, 18, 36, 30, 18, 14, 14, 10];

/** CSV as Excel opens it: UTF-8 with a BOM, semicolons, CRLF, quotes where needed. */
export function toCsv(header: string[], rows: ExportRow[]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? "" : String(v);
    return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(";")).join("\r\n")}\r\n`;
}

/** An XLSX workbook of one sheet: the header row frozen, an autofilter, numbers as numbers. */
export async function toXlsx(
  title: string,
  header: string[],
  rows: ExportRow[],
  widths: number[] = TABLE_WIDTHS,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Plan", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  sheet.columns.forEach((col, i) => {
    col.width = widths[i] ?? 16;
    col.alignment = { wrapText: true, vertical: "top" };
  });
  book.title = title;
  return new Uint8Array(await book.xlsx.writeBuffer());
}
