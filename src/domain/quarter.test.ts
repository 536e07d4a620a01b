import { describe, expect, it } from "vitest";
import {
  compareQuarters,
  isoDate,
  parseQuarter,
  quarterEnd,
  quarterKey,
  quarterOf,
  quarterStart,
  quartersOfYears,
} from "./quarter.ts";

describe("quarter", () => {
  it("parses and writes period keys", () => {
    expect(parseQuarter("2026-Q3")).toEqual({ year: 2026, quarter: 3 });
    expect(quarterKey({ year: 2027, quarter: 1 })).toBe("2027-Q1");
    for (const bad of ["2026-Q5", "2026-Q0", "2026Q3", "26-Q1", "2026-q3", ""])
      expect(() => parseQuarter(bad)).toThrow(/not a period/);
  });

  it("gives the first and last day of each quarter", () => {
    expect([1, 2, 3, 4].map((q) => quarterStart({ year: 2026, quarter: q }))).toEqual([
      "2026-01-01",
      "2026-04-01",
      "2026-07-01",
      "2026-10-01",
    ]);
    expect([1, 2, 3, 4].map((q) => quarterEnd({ year: 2026, quarter: q }))).toEqual([
      "2026-03-31",
      "2026-06-30",
      "2026-09-30",
      "2026-12-31",
    ]);
  });

  it("finds the quarter of a date and orders quarters", () => {
    expect(quarterOf("2026-09-30")).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf("2026-10-01")).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf("2027-01-01")).toEqual({ year: 2027, quarter: 1 });
    expect(compareQuarters({ year: 2026, quarter: 4 }, { year: 2027, quarter: 1 })).toBeLessThan(0);
    expect(compareQuarters({ year: 2027, quarter: 2 }, { year: 2027, quarter: 1 })).toBeGreaterThan(0);
    expect(compareQuarters({ year: 2027, quarter: 2 }, { year: 2027, quarter: 2 })).toBe(0);
  });

  it("lists the quarters of a program's years", () => {
    const all = quartersOfYears(2026, 2027).map(quarterKey);
    expect(all).toEqual([
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
      "2026-Q4",
      "2027-Q1",
      "2027-Q2",
      "2027-Q3",
      "2027-Q4",
    ]);
  });

  it("takes the UTC calendar date of today", () => {
    expect(isoDate(new Date("2026-09-30T23:59:59Z"))).toBe("2026-09-30");
  });
});
