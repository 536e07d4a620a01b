/** Re-estimates the column model from a segmentation (the M step of the segmenter's EM). */
import { breaksEarly, type ColumnModel } from "./interleaved-costs.ts";
import type { Unit } from "./interleaved-units.ts";

/** How a unit stands to the unit before it: in the same row, opening a row, opening a row's part after a page gap. */
export const SAME_ROW = 0;
export const NEW_ROW = 1;
export const PAGE_PART = 2;

/** How each unit was read: its column (k = a heading) and how it starts (SAME_ROW, NEW_ROW, PAGE_PART). */
export interface Segmentation {
  states: number[];
  starts: number[];
  cost: number;
  model: ColumnModel;
}

/** Which quantile of a column's line lengths stands for its width: wrapped lines bunch just under it, a few are misread. */
const WIDTH_QUANTILE = 0.9;
/** Blank lines that make a page gap. */
export const PAGE_GAP = 3;
/** Pseudo-count spread over the columns when a repeated line's column is estimated. */
const CONTENT_PRIOR = 1;

/** The q-quantile of xs (30 for an empty list). */
export function percentile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 30;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** A line's text as compared between rows: spacing and closing punctuation ignored (case kept: cells start capitalised). */
export function contentKey(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\s,.;:]+$/u, "");
}

/**
 * Cost of each unit in each column from the lines that repeat through the document: a table
 * repeats its bodies, results and deadlines word for word, so a line met elsewhere mostly in one
 * column is likely in that column here. The unit's own reading is left out (no self-confirmation).
 */
function contentCosts(units: readonly Unit[], seg: Segmentation, k: number): number[][] {
  const counts = new Map<string, number[]>();
  const keys = units.map((u) => contentKey(u.text));
  keys.forEach((key, i) => {
    const s = seg.states[i] ?? k;
    if (s >= k) return;
    const row = counts.get(key) ?? new Array<number>(k).fill(0);
    row[s] = (row[s] ?? 0) + 1;
    counts.set(key, row);
  });
  return keys.map((key, i) => {
    const own = seg.states[i] ?? k;
    const row = (counts.get(key) ?? []).map((n, c) => (c === own ? n - 1 : n));
    const total = row.reduce((a, b) => a + b, 0);
    if (total < 1) return [];
    const p = row.map((n) => (n + CONTENT_PRIOR / k) / (total + CONTENT_PRIOR));
    const best = Math.max(...p);
    return p.map((x) => Math.log(best / x));
  });
}

/**
 * For each unit after a page gap (keyed by its index): the columns the row above may run over
 * into, and the last unit of each column in that row. A page cuts all cells of a row at the same
 * height, so only the cells as tall as the tallest (give or take a line) run over.
 */
function pageRows(
  units: readonly Unit[],
  seg: Segmentation,
  k: number,
): { full: Map<number, number[]>; last: Map<number, number[]> } {
  const full = new Map<number, number[]>();
  const last = new Map<number, number[]>();
  units.forEach((u, g) => {
    if (g === 0 || u.gap < PAGE_GAP || u.number !== undefined) return;
    const lines = new Array<number>(k).fill(0);
    const ends = new Array<number>(k).fill(-1);
    for (let i = g - 1; i >= 0; i--) {
      const s = seg.states[i] ?? k;
      if (s >= k) return;
      if (!units[i]?.sameLine) lines[s] = (lines[s] ?? 0) + 1;
      if (ends[s] === -1) ends[s] = i;
      if (seg.starts[i] !== SAME_ROW) break;
    }
    const most = Math.max(...lines);
    full.set(
      g,
      lines.flatMap((n, c) => (n >= most - 1 ? [c] : [])),
    );
    last.set(g, ends);
  });
  return { full, last };
}

/** Re-estimates column widths, how often each column is empty, repeated lines and page-run columns. */
export function reestimate(units: readonly Unit[], seg: Segmentation, m: ColumnModel): ColumnModel {
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
  // A row's part after a page gap belongs to the row: its empty columns are not the row's.
  seg.states.forEach((s, i) => {
    if (s === m.k) return;
    if (seg.starts[i] === NEW_ROW) {
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
  const early = new Array<number>(m.k).fill(0);
  const breaks = new Array<number>(m.k).fill(0);
  units.forEach((b, i) => {
    const s = seg.states[i] ?? m.k;
    const a = units[i - 1];
    if (!a || b.sameLine || s >= m.k || seg.starts[i] !== SAME_ROW || seg.states[i - 1] !== s) return;
    breaks[s] = (breaks[s] ?? 0) + 1;
    if (breaksEarly(a, b, s, { ...m, widths })) early[s] = (early[s] ?? 0) + 1;
  });
  const pEarly = breaks.map((n, c) => clamp(((early[c] ?? 0) + 1) / (n + 2), 0.01, 0.5));
  const pCont = lines.map((l, c) => clamp((l - (cells[c] ?? 0) + 1) / (l + 2), 0.2, 0.95));
  const pIndent = cells.map((n, c) => clamp(((indented[c] ?? 0) + 1) / (n + 2), 0.05, 0.95));
  const skip = filled.map((f) => {
    const pEmpty = (rows - f + 1) / (rows + 2);
    return Math.min(5, Math.max(0, Math.log((1 - pEmpty) / pEmpty)));
  });
  const pages = pageRows(units, seg, m.k);
  return {
    ...m,
    widths,
    skip,
    pCont,
    pIndent,
    pEarly,
    content: contentCosts(units, seg, m.k),
    pageFull: pages.full,
    pageLast: pages.last,
  };
}
