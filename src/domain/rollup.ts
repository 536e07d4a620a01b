/**
 * The rules of a territory roll-up (docs/progress-rules.md, "Roll-ups over territories"), pure:
 * lines of counts and sums add up; progress and the reporting rate are made once, from the summed
 * inputs (never a mean of means).
 */

import { meanOfSum, ratePercent } from "./measure-progress.ts";

/** The additive inputs of one roll-up line (a child territory, the own programs, the totals). */
export interface RollupSums {
  programs: number;
  measures: number;
  done: number;
  inProgress: number;
  notStarted: number;
  postponed: number;
  cancelled: number;
  overdue: number;
  percentSum: number;
  expected: number;
  submitted: number;
  planned: number;
  spent: number;
}

/** A line with nothing in it. */
export const EMPTY_SUMS: RollupSums = {
  programs: 0,
  measures: 0,
  done: 0,
  inProgress: 0,
  notStarted: 0,
  postponed: 0,
  cancelled: 0,
  overdue: 0,
  percentSum: 0,
  expected: 0,
  submitted: 0,
  planned: 0,
  spent: 0,
};

/** Money in som to the tiyin, free of float dust from adding. */
export const som = (n: number) => Math.round(n * 100) / 100;

/** The sum of lines, field by field. */
export function addSums(lines: RollupSums[]): RollupSums {
  const total = { ...EMPTY_SUMS };
  for (const line of lines)
    for (const key of Object.keys(total) as (keyof RollupSums)[]) total[key] += line[key];
  total.planned = som(total.planned);
  total.spent = som(total.spent);
  return total;
}

/** The published fields of a line: counts, progress, rate and money. */
export function rollupLine(s: RollupSums) {
  return {
    programs: s.programs,
    measures: s.measures,
    done: s.done,
    inProgress: s.inProgress,
    notStarted: s.notStarted,
    overdue: s.overdue,
    progress: meanOfSum(s.percentSum, s.measures),
    reportingRate: ratePercent(s.submitted, s.expected),
    planned: som(s.planned),
    spent: som(s.spent),
  };
}

/** What the totals say about how they were made (the `formula` field). */
export const ROLLUP_FORMULA = {
  progress:
    "mean of the percent of every counted measure of the subtree, each measure with equal weight (a measure without an accepted lead report counts 0), one decimal; not a mean of the children's means",
  reportingRate:
    "submitted / expected × 100, one decimal, summed over the subtree: expected = (measure, responsible organization) pairs, lead or co, of counted measures active in the quarter of programs whose years include it; submitted = the pair's report for the quarter is submitted or accepted",
  counted:
    "current measures (not removed by a later version) of approved programs whose territory is in the subtree; a program of a merged or renamed territory counts under its last successor; anonymous visitors: published programs only",
  leftOut:
    "draft and archived programs; measures removed by a later version; planned = sum of the measures' funding lines, spent = sum of the spending of accepted reports (measure_state)",
} as const;
