/** How wide each column of reading-order text is, learnt from a reading of its cells (decision 009). */
import { isTextRole } from "./order-costs.ts";
import type { ColumnRole } from "./order-header.ts";
import type { Span } from "./order-path.ts";
import type { Word } from "./order-words.ts";

/** Which quantile of a column's wrapped line lengths stands for its width. */
const WIDTH_QUANTILE = 0.9;
/**
 * Which quantile of a column's line parts its width is at least: the median for sentences, whose
 * wrapped lines tell the width; nearly the widest for short cells (deadline, funding, cost), which
 * seldom wrap and then only at a hyphen or a space in a sum («2027-|жылдын», "2 | 500,0"), so their
 * one-line cells tell it («кварталы» fits a column that wrapped «2027-»). Not the widest: a word
 * read into the column by mistake would make it wide. Tuned on the corpus's raw renderings (short
 * columns at the median before): 0.9 reads chong-alai A5 0.850 → 0.874 and kara-bulak A5 0.971 →
 * 0.981; 0.95 besides ak-suu A5 0.942 → 0.961, tash-komur A4 0.965 → 0.990, zhany-zher A3 0.973 →
 * 0.981; 1 reads chong-alai A4 0.984 → 0.970 and kara-bulak A3 0.996 → 0.979. Sentence columns
 * read alike at 0.5 and 0.9 (every column at 1: chong-alai A5 0.52).
 */
const SHORT_PART_QUANTILE = 0.95;
const TEXT_PART_QUANTILE = 0.5;

/**
 * Each column's width: a high quantile of the lengths of its cells' lines that wrapped (all but a
 * cell's last), and no less than a quantile of all its cells' line parts (`SHORT_PART_QUANTILE`).
 */
export function columnWidths(
  spans: readonly Span[],
  words: readonly Word[],
  lineLengths: readonly number[],
  roles: readonly ColumnRole[],
): Array<number | undefined> {
  const wrapped: number[][] = roles.map(() => []);
  const parts: number[][] = roles.map(() => []);
  for (const s of spans) {
    if (s.column < 0) continue;
    const start = words[s.from] as Word;
    for (let i = s.from; i < s.to; i++) {
      const w = words[i] as Word;
      const end = i + 1 >= s.to;
      if (!w.last && !end) continue;
      const offset = start.line === w.line ? start.upTo - start.text.length : 0;
      parts[s.column]?.push(w.upTo - offset);
      if (!end) wrapped[s.column]?.push((lineLengths[w.line] ?? 0) - offset);
    }
  }
  return wrapped.map((l, c) => {
    if (l.length < 3) return undefined;
    const q = isTextRole(roles[c] as ColumnRole) ? TEXT_PART_QUANTILE : SHORT_PART_QUANTILE;
    return Math.max(quantile(l, WIDTH_QUANTILE), quantile(parts[c] ?? [], q));
  });
}

/** The q-quantile of the values (0 for none). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
