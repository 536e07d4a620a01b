import { describe, expect, it } from "vitest";
import type { Measure, ReportDetail } from "./api.ts";
import { chartData } from "./chart-data.ts";

const measure = {
  indicators: [{ id: 7, unit: "жумуш орун", baseline: null, target: 200, cumulative: true }],
} as Measure;

function report(period: string, over: Partial<ReportDetail>): ReportDetail {
  return {
    id: 1,
    organizationId: 1,
    organizationName: "мэрия",
    status: "in_progress",
    percent: 0,
    doneText: "",
    delayReason: "",
    workflow: "accepted",
    resubmitted: false,
    reviewerComment: null,
    rowVersion: 1,
    period,
    role: "lead",
    values: [],
    spending: [],
    ...over,
  };
}

describe("chartData", () => {
  it("puts accepted lead reports in period order; co-executors and unaccepted reports are left out", () => {
    const data = chartData(measure, [
      report("2026-Q2", { percent: 50, values: [{ indicatorId: 7, value: 120 }] }),
      report("2026-Q1", { percent: 25 }),
      report("2026-Q3", { percent: 90, workflow: "submitted" }),
      report("2026-Q3", { percent: 80, role: "co" }),
    ]);
    expect(data.periods).toEqual(["2026-Q1", "2026-Q2"]);
    expect(data.series).toEqual([
      { key: "percent-target", unit: null, kind: "target", values: [100, 100] },
      { key: "percent-actual", unit: null, kind: "actual", values: [25, 50] },
      { key: "i7-target", unit: "жумуш орун", kind: "target", values: [200, 200] },
      { key: "i7-actual", unit: "жумуш орун", kind: "actual", values: [null, 120] },
    ]);
  });

  it("no accepted report: no periods", () => {
    expect(chartData(measure, [report("2026-Q1", { workflow: "draft" })]).periods).toEqual([]);
  });
});
