/** How wide a cell of reading-order text is, and what its column's width makes of it: the width costs. */
import type { Word } from "./order-words.ts";

/** Range maximum over numbers in O(1) per query after O(n log n) set-up. */
function rangeMax(values: readonly number[]): (from: number, to: number) => number {
  const levels: Float64Array[] = [Float64Array.from(values)];
  for (let span = 2; span <= values.length; span *= 2) {
    const prev = levels[levels.length - 1] as Float64Array;
    const half = span / 2;
    const next = new Float64Array(values.length - span + 1);
    for (let i = 0; i < next.length; i++) next[i] = Math.max(prev[i] as number, prev[i + half] as number);
    levels.push(next);
  }
  // max over [from, to); 0 when empty
  return (from, to) => {
    if (to <= from) return 0;
    const level = 31 - Math.clz32(to - from);
    const row = levels[level] as Float64Array;
    return Math.max(row[from] as number, row[to - (1 << level)] as number);
  };
}

/**
 * For a cell of words [i, j): the length of its longest line part. A cell's first line starts at
 * its first word and, when the cell goes on, runs to the end of that line; its middle lines are
 * whole; its last line ends at its last word.
 */
export function longestLinePart(
  words: readonly Word[],
  lineLengths: readonly number[],
): (i: number, j: number) => number {
  const whole = rangeMax(lineLengths);
  return (i, j) => {
    const a = words[i] as Word;
    const z = words[j - 1] as Word;
    const start = a.upTo - a.text.length;
    if (a.line === z.line) return z.upTo - start;
    const first = (lineLengths[a.line] ?? 0) - start;
    return Math.max(first, whole(a.line + 1, z.line), z.upTo);
  };
}

/** Cost of a line break inside a cell of width w before word b, after a line part of length before. */
export function wrapCost(before: number, b: Word, width: number | undefined): number {
  if (width === undefined) return 0;
  const fill = (before + 1 + b.text.length) / width;
  return fill >= 0.95 ? 0 : Math.min(4, (0.95 - fill) * 15);
}

/** Cost of a cell whose longest line part is wider than its column can hold. */
export function overflowCost(longest: number, width: number | undefined): number {
  if (width === undefined) return 0;
  const over = longest / width - OVERFLOW_SLACK;
  return over > 0 ? Math.min(OVERFLOW_MAX, over * OVERFLOW_SLOPE) : 0;
}

/**
 * A learnt width is a high quantile of wrapped lines, so a line a little wider still fits; beyond
 * that each tenth of the width over costs 2, up to 16. Tuned on the corpus's raw renderings
 * (slack 1.05–1.3, slope 8–40, cap 8–16: the mean score moved 0.67–0.73).
 */
const OVERFLOW_SLACK = 1.05;
const OVERFLOW_SLOPE = 20;
const OVERFLOW_MAX = 16;
