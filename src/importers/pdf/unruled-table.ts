import type { TableRow } from "../table.ts";
import type { TextPiece } from "./geometry.ts";

/** A table found from text columns alone, with the pieces it took. */
export interface UnruledTable {
  top: number;
  xs: number[];
  rows: TableRow[];
  taken: Set<TextPiece>;
}

/** Finds a table on a page without ruling lines (stub until the text-column rules are written). */
export function readUnruledTable(_pieces: TextPiece[]): UnruledTable | undefined {
  return undefined;
}
