/**
 * Column starts of each row of a page. pdftotext sometimes prints a row a few characters left of
 * the page's columns (a crowded row near the page end), with one space only between two columns'
 * words; the page's starts would then cut across the row's words.
 */
import { letterCoverage } from "./layout-columns.ts";

/** How far left of the page's column a row may be printed, in characters. */
const SHIFT = 6;

/**
 * The column starts each line is cut by: a row's lines (from a line with text at the left edge to
 * the next) share their starts, the page's unless the row's own words say a column begins further left.
 */
export function rowStarts(lines: readonly string[], starts: readonly number[]): number[][] {
  const perLine: number[][] = [];
  let from = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !/^\S/u.test(lines[i] ?? "")) continue;
    const own = shiftedStarts(lines.slice(from, i), starts);
    for (let k = from; k < i; k++) perLine.push(own);
    from = i;
  }
  return perLine;
}

/** A row's own column starts: the page's, or where the row's words say a column begins further left (see `shifted`). */
function shiftedStarts(row: readonly string[], starts: readonly number[]): number[] {
  const letters = letterCoverage(row);
  const words = wordStarts(row);
  const count = (x: number) => words[x] ?? 0;
  const own: number[] = [];
  starts.forEach((s, i) => {
    own.push(i === 0 ? s : shifted(s, own[i - 1] ?? 0, letters, count));
  });
  return own;
}

/**
 * Where a column the page starts at s begins in a row whose previous column begins at `before`:
 * at the first position x left of s with no letter just before it in any of the row's lines, when
 * more of the row's lines have a word beginning at x than at s or right after it, two at least
 * (the column's text is left-aligned at x), and the previous column has text left of x (else those
 * words are the previous column's, printed right of its start); else at s.
 */
function shifted(
  s: number,
  before: number,
  letters: readonly number[],
  count: (x: number) => number,
): number {
  const filled = (from: number, to: number) => letters.slice(from, to).some((n) => (n ?? 0) > 0);
  for (let x = s; x >= Math.max(before + 2, s - SHIFT); x--) {
    if ((letters[x - 1] ?? 0) > 0) continue;
    const aligned = count(x) >= 2 && count(x) > count(s) + count(s + 1);
    return aligned && filled(before, x - 1) ? x : s;
  }
  return s;
}

/** How many lines have a word beginning at each position. */
function wordStarts(lines: readonly string[]): number[] {
  const counts: number[] = [];
  for (const line of lines)
    for (let x = 0; x < line.length; x++)
      if (line[x] !== " " && (x === 0 || line[x - 1] === " ")) counts[x] = (counts[x] ?? 0) + 1;
  return counts;
}
