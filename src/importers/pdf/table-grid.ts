import { clusterValues, type Segment } from "./geometry.ts";

/** The ruling of one table on one page: column edges `xs` (left to right), row edges `ys` (top down). */
export interface Grid {
  xs: number[];
  ys: number[];
  lines: Segment[];
}

/** How far apart two line ends or positions may be and still count as touching, in points. */
const TOUCH = 2;
/** Edges closer than this are one edge (double borders, rounding). */
const SAME_EDGE = 3;

/** Joins collinear pieces of one line (a border is often drawn cell by cell). */
export function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) =>
    a.dir === b.dir ? a.at - b.at || a.from - b.from : a.dir < b.dir ? -1 : 1,
  );
  const out: Segment[] = [];
  for (const s of sorted) {
    const prev = out.at(-1);
    if (prev && prev.dir === s.dir && Math.abs(prev.at - s.at) <= 1 && s.from <= prev.to + TOUCH) {
      // sorted by position first, a segment on a track a hair further may start above the one before
      prev.from = Math.min(prev.from, s.from);
      prev.to = Math.max(prev.to, s.to);
    } else out.push({ ...s });
  }
  return out;
}

function crosses(h: Segment, v: Segment): boolean {
  return v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
}

/** Groups lines that touch one another (one group per drawn table). */
function connectedGroups(lines: Segment[]): Segment[][] {
  const parent = lines.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  lines.forEach((a, i) => {
    lines.forEach((b, j) => {
      if (j > i && a.dir !== b.dir && (a.dir === "h" ? crosses(a, b) : crosses(b, a)))
        parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, Segment[]>();
  lines.forEach((line, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), line]);
  });
  return [...groups.values()];
}

/**
 * The table grids a page draws: every group of touching lines with at least two lines each way.
 * Outer edges the page does not draw are taken from where the other lines end.
 */
export function findGrids(segments: Segment[]): Grid[] {
  const grids: Grid[] = [];
  for (const group of connectedGroups(mergeSegments(segments))) {
    const hs = group.filter((s) => s.dir === "h");
    const vs = group.filter((s) => s.dir === "v");
    if (hs.length < 2 || vs.length < 2) continue;
    const xs = clusterValues(
      [...vs.map((s) => s.at), Math.min(...hs.map((s) => s.from)), Math.max(...hs.map((s) => s.to))],
      SAME_EDGE,
    );
    const ys = clusterValues(
      [...hs.map((s) => s.at), Math.min(...vs.map((s) => s.from)), Math.max(...vs.map((s) => s.to))],
      SAME_EDGE,
    ).reverse();
    if (xs.length >= 2 && ys.length >= 2) grids.push({ xs, ys, lines: group });
  }
  return grids.sort((a, b) => (b.ys[0] ?? 0) - (a.ys[0] ?? 0));
}

/** True when a line is drawn at x between columns, through the middle of the row between ys top and bottom. */
export function hasVerticalEdge(grid: Grid, x: number, top: number, bottom: number): boolean {
  const mid = (top + bottom) / 2;
  return grid.lines.some(
    (s) => s.dir === "v" && Math.abs(s.at - x) <= SAME_EDGE && s.from <= mid && s.to >= mid,
  );
}

/** True when a line is drawn at y between rows, through the middle of the column between xs left and right. */
export function hasHorizontalEdge(grid: Grid, y: number, left: number, right: number): boolean {
  const mid = (left + right) / 2;
  return grid.lines.some(
    (s) => s.dir === "h" && Math.abs(s.at - y) <= SAME_EDGE && s.from <= mid && s.to >= mid,
  );
}
