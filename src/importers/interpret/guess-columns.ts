/**
 * A column whose header names no role («Графа 5», a header lost in the reading) is read for the
 * role its cells show, when the table has no column of that role yet: deadlines, funding sources or
 * responsible bodies. Such a column is marked guessed, so that every cell read from it is shown to
 * the person who checks the import as less sure (decision 018).
 */

import { hasHead, isLocalBody } from "../../domain/body-words.ts";
import { parseDeadline } from "../../domain/deadline.ts";
import { parseFunding } from "../../domain/funding.ts";
import type { ActionItem } from "./action-rows.ts";
import type { ColumnMap, ColumnRole } from "./columns.ts";
import { cellText } from "./text.ts";

/** The roles a column may be guessed to have, each with what one of its cells looks like. */
const GUESSABLE: [ColumnRole, (cell: string) => boolean][] = [
  ["deadline", (c) => c.length <= 40 && parseDeadline(c, { from: 1990, to: 2100 }).to !== null],
  ["funding", (c) => c.length <= 80 && isFunding(parseFunding(c))],
  ["responsible", (c) => c.length <= 150 && !/\d{4}/.test(c) && (hasHead(c) || isLocalBody(c))],
];
/** True when a cell names sources only, at least one. */
function isFunding(items: { code: string }[]): boolean {
  return items.length > 0 && items.every((f) => f.code !== "other");
}

/** A role is guessed when at least this share of the column's filled cells look like it… */
const MIN_SHARE = 0.8;
/** …and at least this many do: two rows are a pattern, one is a chance. */
const MIN_CELLS = 2;

type RowItem = Extract<ActionItem, { kind: "row" }>;

/** The items with each map's unnamed columns given the role their cells show, where one does. */
export function guessColumns(items: ActionItem[]): ActionItem[] {
  const guessed = new Map<ColumnMap, ColumnMap>();
  const rows = items.filter((i): i is RowItem => i.kind === "row");
  for (const map of new Set(rows.map((r) => r.map))) {
    const cells = (column: number) =>
      rows.filter((r) => r.map === map).map((r) => cellText(r.row.cells[column]));
    guessed.set(map, guessMap(map, cells));
  }
  return items.map((i) => (i.kind === "row" ? { ...i, map: guessed.get(i.map) ?? i.map } : i));
}

/** The map with its unnamed columns guessed from their cells; the same map when none is. */
function guessMap(map: ColumnMap, cells: (column: number) => string[]): ColumnMap {
  const roles = [...map.roles];
  const flags = roles.map(() => false);
  for (const [column, role] of map.roles.entries()) {
    if (role !== "other") continue;
    const found = roleOfCells(
      cells(column).filter((c) => c !== ""),
      roles,
    );
    if (found === null) continue;
    roles[column] = found;
    flags[column] = true;
  }
  return flags.some(Boolean) ? { ...map, roles, guessed: flags } : map;
}

/** The role most of the filled cells show among those the table lacks, or null. */
function roleOfCells(filled: string[], roles: ColumnRole[]): ColumnRole | null {
  if (filled.length < MIN_CELLS) return null;
  for (const [role, looksLike] of GUESSABLE) {
    if (roles.includes(role)) continue;
    if (filled.filter(looksLike).length >= Math.max(MIN_CELLS, MIN_SHARE * filled.length)) return role;
  }
  return null;
}
