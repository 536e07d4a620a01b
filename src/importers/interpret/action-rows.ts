import type { TableBlock, TableRow } from "../table.ts";
import {
  type ColumnMap,
  isColumnNumberRow,
  isSubHeaderRow,
  looksLikeHeader,
  mapColumns,
  repeatsHeader,
} from "./columns.ts";
import { cellText } from "./text.ts";

/** A row of the action table with its column map, or a text between table parts. */
export type ActionItem =
  | { kind: "row"; row: TableRow; map: ColumnMap }
  | { kind: "text"; text: string; between: boolean };

/** The action table found in a document: its rows in order, and the text before and after it. */
export interface ActionTable {
  before: string[];
  items: ActionItem[];
  after: string[];
}

type Block = { kind: "paragraph"; text: string } | TableBlock;

/**
 * Finds the action table: the first table with a header naming its columns, and every later table
 * that continues it (a header of its own, or no header and the same number of columns). Text
 * between those tables stays in place (a heading written as a paragraph); text before the first
 * and after the last is returned apart (title, signatures). Rows above a header inside a table
 * (an Excel sheet's title lines) count as text before it.
 */
export function findActionTable(blocks: Block[]): ActionTable | null {
  const before: string[] = [];
  const items: ActionItem[] = [];
  let pending: string[] = [];
  let map: ColumnMap | null = null;
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      (map === null ? before : pending).push(block.text);
      continue;
    }
    const headerAt = block.rows.findIndex(looksLikeHeader);
    const width = block.rows[0]?.cells.length ?? 0;
    if (headerAt < 0 && (map === null || width !== map.roles.length)) {
      const text = block.rows.map((r) => r.cells.map(cellText).filter(Boolean).join(" "));
      (map === null ? before : pending).push(...text.filter(Boolean));
      continue;
    }
    for (const text of pending) items.push({ kind: "text", text, between: true });
    pending = [];
    let start = 0;
    if (headerAt >= 0) {
      const lead = block.rows.slice(0, headerAt).map((r) => r.cells.map(cellText).filter(Boolean).join(" "));
      if (map === null) before.push(...lead.filter(Boolean));
      const header = block.rows[headerAt] as TableRow;
      const next = block.rows[headerAt + 1];
      const sub = next !== undefined && isSubHeaderRow(next, header) ? next : undefined;
      map = mapColumns(header, sub);
      start = headerAt + 1 + (sub ? 1 : 0);
    }
    for (const row of block.rows.slice(start)) {
      if (map === null || isColumnNumberRow(row) || repeatsHeader(row, map)) continue;
      items.push({ kind: "row", row, map });
    }
  }
  if (map === null) return null;
  return { before, items, after: pending };
}
