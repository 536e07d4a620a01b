import { describe, expect, it } from "vitest";
import { reportPeriods } from "./report-periods.ts";

describe("reportPeriods", () => {
  it("lists each year, then its quarters, latest first", () => {
    expect(reportPeriods(2025, 2026)).toEqual([
      "2026",
      "2026-Q4",
      "2026-Q3",
      "2026-Q2",
      "2026-Q1",
      "2025",
      "2025-Q4",
      "2025-Q3",
      "2025-Q2",
      "2025-Q1",
    ]);
  });
});
