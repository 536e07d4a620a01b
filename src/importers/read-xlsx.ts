/**
 * Reads an Excel .xlsx into the table model: each visible, non-empty worksheet becomes one table
 * of its used range, merged ranges resolved. Title lines above the action table (a row with one
 * filled cell) and signature lines below it stay as rows of that table: the interpreter skips rows
 * before the header row and recognises the rest, so the reader does not guess where the table starts.
 */
import ExcelJS from "exceljs";
import { AppError, isAppError } from "../domain/errors.ts";
import type { Reader, TableBlock, TableRow } from "./table.ts";
import { assertUnzippedSize, openOfficeZip } from "./zip.ts";

const KIND = "Excel (.xlsx)";
/** A plan sheet has a few thousand cells; beyond this the used range is a stray far-away cell or an attack. */
const MAX_CELLS = 2_000_000;

/** Reads a .xlsx file; throws AppError (empty_file, encrypted_file, corrupt_file, too_large). */
export const readXlsx: Reader = async (bytes, fileName) => {
  // exceljs inflates the whole package itself, so the size guard runs first on our own unzip.
  await assertUnzippedSize(await openOfficeZip(bytes, fileName, KIND), fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new AppError("corrupt_file", `${fileName} is damaged: its workbook cannot be read`);
  }
  try {
    const blocks = workbook.worksheets
      .filter((sheet) => sheet.state === "visible" || sheet.state === undefined)
      .map((sheet) => sheetTable(sheet, fileName))
      .filter((table) => table.rows.length > 0);
    return { format: "xlsx", blocks };
  } catch (e) {
    if (isAppError(e)) throw e;
    throw new AppError("corrupt_file", `${fileName} is damaged: its worksheets cannot be read`);
  }
};

/** The sheet's used range as one table; blank rows are left out. */
function sheetTable(sheet: ExcelJS.Worksheet, fileName: string): TableBlock {
  const range = usedRange(sheet);
  if (!range) return { kind: "table", rows: [] };
  const width = range.right - range.left + 1;
  if ((range.bottom - range.top + 1) * width > MAX_CELLS) {
    throw new AppError("too_large", `${fileName}: sheet "${sheet.name}" is too large to import`);
  }
  const rows: TableRow[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const cells = Array<string>(width).fill("");
    const merged = Array<boolean>(width).fill(false);
    for (let c = range.left; c <= range.right; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      if (isCovered(cell)) merged[c - range.left] = cell.master.row !== cell.row;
      else cells[c - range.left] = cellText(cell);
    }
    if (cells.some((t) => t !== "") || merged.includes(true)) rows.push({ cells, merged });
  }
  return { kind: "table", rows };
}

/** True for a cell inside a merged range other than its top-left (master) cell. */
function isCovered(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Merge && cell.master !== cell;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The smallest range holding every non-empty cell, and the cells merged into a non-empty one. */
function usedRange(sheet: ExcelJS.Worksheet): Range | undefined {
  let range: Range | undefined;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cellText(isCovered(cell) ? cell.master : cell) === "") return;
      range = range
        ? {
            top: Math.min(range.top, r),
            left: Math.min(range.left, c),
            bottom: Math.max(range.bottom, r),
            right: Math.max(range.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    });
  });
  return range;
}

/** The text a person sees in the cell (formulas by their result, dates as ISO dates). */
export function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.value, cell.numFmt)
    .replace(/_x000D_/g, "")
    .replace(/\r\n?/g, "\n");
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value, numFmt);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if ("richText" in value) return (value.richText ?? []).map((run) => run.text ?? "").join("");
  if ("formula" in value || "sharedFormula" in value) return valueText(value.result ?? null, numFmt);
  if ("hyperlink" in value) return valueText(value.text as ExcelJS.CellValue, numFmt);
  if ("error" in value) return String(value.error);
  return "";
}

/**
 * A number as a Kyrgyz or Russian Excel shows it: decimal comma, no grouping, the format's fixed
 * decimals ("0.0" → "32,0") or a percent; otherwise the shortest exact form.
 */
export function numberText(value: number, numFmt = "General"): string {
  const section = numFmt.split(";")[0] ?? "";
  const decimals = /\.(0+)/.exec(section)?.[1]?.length;
  const percent = section.includes("%");
  const shown = percent ? value * 100 : value;
  const text =
    decimals !== undefined && Number.isFinite(shown)
      ? shown.toFixed(decimals)
      : String(Number.isFinite(shown) ? Number(shown.toPrecision(15)) : shown);
  return text.replace(".", ",") + (percent ? "%" : "");
}
