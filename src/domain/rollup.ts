/**
 * The rules of a territory roll-up (docs/progress-rules.md, "Roll-ups over territories"), pure:
 * lines of counts and sums add up; progress and the reporting rate are made once, from the summed
 * inputs (never a mean of means). Territory progress weighs every measure equally, whatever each
 * program's own weighting, and says so in its formula.
 */

import { meanOfSum, ratePercent } from "./measure-progress.ts";
import { type Formula, type ProgressInputs, progressFormula } from "./progress-formula.ts";

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

/** How a territory's progress is made: equal weight per measure across programs, with the counts. */
export function rollupFormula(inputs: ProgressInputs, notApproved: number): Formula {
  return progressFormula("equal", inputs, { over: "territory", notApproved });
}

/** What the reporting rate of a roll-up counts (beside the progress formula of the totals). */
export const ROLLUP_RATE_FORMULA =
  "submitted / expected × 100, one decimal, summed over the subtree: expected = (measure, responsible organization) pairs, lead or co, of counted measures active in the quarter of programs whose years include it; submitted = the pair's report for the quarter is submitted or accepted. Counted: current measures of approved programs whose territory is in the subtree (a merged or renamed territory's programs under its last successor; anonymous visitors: published programs only); planned = the measures' funding lines, spent = accepted reports' spending (measure_state)";
