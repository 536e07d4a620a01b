/**
 * The costs the interleaved segmenter minimises. Each is a small penalty for one way a line could
 * be read; the numbers were set by hand on the signals described in interleaved.ts.
 */
import { SECTION_CODE } from "./interleaved-header.ts";
import type { Unit } from "./interleaved-units.ts";

/** What the segmenter knows about the columns: their number, widths, the date column and how often each is empty. */
export interface ColumnModel {
  /** Number of text columns (the № column not counted). */
  k: number;
  /** Index of the column that holds deadlines. */
  dateCol: number;
  /** Estimated width of each column, in characters. */
  widths: number[];
  /** Cost of leaving each column empty in a row. */
  skip: number[];
  /** Share of a column's lines that continue a cell rather than start one (how long its cells are). */
  pCont: number[];
  /** Share of a column's cells whose first line is indented. */
  pIndent: number[];
  /** Share of a column's line breaks inside a cell that come early (the next word would have fit). */
  pEarly?: number[];
  /** Per unit, the cost of each column from the lines repeated elsewhere in the table (empty: no evidence). */
  content?: ReadonlyArray<readonly number[]>;
  /** Per unit after a page gap, the columns the row above may run over into. */
  pageFull?: ReadonlyMap<number, readonly number[]>;
  /** Per unit after a page gap, the last unit of each column in the row above (-1: none). */
  pageLast?: ReadonlyMap<number, readonly number[]>;
}

/** Cost of b being the first line of a cell in column c: how often that column's cells start indented. */
export function cellStartCost(b: Unit, c: number, m: ColumnModel): number {
  const p = m.pIndent[c] ?? 0.5;
  return -Math.log(b.indent ? p : 1 - p);
}

/** Cost of closing a cell of column c (its length so far is then final). */
export function cellEndCost(c: number, m: ColumnModel): number {
  return -Math.log(1 - (m.pCont[c] ?? 0.6));
}

/** Cost of a unit sitting in column c, whatever came before it. */
export function placeCost(u: Unit, c: number, m: ColumnModel): number {
  const w = m.widths[c] ?? 30;
  let cost = 0;
  const over = u.len / w;
  if (over > 1.1) cost += (over - 1.1) * 10;
  // A deadline column also holds words that are no date shape ("Туруктуу негизде"): cheap when short.
  if (c === m.dateCol) cost += u.isDate ? 0 : u.startsYear ? 1.5 : over <= 1 ? 2 : 4;
  else if (u.isDate) cost += 2.5;
  return cost;
}

/** Cost of line b following line a in one cell of column c, from how a wrapped (0 when b's first word would not have fit). */
export function wrapCost(a: Unit, b: Unit, c: number, m: ColumnModel): number {
  const w = m.widths[c] ?? 30;
  // A date split off the end of a line but kept in this cell: the cell's line is the whole line.
  const lineLen = a.sameLine && a.isDate && c !== m.dateCol ? a.lineLen : a.len;
  // A wrapped line ends where the next word would not fit: if it would have, b starts a new cell.
  // After a comma or full stop the break may be the author's own (lists of bodies), so it counts less.
  // Proportional fonts blur the limit: a line a little short of the width costs a little.
  const fill = (lineLen + 1 + b.firstWordLen) / w;
  if (fill >= 1) return 0;
  const weight = a.ending === "." ? 4 : a.ending === "," ? 2 : 10;
  // Some columns list items one per line (bodies): there an early break is common and costs less.
  const cap = m.pEarly ? -Math.log(m.pEarly[c] ?? 0.05) : Number.POSITIVE_INFINITY;
  return Math.min(cap, (1 - fill) * weight);
}

/** True when line a ends well before its column's width would have made it (fill under 0.9). */
export function breaksEarly(a: Unit, b: Unit, c: number, m: ColumnModel): boolean {
  return (a.len + 1 + b.firstWordLen) / (m.widths[c] ?? 30) < 0.9;
}

/** Cost of b continuing the cell of a (same column c). */
export function continueCost(a: Unit, b: Unit, c: number, m: ColumnModel): number {
  if (b.sameLine) return 0;
  let cost = wrapCost(a, b, c, m);
  // A page gap inside a cell is read as the start of a row's next part (see pageContinueCost).
  if (b.gap >= 3) cost += 2.5;
  if (b.indent) cost += 1;
  // Inside a cell a line starts in lower case more often than not; cells start with a capital.
  if (b.startsUpper) cost += 0.8;
  return cost - Math.log(m.pCont[c] ?? 0.6);
}

/** Cost of b starting a new cell after a's cell in the same row. */
export function newCellCost(a: Unit, b: Unit): number {
  let cost = 0;
  // Lines of one cell follow each other without a blank line far more often than cells do.
  if (b.gap === 0 && !b.sameLine && !a.isDate && !b.isDate) cost += 3;
  if (b.sameLine) cost += 1;
  if (b.startsLower) cost += 2;
  if (a.endsOpen) cost += 2.5;
  return cost;
}

/**
 * Cost of b opening the part of a row that follows a page gap (3+ blank lines or a form feed):
 * it may continue any cell of the row above, so it pays no cost for the cells it leaves empty.
 */
export function pageContinueCost(b: Unit): number {
  if (b.number !== undefined || b.sameLine || b.gap < 3) return Number.POSITIVE_INFINITY;
  return b.startsUpper ? 2.5 : 1;
}

/** Cost of b starting a new row without a number after unit a (numbered rows cost nothing). */
export function rowStartCost(a: Unit | undefined, b: Unit): number {
  if (b.number !== undefined) return 0;
  if (b.sameLine) return 50;
  let cost = b.indent ? 2 : b.gap >= 3 ? 2.5 : 6;
  if (b.startsLower) cost += 2;
  if (a?.endsOpen) cost += 2.5;
  return cost;
}

/** Cost of reading b as a heading between rows ("4.1.1. Өнөр жайы", a short line standing alone). */
export function headingCost(b: Unit, next: Unit | undefined): number {
  if (b.number !== undefined || b.sameLine) return Number.POSITIVE_INFINITY;
  if (SECTION_CODE.test(b.text)) return 0;
  const alone = b.gap >= 2 && (next === undefined || next.gap >= 2);
  if (alone && b.len <= 60 && /^\p{Lu}/u.test(b.text) && !b.isDate) {
    const wide = b.gap >= 3 && (next?.gap ?? 3) >= 3;
    return wide && next?.number !== undefined ? 0.5 : wide ? 1 : 2;
  }
  return 14;
}
