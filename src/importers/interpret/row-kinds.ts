import type { TableRow } from "../table.ts";
import type { ColumnMap, ColumnRole } from "./columns.ts";
import { cellText, startsLowercase } from "./text.ts";

/** The cells of one row by role (several columns of one role joined), with raw line breaks kept. */
export interface RowCells {
  number: string;
  task: string;
  taskMerged: boolean;
  action: string;
  deadline: string;
  result: string;
  responsible: string;
  funding: string;
  cost: string;
  amounts: { column: number; text: string }[];
}

/** Gathers a row's cells by the role of their column. */
export function cellsByRole(row: TableRow, map: ColumnMap): RowCells {
  const pick = (role: ColumnRole) =>
    map.roles
      .map((r, i) => (r === role ? (row.cells[i] ?? "").trim() : ""))
      .filter((t) => t !== "")
      .join("\n");
  const taskColumn = map.roles.indexOf("task");
  return {
    number: cellText(pick("number")),
    task: pick("task"),
    taskMerged: taskColumn >= 0 && row.merged?.[taskColumn] === true,
    action: pick("action"),
    deadline: pick("deadline"),
    result: pick("result"),
    responsible: pick("responsible"),
    funding: pick("funding"),
    cost: pick("cost"),
    amounts: map.roles
      .map((r, i) => ({ role: r, column: i, text: (row.cells[i] ?? "").trim() }))
      .filter((c) => c.role === "fundingAmount" && c.text !== "")
      .map(({ column, text }) => ({ column, text })),
  };
}

// Columns whose filling marks a row as a measure rather than a heading.
const MEASURE_ROLES = new Set<ColumnRole>([
  "deadline",
  "result",
  "responsible",
  "funding",
  "cost",
  "fundingAmount",
]);
const SECTION_CODE = /^(\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s*$/;

/**
 * The heading text of a row that is a section heading, or null. A heading fills one cell (a cell
 * merged across the row), or a section code in the number column and a title beside it, and
 * nothing in the columns that a measure fills.
 */
export function headingOf(row: TableRow, map: ColumnMap): string | null {
  const filled = row.cells
    .map((text, i) => ({ text: cellText(text), role: map.roles[i] ?? "other" }))
    .filter((c) => c.text !== "");
  const distinct = [...new Set(filled.map((c) => c.text))];
  if (filled.length === 0 || filled.some((c) => MEASURE_ROLES.has(c.role))) return null;
  if (distinct.length === 1) {
    const only = distinct[0] as string;
    if (/^\d+\.?$/.test(only)) return null;
    // Away from column 0, lone text after a page break or in lower case is the rest of a row.
    const inFirstColumn = cellText(row.cells[0]) !== "";
    return inFirstColumn || (!row.afterPageBreak && !startsLowercase(only)) ? only : null;
  }
  if (distinct.length === 2 && filled[0]?.role === "number" && SECTION_CODE.test(filled[0].text)) {
    return `${filled[0].text} ${filled[1]?.text}`;
  }
  return null;
}
