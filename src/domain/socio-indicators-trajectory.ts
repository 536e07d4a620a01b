/**
 * An indicator's trajectory from the baseline to the program's yearly targets, and whether an
 * actual yearly figure is on track given which way is better (docs/progress-rules.md).
 */
import type { IndicatorDirection } from "./socio-indicators.ts";
import { twoDecimals } from "./socio-indicators-rollup.ts";

/** A value of a year (the baseline, a target). */
export interface YearValue {
  year: number;
  value: number;
}

/**
 * What the trajectory expects in a year: the target of that year (the baseline in its year);
 * between two known years a straight line; before the baseline or after the last target nothing.
 */
export function expectedInYear(
  baseline: YearValue | null,
  targets: YearValue[],
  year: number,
): number | null {
  const points = [...(baseline ? [baseline] : []), ...targets].sort((a, b) => a.year - b.year);
  const exact = targets.find((t) => t.year === year) ?? (baseline?.year === year ? baseline : undefined);
  if (exact) return exact.value;
  const before = points.filter((p) => p.year < year).at(-1);
  const after = points.find((p) => p.year > year);
  if (!before || !after) return null;
  const share = (year - before.year) / (after.year - before.year);
  return twoDecimals(before.value + (after.value - before.value) * share);
}

/** Where an actual stands against what the trajectory expects. */
export type TrackStatus = "on_track" | "behind" | "no_target" | "no_actual";

/** On track when the actual is at least (higher is better) or at most (lower is better) the expected. */
export function trackStatus(
  direction: IndicatorDirection,
  actual: number | null,
  expected: number | null,
): TrackStatus {
  if (expected === null) return "no_target";
  if (actual === null) return "no_actual";
  const good = direction === "higher" ? actual >= expected : actual <= expected;
  return good ? "on_track" : "behind";
}

/**
 * How far the actual has come from the baseline toward a target, in percent with one decimal
 * (0 at the baseline, 100 at the target; beyond it more than 100); null when the target equals
 * the baseline or either is unknown.
 */
export function shareOfWay(
  baseline: number | null,
  actual: number | null,
  target: number | null,
): number | null {
  if (baseline === null || actual === null || target === null || target === baseline) return null;
  return Math.round(((actual - baseline) / (target - baseline)) * 1000) / 10;
}
