/** The best reading back through the segmenter's tables (order-segment.ts): its spans of words, and its cost. */

const INF = Number.POSITIVE_INFINITY;

/** One cell (or heading) found: words [from, to) and its label. */
export interface Span {
  from: number;
  to: number;
  /** Column index, or -1 for a heading. */
  column: number;
  /** True for a cell of a row's part after a page break (the interpreter joins it to the row above). */
  pagePart: boolean;
  /** True when the span opens a row (or is a heading). */
  opensRow: boolean;
}

/** The segmenter's tables (order-segment.ts): best costs per end word, label and one-line flag, and how each was reached. */
export interface Tables {
  n: number;
  L: number;
  k: number;
  H: number;
  D: Float64Array;
  Dfrom: Int32Array;
  Eprev: Int32Array;
  Enew: Uint8Array;
}

/** Walks back from the cheapest end through the tables: the spans in reading order and their cost. */
export function backtrack(t: Tables, close: (p: number) => number): { spans: Span[]; cost: number } {
  const { n, L, k, H, D, Dfrom, Eprev, Enew } = t;
  let lab = -1;
  let f = 0;
  let best = INF;
  for (let pf = 0; pf < 2 * L; pf++) {
    const t = (D[n * L * 2 + pf] as number) + close(pf >> 1);
    if (t < best) [best, lab, f] = [t, pf >> 1, pf & 1];
  }
  const spans: Span[] = [];
  let j = n;
  while (j > 0 && lab >= 0) {
    const i = Dfrom[(j * L + lab) * 2 + f] as number;
    const prevPf = Eprev[i * L + lab] as number;
    const prev = prevPf < 0 ? -1 : prevPf >> 1;
    f = prevPf & 1;
    const column = lab === H ? -1 : lab % k;
    spans.unshift({
      from: i,
      to: j,
      column,
      pagePart: lab >= k && lab !== H,
      opensRow: Enew[i * L + lab] === 1,
    });
    j = i;
    lab = prev;
  }
  return { spans, cost: best };
}
