/** Segments interleaved units into rows and columns with a dynamic programme (Viterbi over columns). */
import {
  type ColumnModel,
  cellEndCost,
  cellStartCost,
  continueCost,
  headingCost,
  newCellCost,
  pageContinueCost,
  placeCost,
  rowStartCost,
  wrapCost,
} from "./interleaved-costs.ts";
import {
  NEW_ROW,
  PAGE_GAP,
  PAGE_PART,
  percentile,
  reestimate,
  SAME_ROW,
  type Segmentation,
} from "./interleaved-estimate.ts";
import type { Unit } from "./interleaved-units.ts";

export { NEW_ROW, PAGE_PART, SAME_ROW, type Segmentation };

const INF = Number.POSITIVE_INFINITY;
const EM_ROUNDS = 3;
/** Units looked at to choose the date column. */
const SAMPLE_UNITS = 300;
/** Cost of a row's part after a page gap going on in a column that was not full when the page ended. */
const SHORT_COLUMN_COST = 3;

/** Prefix sums of the skip costs: the cost of leaving columns from..to-1 empty in O(1). */
function skipSums(skip: readonly number[]): (from: number, to: number) => number {
  const pre = [0];
  for (const [i, x] of skip.entries()) pre.push((pre[i] ?? 0) + x);
  return (from, to) => (to > from ? (pre[to] ?? 0) - (pre[from] ?? 0) : 0);
}

/** For each unit, the index of the last unit at or before it that follows a page gap (-1: none). */
function lastGaps(units: readonly Unit[]): Int32Array {
  const out = new Int32Array(units.length).fill(-1);
  let g = -1;
  units.forEach((u, i) => {
    if (u.gap >= PAGE_GAP && !u.sameLine) g = i;
    out[i] = g;
  });
  return out;
}

/**
 * Best reading of the units under one column model; O(units × columns²). A state is a column
 * (k = a heading) and whether the row is in its part after a page gap (then empty columns cost
 * nothing, and cells go on only in the columns that were full when the page ended).
 */
export function viterbi(units: readonly Unit[], m: ColumnModel): Segmentation {
  const k = m.k;
  const n = units.length;
  const S = k + 1;
  const W = 2 * S;
  const cost = new Float64Array(n * W).fill(INF);
  const back = new Int16Array(n * W).fill(-1);
  const fresh = new Uint8Array(n * W);
  const skipped = skipSums(m.skip);
  const ends = Array.from({ length: k }, (_, c) => cellEndCost(c, m));
  const gaps = lastGaps(units);
  /** Cost of closing the row in state p (its empty columns on the right, its open cell). */
  const closeRow = (p: number) => {
    const c = p % S;
    if (c === k) return 0;
    return (p < S ? skipped(c + 1, k) : 0) + (ends[c] ?? 0);
  };
  /** Cost of unit b (after the gap before unit g) going on with column c of the row above the gap. */
  const shortCost = (g: number, c: number) => {
    const full = m.pageFull?.get(g);
    return full === undefined || full.includes(c) ? 0 : SHORT_COLUMN_COST;
  };
  /** Cost of unit b (after the gap before unit g) going on with column c of the row above the gap. */
  const joinCost = (g: number, b: Unit, c: number) => {
    const above = units[m.pageLast?.get(g)?.[c] ?? -1];
    return shortCost(g, c) + (above ? wrapCost(above, b, c, m) : 0);
  };
  const relax = (i: number, s: number, t: number, from: number, how: number) => {
    if (t < (cost[i * W + s] as number)) {
      cost[i * W + s] = t;
      back[i * W + s] = from;
      fresh[i * W + s] = how;
    }
  };
  for (let i = 0; i < n; i++) {
    const b = units[i] as Unit;
    const prevU = units[i - 1];
    const head = headingCost(b, units[i + 1]);
    const start = rowStartCost(prevU, b);
    const pagePart = pageContinueCost(b);
    const content = m.content?.[i];
    if (head < INF) {
      if (i === 0) relax(i, k, head, -1, NEW_ROW);
      for (let p = 0; i > 0 && p < W; p++) {
        const v = cost[(i - 1) * W + p] as number;
        if (v < INF) relax(i, k, v + head + closeRow(p), p, NEW_ROW);
      }
    }
    for (let c = 0; c < k; c++) {
      const place = placeCost(b, c, m) + (content?.[c] ?? 0);
      const opening = cellStartCost(b, c, m) + place;
      const lead = skipped(0, c);
      if (i === 0) relax(i, c, start + lead + opening, -1, NEW_ROW);
      for (let p = 0; i > 0 && prevU && p < W; p++) {
        const v = cost[(i - 1) * W + p] as number;
        if (v === INF) continue;
        const pc = p % S;
        const inPart = p >= S;
        relax(i, c, v + start + closeRow(p) + lead + opening, p, NEW_ROW);
        if (pc === k || b.number !== undefined) continue;
        if (pagePart < INF) {
          relax(i, S + c, v + pagePart + closeRow(p) + opening + joinCost(i, b, c), p, PAGE_PART);
        }
        if (pc === c) {
          const t = v + continueCost(prevU, b, c, m) + place;
          // A cell that runs over a page gap puts the row in its part after the gap.
          if (b.gap >= PAGE_GAP) relax(i, S + c, t + shortCost(i, c), p, SAME_ROW);
          else relax(i, p, t, p, SAME_ROW);
        } else if (pc < c) {
          const skip = inPart ? joinCost(gaps[i] ?? -1, b, c) : skipped(pc + 1, c);
          const t = v + newCellCost(prevU, b) + skip + (ends[pc] ?? 0) + opening;
          relax(i, inPart ? S + c : c, t, p, SAME_ROW);
        }
      }
    }
  }
  let end = 0;
  let total = INF;
  for (let p = 0; p < W && n > 0; p++) {
    const t = (cost[(n - 1) * W + p] as number) + closeRow(p);
    if (t < total) [total, end] = [t, p];
  }
  const states = new Array<number>(n).fill(0);
  const starts = new Array<number>(n).fill(NEW_ROW);
  for (let i = n - 1, s = end; i >= 0; i--) {
    states[i] = s % S;
    starts[i] = fresh[i * W + s] ?? NEW_ROW;
    s = back[i * W + s] ?? 0;
  }
  return { states, starts, cost: n > 0 ? total : 0, model: m };
}

/** Finds the reading of least cost, trying each column as the date column and refining widths (EM). */
export function segmentUnits(units: readonly Unit[], k: number): Segmentation {
  const wide = Math.max(
    8,
    percentile(
      units.map((u) => u.len),
      0.85,
    ),
  );
  // One pass per candidate date column over the first rows picks the column; the EM rounds then
  // refine only the winner over all units.
  const sample = units.slice(0, SAMPLE_UNITS);
  let dateCol = 0;
  let least = INF;
  for (let d = 0; d < k; d++) {
    const cost = viterbi(sample, initialModel(k, d, wide)).cost;
    if (cost < least) [least, dateCol] = [cost, d];
  }
  let best = viterbi(units, initialModel(k, dateCol, wide));
  for (let r = 0; r < EM_ROUNDS; r++) best = viterbi(units, reestimate(units, best, best.model));
  return best;
}

function initialModel(k: number, dateCol: number, wide: number): ColumnModel {
  return {
    k,
    dateCol,
    widths: Array.from({ length: k }, (_, c) => (c === dateCol ? 12 : wide)),
    // Vertically merged cells are most often the leftmost (grouping) column: a prior the EM then corrects.
    skip: Array.from({ length: k }, (_, c) => (c === 0 ? 0.5 : 2)),
    pCont: new Array<number>(k).fill(0.6),
    pIndent: new Array<number>(k).fill(0.3),
  };
}
