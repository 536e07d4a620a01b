/**
 * The XLSX template of indicator values the app itself makes, and reading it back: one sheet,
 * a row per territory of a subtree, a column per indicator, number validation on every value
 * cell, and a hidden key — row 1 holds the template's mark (year, quarter) and the indicator
 * codes, column A the territory codes — so that renamed headers or reordered rows still import.
 */
import ExcelJS from "exceljs";
import { AppError } from "../../domain/errors.ts";
import { INDICATOR_UNITS, type IndicatorUnit } from "../../domain/socio-indicators.ts";
import { LARGEST_FIGURE } from "./resolve-changes.ts";

const MARK = "kg-indicators:v1";
const FIRST_ROW = 3;
const FIRST_COLUMN = 3;

/** What a template is made of: the period, the indicators (columns) and the territories (rows). */
export interface TemplateContent {
  year: number;
  quarter: number;
  language: "ky" | "ru";
  indicators: { code: string; nameKy: string; nameRu: string; unit: string }[];
  territories: { code: string; name: string; depth: number; values: Map<string, number> }[];
}

const WORDS = {
  ky: { territory: "Аймак", sheet: "Көрсөткүчтөр", error: "Сан жазыңыз", year: "жыл", quarter: "чейрек" },
  ru: {
    territory: "Территория",
    sheet: "Показатели",
    error: "Введите число",
    year: "год",
    quarter: "квартал",
  },
};

/** The template as XLSX bytes. */
export async function buildTemplate(content: TemplateContent): Promise<Buffer> {
  const words = WORDS[content.language];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(words.sheet, { views: [{ state: "frozen", xSplit: 2, ySplit: 2 }] });
  const period =
    content.quarter === 0
      ? `${content.year} ${words.year}`
      : `${content.year}, ${content.quarter} ${words.quarter}`;
  sheet.getRow(1).values = [
    `${MARK}:${content.year}:${content.quarter}`,
    "",
    ...content.indicators.map((i) => i.code),
  ];
  sheet.getRow(1).hidden = true;
  sheet.getRow(2).values = [
    "code",
    `${words.territory} (${period})`,
    ...content.indicators.map(
      (i) => `${content.language === "ru" ? i.nameRu : i.nameKy}, ${unitName(i.unit, content.language)}`,
    ),
  ];
  sheet.getRow(2).font = { bold: true };
  sheet.getRow(2).alignment = { wrapText: true, vertical: "top" };
  sheet.getColumn(1).hidden = true;
  sheet.getColumn(2).width = 40;
  content.indicators.forEach((_, i) => {
    sheet.getColumn(FIRST_COLUMN + i).width = 18;
  });
  content.territories.forEach((t, r) => {
    const row = sheet.getRow(FIRST_ROW + r);
    row.getCell(1).value = t.code;
    row.getCell(2).value = `${"  ".repeat(t.depth)}${t.name}`;
    content.indicators.forEach((indicator, i) => {
      const cell = row.getCell(FIRST_COLUMN + i);
      cell.value = t.values.get(indicator.code) ?? null;
      cell.dataValidation = {
        type: "decimal",
        operator: "between",
        formulae: [-LARGEST_FIGURE + 1, LARGEST_FIGURE - 1],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: words.error,
        error: words.error,
      };
    });
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

const unitName = (unit: string, language: "ky" | "ru") =>
  unit in INDICATOR_UNITS ? INDICATOR_UNITS[unit as IndicatorUnit][language] : unit;

/** One filled value: where it is and what it says. */
export interface TemplateValue {
  cell: string;
  territory: string;
  indicator: string;
  value: number;
}

/** A read template: its period and every filled value cell (empty cells say nothing). */
export interface ReadTemplate {
  year: number;
  quarter: number;
  rows: { row: number; territory: string }[];
  values: TemplateValue[];
}

/** Reads a filled template; a cell that is not a number stops it with an error naming the cell. */
export async function readTemplate(bytes: Uint8Array): Promise<ReadTemplate> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError("corrupt_file", "the file is not an XLSX workbook");
  }
  const sheet = book.worksheets[0];
  const mark = sheet ? String(sheet.getCell(1, 1).value ?? "") : "";
  const period = new RegExp(`^${MARK}:(\\d{4}):([0-4])$`).exec(mark);
  if (!sheet || !period)
    throw new AppError(
      "invalid_input",
      "this is not an indicators template made by this application (cell A1)",
    );
  const codes = new Map<number, string>();
  for (let c = FIRST_COLUMN; c <= sheet.columnCount; c++) {
    const code = String(sheet.getCell(1, c).value ?? "").trim();
    if (code) codes.set(c, code);
  }
  const rows: ReadTemplate["rows"] = [];
  const values: TemplateValue[] = [];
  for (let r = FIRST_ROW; r <= sheet.rowCount; r++) {
    const territory = String(sheet.getCell(r, 1).value ?? "").trim();
    if (!territory) continue;
    rows.push({ row: r, territory });
    for (const [c, indicator] of codes) {
      const cell = sheet.getCell(r, c);
      const value = numberOf(cell.value);
      if (value === null) continue;
      if (value === "bad" || Math.abs(value) >= LARGEST_FIGURE)
        throw new AppError(
          "invalid_input",
          `cell ${cell.address} (row ${r}, column ${cell.address.replace(/\d+$/, "")} "${headerOf(sheet, c)}"): ${JSON.stringify(cell.text)} is not a number`,
          { cell: cell.address, row: r, column: cell.address.replace(/\d+$/, ""), indicator, territory },
        );
      values.push({ cell: cell.address, territory, indicator, value });
    }
  }
  return { year: Number(period[1]), quarter: Number(period[2]), rows, values };
}

const headerOf = (sheet: ExcelJS.Worksheet, column: number) => String(sheet.getCell(2, column).value ?? "");

/** A cell's number: a number, a formula's number or a text like "1 234,5"; null when empty. */
function numberOf(value: ExcelJS.CellValue): number | null | "bad" {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : "bad";
  if (typeof value === "object" && "result" in value) return numberOf(value.result as ExcelJS.CellValue);
  if (typeof value !== "string") return "bad";
  const text = value.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (text === "") return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : "bad";
}
