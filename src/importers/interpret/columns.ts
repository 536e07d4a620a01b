import { fundingCodeOf } from "../../domain/funding.ts";
import { moneyMultiplier } from "../../domain/money.ts";
import type { TableRow } from "../table.ts";
import { cellText, foldText } from "./text.ts";

/** What a column of the action table holds. */
export type ColumnRole =
  | "number"
  | "task"
  | "action"
  | "deadline"
  | "result"
  | "responsible"
  | "funding"
  | "cost"
  | "fundingAmount"
  | "other";

/** The meaning of each grid column, read from the header row(s). */
export interface ColumnMap {
  roles: ColumnRole[];
  /** Som per unit of a money column ("тыс. сом" → 1000), else null. */
  multipliers: (number | null)[];
  /** The header texts, kept to recognise the header when a page repeats it. */
  headerTexts: string[];
  /** The words naming each column's source or meaning: its sub-header if any, else its header. */
  columnNames: string[];
  /** `guessed[i]` is true when column i's role came from its cells, not its header (guess-columns.ts). */
  guessed?: boolean[];
}

// Checked in this order: the first pattern that matches a header cell decides its role. Deadline
// comes before responsible because "аткаруу мөөнөтү" shares its stem with "аткаруучулар"; a
// header naming the source ("Источник финансирования и сумма") is funding before "сумма" makes
// it a cost: its cells name sources, each with its sum.
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  [
    "number",
    /^(№|n|#)\s*(п\s*[/.]?\s*п\.?|р\s*\/\s*с)?\.?$|^[пр]\s*\/\s*[пс]\.?$|^(номер|катар|реттик|иреттик)/,
  ],
  ["deadline", /мөөнөт|срок|убакыт|дата\s+исполн|период\s+(исполн|реализ)/],
  ["responsible", /жооптуу|ответствен|исполнител|аткаруучу|жооп берүүчү/],
  ["funding", /источник|булаг|булак/],
  [
    "cost",
    /наркы|баасы|стоимост|сумм|смет|(бардыгы|жалпы|всего|итого).*(сом|сум)|(сом|сум).*(бардыгы|жалпы|всего|итого)/,
  ],
  ["funding", /каржылоо|каржылан|финансир/],
  ["result", /натыйжа|жыйынтык|результат|индикатор|көрсөткүч|показател/],
  ["task", /милдет|задач|максат|цел[ьи]/],
  ["action", /чара|аракет|мероприят|иш-чара|аткарылуучу иш|действи|иштер/],
].map(([role, pattern]) => [role as ColumnRole, ocrTolerant(pattern as RegExp)]);

/**
 * A header pattern that also matches its words as OCR misreads bold Kyrgyz letters: ө as е or о,
 * ү as у, ң as н («Аткаруу меенету» is «Аткаруу мөөнөтү»).
 */
function ocrTolerant(pattern: RegExp): RegExp {
  const lookalikes: Record<string, string> = { ө: "[өео]", ү: "[үу]", ң: "[ңн]" };
  return new RegExp(
    pattern.source.replace(/[өүң]/g, (c) => lookalikes[c] ?? c),
    pattern.flags,
  );
}

/**
 * The role a header cell names, or null when its words are not a column of the action table. A
 * narrow column breaks title words inside («Ответстве нные», «Аткар уу мөөнө тү»): when the words
 * as printed name no role, they are read again with the breaks closed.
 */
export function roleOfHeader(text: string): ColumnRole | null {
  const folded = foldText(text);
  if (folded === "") return null;
  return roleOfWords(folded) ?? roleOfWords(folded.replace(/\s+/g, ""));
}

function roleOfWords(folded: string): ColumnRole | null {
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(folded)) return role;
  return null;
}

/** True when a row is the header of an action table: it names an action or task column and two more. */
export function looksLikeHeader(row: TableRow): boolean {
  const roles = new Set(row.cells.map(roleOfHeader).filter((r) => r !== null));
  return (roles.has("action") || roles.has("task")) && roles.size >= 3;
}

/** True when a row only numbers the columns ("1 2 3 4 5 6 7" under the header). */
export function isColumnNumberRow(row: TableRow): boolean {
  const filled = row.cells.map((c) => c.trim()).filter((c) => c !== "");
  if (filled.length < 3) return false;
  return filled.every((c, i) => c === String(Number(filled[0]) + i));
}

/**
 * True when a row below the header is the second line of a two-row header: it names sources
 * ("РБ | ЖБ | донор") or short sub-headings under a header cell merged across columns.
 */
export function isSubHeaderRow(row: TableRow, header: TableRow): boolean {
  const filled = row.cells.map((c, i) => ({ text: c.trim(), i })).filter((c) => c.text !== "");
  if (filled.length < 2 || filled.some((c) => c.text.length > 40)) return false;
  const namesSource = (c: string) => fundingCodeOf(c) !== null || moneyMultiplier(c) !== null;
  if (filled.every((c) => namesSource(c.text))) return true;
  const underSpan = (i: number) => i > 0 && (header.cells[i] ?? "").trim() === "";
  return (
    !/^\d/.test(filled[0]?.text ?? "") &&
    filled.some((c) => underSpan(c.i)) &&
    !filled.some((c) => c.text.split(/\s+/).length > 4)
  );
}

/**
 * Reads the column meanings from a header row and an optional sub-header row below it.
 * A money unit anywhere above a column ("Анын ичинде (миң сом)") applies to the columns under it.
 */
export function mapColumns(header: TableRow, subHeader?: TableRow): ColumnMap {
  const width = header.cells.length;
  const roles: ColumnRole[] = [];
  const multipliers: (number | null)[] = [];
  let spanText = "";
  for (let i = 0; i < width; i++) {
    const top = header.cells[i] ?? "";
    if (top.trim() !== "") spanText = top;
    const sub = subHeader?.cells[i] ?? "";
    const subCode = sub.trim() === "" ? null : fundingCodeOf(sub);
    const ownText = top.trim() !== "" ? top : sub;
    // A column under a merged header cell takes that cell's meaning unless its own words say more.
    let role = roleOfHeader(ownText) ?? (top.trim() === "" ? roleOfHeader(spanText) : null) ?? "other";
    let multiplier = moneyMultiplier(`${ownText} ${sub}`) ?? moneyMultiplier(spanText);
    if (subCode !== null) {
      role = "fundingAmount";
    } else if (role === "funding" && multiplier !== null) {
      role = "cost";
    }
    if (role === "cost" && multiplier === null) multiplier = 1;
    roles.push(role);
    multipliers.push(role === "cost" || role === "fundingAmount" ? multiplier : null);
  }
  // Sums per source sit beside the cost column and are in its unit unless their header says otherwise.
  const costUnit = multipliers[roles.indexOf("cost")] ?? 1;
  for (const [i, role] of roles.entries()) if (role === "fundingAmount") multipliers[i] ??= costUnit;
  const columnNames = header.cells.map((top, i) => cellText(subHeader?.cells[i] || top));
  return { roles, multipliers, headerTexts: header.cells.map(foldText), columnNames };
}

/** True when a row repeats the header (a table continued on the next page prints it again). */
export function repeatsHeader(row: TableRow, map: ColumnMap): boolean {
  if (row.header) return true;
  const texts = row.cells.map(foldText);
  const filled = texts.filter((t) => t !== "");
  return filled.length >= 3 && texts.every((t, i) => t === "" || t === map.headerTexts[i]);
}
