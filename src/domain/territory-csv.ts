/**
 * The territory register as CSV: one territory a row, columns code, parent code, level, ky name,
 * ru name, valid from, valid to, successor code; a header row; UTF-8 (a byte-order mark is
 * dropped); lines starting with `#` are comments (the register names its source there). Parsing is
 * pure: a bad row is an invalid_input error naming its line and what is wrong.
 */
import { AppError } from "./errors.ts";

/** The levels of the territory tree, top down. */
export const TERRITORY_LEVELS = [
  "republic",
  "oblast",
  "district",
  "city",
  "aiyl_aimak",
  "city_district",
] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];

/** One row of the register, with the line of the file it came from. */
export interface TerritoryRow {
  line: number;
  code: string;
  parentCode: string | null;
  level: TerritoryLevel;
  nameKy: string;
  nameRu: string;
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
}

/** The columns in order, as the header names them (case, spaces and underscores do not matter). */
export const TERRITORY_COLUMNS = [
  "code",
  "parent code",
  "level",
  "ky name",
  "ru name",
  "valid from",
  "valid to",
  "successor code",
] as const;

const CODE = /^[0-9A-Za-z][0-9A-Za-z-]{0,29}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An invalid_input error naming the line of the file. */
export function lineError(line: number, message: string): AppError {
  return new AppError("invalid_input", `line ${line}: ${message}`, { line });
}

/** The cells of one CSV line (quotes with "" inside them; no line breaks inside a cell). */
export function splitCsvLine(text: string, line: number, delimiter = ","): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  if (quoted) throw lineError(line, "a quoted cell is not closed (a cell may not span lines)");
  cells.push(cell);
  return cells.map((c) => c.trim());
}

const columnKey = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

// One data row → a TerritoryRow, or the first thing wrong with it.
function readRow(cells: string[], line: number): TerritoryRow {
  if (cells.length !== TERRITORY_COLUMNS.length)
    throw lineError(line, `${cells.length} columns, expected ${TERRITORY_COLUMNS.length}`);
  const [code, parent, level, nameKy, nameRu, from, to, successor] = cells as string[] & { length: 8 };
  const optional = (v: string) => (v === "" ? null : v);
  if (!CODE.test(code as string))
    throw lineError(line, `code "${code}" is not a territory code (letters, digits and -, up to 30)`);
  for (const [name, value] of [
    ["parent code", parent],
    ["successor code", successor],
  ] as const)
    if (value !== "" && !CODE.test(value as string))
      throw lineError(line, `${name} "${value}" is not a territory code`);
  if (!TERRITORY_LEVELS.includes(level as TerritoryLevel))
    throw lineError(line, `level "${level}" is not one of ${TERRITORY_LEVELS.join(", ")}`);
  if (nameKy === "") throw lineError(line, "the ky name is empty");
  if (nameRu === "") throw lineError(line, "the ru name is empty");
  for (const [name, value] of [
    ["valid from", from],
    ["valid to", to],
  ] as const)
    if (value !== "" && !isDate(value as string))
      throw lineError(line, `${name} "${value}" is not a date YYYY-MM-DD`);
  if (from !== "" && to !== "" && (to as string) < (from as string))
    throw lineError(line, `valid to ${to} is before valid from ${from}`);
  if (successor !== "" && to === "")
    throw lineError(line, "a territory with a successor needs its valid to date");
  if (successor === code) throw lineError(line, "a territory cannot be its own successor");
  if (parent === code) throw lineError(line, "a territory cannot be its own parent");
  if (level === "republic" && parent !== "") throw lineError(line, "the republic has no parent");
  if (level !== "republic" && parent === "") throw lineError(line, `a ${level} needs its parent code`);
  return {
    line,
    code: code as string,
    parentCode: optional(parent as string),
    level: level as TerritoryLevel,
    nameKy: nameKy as string,
    nameRu: nameRu as string,
    validFrom: optional(from as string),
    validTo: optional(to as string),
    successorCode: optional(successor as string),
  };
}

/**
 * The rows of a register file. The header row comes first (after comments); a comma or, when the
 * header has none, a semicolon separates cells. A code twice in the file is an error at its
 * second line. Parents and successors are checked against the database by the import.
 */
export function parseTerritoryCsv(text: string): TerritoryRow[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  let delimiter: string | null = null;
  const rows: TerritoryRow[] = [];
  const seen = new Map<string, number>();
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) return;
    if (delimiter === null) {
      delimiter = raw.includes(",") || !raw.includes(";") ? "," : ";";
      const header = splitCsvLine(raw, line, delimiter).map(columnKey);
      const want = TERRITORY_COLUMNS.map(columnKey);
      if (header.length !== want.length || header.some((h, i) => h !== want[i]))
        throw lineError(line, `the header must be: ${TERRITORY_COLUMNS.join(", ")}`);
      return;
    }
    const row = readRow(splitCsvLine(raw, line, delimiter), line);
    const first = seen.get(row.code);
    if (first !== undefined) throw lineError(line, `code ${row.code} is already on line ${first}`);
    seen.set(row.code, line);
    rows.push(row);
  });
  if (delimiter === null) throw new AppError("invalid_input", "the file has no header row");
  return rows;
}
