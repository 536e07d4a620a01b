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
} from "./interleaved-costs.ts";
import type { Unit } from "./interleaved-units.ts";

/** How a unit stands to the unit before it. */
export const SAME_ROW = 0;
export const NEW_ROW = 1;
/** The unit opens the part of a row that follows a page gap. */
export const PAGE_PART = 2;

/** How each unit was read: its column (k = a heading) and how it starts (SAME_ROW, NEW_ROW, PAGE_PART). */
export interface Segmentation {
  states: number[];
  starts: number[];
  cost: number;
  model: ColumnModel;
}

const INF = Number.POSITIVE_INFINITY;
const EM_ROUNDS = 3;
/** Units looked at to choose the date column. */
const SAMPLE_UNITS = 300;
/** Which quantile of a column's line lengths stands for its width (a few lines are misread). */
const WIDTH_QUANTILE = 0.97;

/** Prefix sums of the skip costs: the cost of leaving columns from..to-1 empty in O(1). */
function skipSums(skip: readonly number[]): (from: number, to: number) => number {
  const pre = [0];
  for (const [i, x] of skip.entries()) pre.push((pre[i] ?? 0) + x);
  return (from, to) => (to > from ? (pre[to] ?? 0) - (pre[from] ?? 0) : 0);
}

/** Best reading of the units under one column model; O(units × columns²). */
export function viterbi(units: readonly Unit[], m: ColumnModel): Segmentation {
  const k = m.k;
  const n = units.length;
  const S = k + 1;
  const cost = new Float64Array(n * S).fill(INF);
  const back = new Int16Array(n * S).fill(-1);
  const fresh = new Uint8Array(n * S);
  const skipped = skipSums(m.skip);
  const ends = Array.from({ length: k }, (_, c) => cellEndCost(c, m));
  for (let i = 0; i < n; i++) {
    const b = units[i] as Unit;
    const prevU = units[i - 1];
    const head = headingCost(b, units[i + 1]);
    const start = rowStartCost(prevU, b);
    const pagePart = pageContinueCost(b);
    for (let c = 0; c <= k; c++) {
      let best = INF;
      let from = -1;
      let isNew = 0;
      if (c === k) {
        if (head === INF) continue;
        if (i === 0) best = head;
        for (let p = 0; i > 0 && p <= k; p++) {
          const v = cost[(i - 1) * S + p] as number;
          const t = v + head + (p < k ? skipped(p + 1, k) + (ends[p] ?? 0) : 0);
          if (t < best) [best, from] = [t, p];
        }
        isNew = 1;
      } else {
        const place = placeCost(b, c, m);
        const opening = cellStartCost(b, c, m) + place;
        const lead = skipped(0, c);
        if (i === 0) [best, isNew] = [start + lead + opening, 1];
        for (let p = 0; i > 0 && prevU && p <= k; p++) {
          const v = cost[(i - 1) * S + p] as number;
          if (v === INF) continue;
          const closing = p < k ? skipped(p + 1, k) + (ends[p] ?? 0) : 0;
          const asNew = v + start + closing + lead + opening;
          if (asNew < best) [best, from, isNew] = [asNew, p, 1];
          if (p === k || b.number !== undefined) continue;
          const part = v + pagePart + closing + lead + opening;
          if (part < best) [best, from, isNew] = [part, p, 2];
          if (p === c) {
            const t = v + continueCost(prevU, b, c, m) + place;
            if (t < best) [best, from, isNew] = [t, p, 0];
          } else if (p < c) {
            const t = v + newCellCost(prevU, b) + skipped(p + 1, c) + (ends[p] ?? 0) + opening;
            if (t < best) [best, from, isNew] = [t, p, 0];
          }
        }
      }
      cost[i * S + c] = best;
      back[i * S + c] = from;
      fresh[i * S + c] = isNew;
    }
  }
  let end = 0;
  let total = INF;
  for (let c = 0; c <= k && n > 0; c++) {
    const t = (cost[(n - 1) * S + c] as number) + (c < k ? skipped(c + 1, k) + (ends[c] ?? 0) : 0);
    if (t < total) [total, end] = [t, c];
  }
  const states = new Array<number>(n).fill(0);
  const starts = new Array<number>(n).fill(NEW_ROW);
  for (let i = n - 1, s = end; i >= 0; i--) {
    states[i] = s;
    starts[i] = fresh[i * S + s] ?? NEW_ROW;
    s = back[i * S + s] ?? 0;
  }
  return { states, starts, cost: n > 0 ? total : 0, model: m };
}

function percentile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 30;
}

/** Re-estimates column widths and how often each column is empty from a segmentation. */
function reestimate(units: readonly Unit[], seg: Segmentation, m: ColumnModel): ColumnModel {
  const widths = m.widths.map((w, c) => {
    const lens = units.filter((u, i) => seg.states[i] === c && !u.sameLine).map((u) => u.len);
    return lens.length >= 3 ? Math.max(6, percentile(lens, WIDTH_QUANTILE)) : w;
  });
  const filled = new Array<number>(m.k).fill(0);
  let rows = 0;
  let seen = new Set<number>();
  const close = () => {
    for (const c of seen) filled[c] = (filled[c] ?? 0) + 1;
    seen = new Set();
  };
  seg.states.forEach((s, i) => {
    if (s === m.k) return;
    if (seg.starts[i] !== SAME_ROW) {
      close();
      rows++;
    }
    seen.add(s);
  });
  close();
  const lines = new Array<number>(m.k).fill(0);
  const cells = new Array<number>(m.k).fill(0);
  const indented = new Array<number>(m.k).fill(0);
  seg.states.forEach((s, i) => {
    const u = units[i];
    if (s === m.k || !u || u.sameLine) return;
    lines[s] = (lines[s] ?? 0) + 1;
    if (seg.starts[i] !== SAME_ROW || seg.states[i - 1] !== s) {
      cells[s] = (cells[s] ?? 0) + 1;
      if (u.indent) indented[s] = (indented[s] ?? 0) + 1;
    }
  });
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  const pCont = lines.map((l, c) => clamp((l - (cells[c] ?? 0) + 1) / (l + 2), 0.2, 0.95));
  const pIndent = cells.map((n, c) => clamp(((indented[c] ?? 0) + 1) / (n + 2), 0.05, 0.95));
  const skip = filled.map((f) => {
    const pEmpty = (rows - f + 1) / (rows + 2);
    return Math.min(5, Math.max(0, Math.log((1 - pEmpty) / pEmpty)));
  });
  return { ...m, widths, skip, pCont, pIndent };
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
  let least = Number.POSITIVE_INFINITY;
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
