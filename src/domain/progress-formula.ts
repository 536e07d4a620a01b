/**
 * Progress weighting and its formula (docs/progress-rules.md, "Weighting and the formula"), pure.
 * - equal: the mean of the counted measures' percent, each measure with equal weight;
 * - cost: Σ(percent × planned cost) / Σ(planned cost) over the counted measures with a planned
 *   cost (> 0); those without one are left out and counted as such.
 * A counted measure without an accepted lead report counts 0 %. Removed measures never count.
 * The additive inputs are summed in SQL by progressInputsSql (src/operations/shared/progress-sql.ts,
 * held to inputsOf by a property test), so a figure and its formula come from one set of sums.
 */
import { meanOfSum } from "./measure-progress.ts";
import type { Formula, LeftOutReason, Weighting } from "./views/formula.ts";

export type { Formula, Weighting };

/** The rules a program may choose, the first the default. */
export const WEIGHTINGS = ["equal", "cost"] as const satisfies readonly Weighting[];

/** One measure as a progress figure reads it. */
export interface WeighedMeasure {
  percent: number;
  /** it has an accepted lead report (without one its state says 0 %) */
  reported: boolean;
  /** the measure's whole planned cost in som (measures.cost_amount), null when the plan has none */
  plannedCost: number | null;
  /** removed by a later version of the plan */
  removed: boolean;
}

/** The additive inputs of a progress figure; money in tiyin so that sums are exact. */
export interface ProgressInputs {
  measures: number;
  withoutReport: number;
  percentSum: number;
  costed: number;
  costedWithoutReport: number;
  costTiyin: number;
  weightedTiyin: number;
  removed: number;
}

/** Inputs of a figure with no measures. */
export const NO_INPUTS: ProgressInputs = {
  measures: 0,
  withoutReport: 0,
  percentSum: 0,
  costed: 0,
  costedWithoutReport: 0,
  costTiyin: 0,
  weightedTiyin: 0,
  removed: 0,
};

/** Money in som → whole tiyin. */
export const tiyin = (som: number) => Math.round(som * 100);

/** The inputs of a figure over these measures. */
export function inputsOf(measures: WeighedMeasure[]): ProgressInputs {
  const sums = { ...NO_INPUTS };
  for (const m of measures) {
    if (m.removed) {
      sums.removed++;
      continue;
    }
    const percent = m.percent;
    sums.measures++;
    sums.percentSum += percent;
    if (!m.reported) sums.withoutReport++;
    const cost = m.plannedCost !== null && m.plannedCost > 0 ? tiyin(m.plannedCost) : 0;
    if (cost === 0) continue;
    sums.costed++;
    sums.costTiyin += cost;
    sums.weightedTiyin += percent * cost;
    if (!m.reported) sums.costedWithoutReport++;
  }
  return sums;
}

/** The inputs of several figures taken together, field by field. */
export function addInputs(list: ProgressInputs[]): ProgressInputs {
  const total = { ...NO_INPUTS };
  for (const inputs of list)
    for (const key of Object.keys(total) as (keyof ProgressInputs)[]) total[key] += inputs[key];
  return total;
}

/** The progress figure by the rule, one decimal; nothing counted → 0. */
export function progressOf(rule: Weighting, inputs: ProgressInputs): number {
  if (rule === "equal") return meanOfSum(inputs.percentSum, inputs.measures);
  return inputs.costTiyin === 0 ? 0 : Math.round((inputs.weightedTiyin * 10) / inputs.costTiyin) / 10;
}

/** Progress of measures by the rule (the figure straight from the measures). */
export function weighedProgress(rule: Weighting, measures: WeighedMeasure[]): number {
  return progressOf(rule, inputsOf(measures));
}

/** What else a figure left out and whose rule it follows. */
export interface FormulaContext {
  /** territory: a roll-up over programs, measures weighed equally whatever each program's rule */
  over?: "program" | "territory";
  /** current measures of draft or archived programs (territory roll-ups only) */
  notApproved?: number;
}

/** How the figure was made: the rule, the measures counted and those left out, with a sentence. */
export function progressFormula(
  rule: Weighting,
  inputs: ProgressInputs,
  context: FormulaContext = {},
): Formula {
  const over = context.over ?? "program";
  const cost = rule === "cost";
  const leftOut: Formula["leftOut"] = [];
  const leave = (reason: LeftOutReason, measures: number) => {
    if (measures > 0) leftOut.push({ reason, measures });
  };
  if (cost) leave("no_cost", inputs.measures - inputs.costed);
  leave("removed", inputs.removed);
  leave("program_not_approved", context.notApproved ?? 0);
  const formula = {
    rule,
    over,
    counted: cost ? inputs.costed : inputs.measures,
    withoutReport: cost ? inputs.costedWithoutReport : inputs.withoutReport,
    plannedCost: cost ? inputs.costTiyin / 100 : null,
    leftOut,
  };
  return { ...formula, text: formulaText(formula) };
}

const measuresWord = (n: number) => `${n} measure${n === 1 ? "" : "s"}`;

const LEFT_OUT_WORDS: Record<LeftOutReason, string> = {
  removed: "removed by a later version of the plan",
  no_cost: "without a planned cost",
  program_not_approved: "of programs not approved (draft or archived)",
};

/** The formula in one plain-English paragraph (the API's `text`; the UI and reports localize). */
export function formulaText(f: Omit<Formula, "text">): string {
  const weight =
    f.rule === "cost"
      ? `weighted by planned cost (${f.plannedCost} som in all)`
      : "each measure with equal weight";
  const whose =
    f.over === "territory"
      ? " of the approved programs of the territory and below, whatever each program's own rule"
      : "";
  const zero =
    f.withoutReport === 0
      ? ""
      : ` ${measuresWord(f.withoutReport)} without an accepted lead report count${f.withoutReport === 1 ? "s" : ""} as 0 %.`;
  const left =
    f.leftOut.length === 0
      ? " Nothing left out."
      : ` Left out: ${f.leftOut.map((l) => `${measuresWord(l.measures)} ${LEFT_OUT_WORDS[l.reason]}`).join("; ")}.`;
  return `Mean of the percent of ${measuresWord(f.counted)}${whose}, ${weight}, one decimal.${zero}${left}`;
}
