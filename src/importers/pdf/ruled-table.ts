import type { TableRow } from "../table.ts";
import { cellText } from "./cell-text.ts";
import { pieceCenter, type TextPiece } from "./geometry.ts";
import type { CellBox } from "./line-wrap.ts";
import { type Grid, hasHorizontalEdge, hasVerticalEdge } from "./table-grid.ts";

/** The rows of one ruled table on one page, and the pieces it took. */
export interface PageTable {
  grid: Grid;
  rows: TableRow[];
  taken: Set<TextPiece>;
}

/** Index of the slot between sorted `edges` that holds `v`, or -1 outside them. */
function slot(edges: number[], v: number, descending: boolean): number {
  for (let i = 0; i + 1 < edges.length; i++) {
    const [a, b] = [edges[i] as number, edges[i + 1] as number];
    if (descending ? v <= a && v > b : v >= a && v < b) return i;
  }
  return -1;
}

/** Cells of the grid joined where no line separates them: each grid cell's region, by union-find. */
function regions(grid: Grid): number[] {
  const cols = grid.xs.length - 1;
  const rows = grid.ys.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  // Union towards the smaller index, so each region's root is its top-left cell.
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const { xs, ys } = grid;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const [top, bottom, left, right] = [
        ys[r] as number,
        ys[r + 1] as number,
        xs[c] as number,
        xs[c + 1] as number,
      ];
      if (c + 1 < cols && !hasVerticalEdge(grid, right, top, bottom)) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !hasHorizontalEdge(grid, bottom, left, right))
        union(r * cols + c, (r + 1) * cols + c);
    }
  }
  return parent.map((_, i) => find(i));
}

/** The left and right edges of the merged region whose top-left cell is `root`. */
function regionBox(grid: Grid, region: number[], root: number): CellBox {
  const cols = grid.xs.length - 1;
  let last = root % cols;
  region.forEach((r, i) => {
    if (r === root) last = Math.max(last, i % cols);
  });
  return { left: grid.xs[root % cols] as number, right: grid.xs[last + 1] as number };
}

/**
 * Reads one ruled table: each piece goes to the cell holding its center; a region of cells with
 * no line between them is one merged cell, its text in its top-left cell, "" elsewhere, and
 * `merged` set on the rows below its top.
 */
export function readRuledTable(grid: Grid, pieces: TextPiece[]): PageTable {
  const cols = grid.xs.length - 1;
  const region = regions(grid);
  const inRegion = new Map<number, TextPiece[]>();
  const taken = new Set<TextPiece>();
  for (const piece of pieces) {
    const center = pieceCenter(piece);
    const [r, c] = [slot(grid.ys, center.y, true), slot(grid.xs, center.x, false)];
    if (r < 0 || c < 0) continue;
    const root = region[r * cols + c] as number;
    inRegion.set(root, [...(inRegion.get(root) ?? []), piece]);
    taken.add(piece);
  }
  const rows: TableRow[] = [];
  for (let r = 0; r + 1 < grid.ys.length; r++) {
    const cells: string[] = [];
    const merged: boolean[] = [];
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const root = region[i] as number;
      cells.push(root === i ? cellText(inRegion.get(root) ?? [], regionBox(grid, region, root)) : "");
      merged.push(Math.floor(root / cols) < r);
    }
    rows.push({ cells, merged });
  }
  return { grid, rows, taken };
}
