/** Targets vs actuals of a measure by reporting period, from its accepted lead reports. */
import type { Measure, ReportDetail } from "./api.ts";

/** One line of the chart and of its table. */
export interface ChartSeries {
  key: string;
  /** the indicator's unit, or null for percent done */
  unit: string | null;
  kind: "target" | "actual";
  values: (number | null)[];
}

/** Periods on the x axis and the series over them. */
export interface ChartData {
  periods: string[];
  series: ChartSeries[];
}

/**
 * Percent done (target 100) and each indicator (its target) against the values the lead body
 * reported in accepted reports, one column per period in time order.
 */
export function chartData(measure: Measure, reports: ReportDetail[]): ChartData {
  const accepted = reports
    .filter((r) => r.role === "lead" && r.workflow === "accepted")
    .sort((a, b) => a.period.localeCompare(b.period));
  const periods = [...new Set(accepted.map((r) => r.period))];
  const byPeriod = new Map(accepted.map((r) => [r.period, r]));
  const series: ChartSeries[] = [
    { key: "percent-target", unit: null, kind: "target", values: periods.map(() => 100) },
    {
      key: "percent-actual",
      unit: null,
      kind: "actual",
      values: periods.map((p) => byPeriod.get(p)?.percent ?? null),
    },
  ];
  for (const indicator of measure.indicators) {
    series.push({
      key: `i${indicator.id}-target`,
      unit: indicator.unit,
      kind: "target",
      values: periods.map(() => indicator.target),
    });
    series.push({
      key: `i${indicator.id}-actual`,
      unit: indicator.unit,
      kind: "actual",
      values: periods.map(
        (p) => byPeriod.get(p)?.values.find((v) => v.indicatorId === indicator.id)?.value ?? null,
      ),
    });
  }
  return { periods, series };
}
