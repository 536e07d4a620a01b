import { describe, expect, it } from "vitest";
import {
  type AcceptedReport,
  deriveMeasureProgress,
  isActiveInQuarter,
  isOverdue,
  meanOfSum,
  meanPercent,
  ratePercent,
} from "./measure-progress.ts";

const report = (over: Partial<AcceptedReport>): AcceptedReport => ({
  id: 1,
  organizationId: 10,
  periodId: 100,
  year: 2026,
  quarter: 1,
  status: "in_progress",
  percent: 0,
  spent: 0,
  ...over,
});
const years = { from: 2026, to: 2028 };

describe("deriveMeasureProgress", () => {
  it("takes the lead's latest accepted report by period, ignoring co-executors", () => {
    const state = deriveMeasureProgress({
      repeat: null,
      leadOrganizationIds: [10],
      programYears: years,
      accepted: [
        report({ id: 5, year: 2026, quarter: 3, percent: 70, periodId: 103 }),
        report({ id: 9, year: 2026, quarter: 2, percent: 90, periodId: 102 }),
        report({
          id: 7,
          organizationId: 11,
          year: 2026,
          quarter: 4,
          percent: 100,
          status: "done",
          periodId: 104,
        }),
      ],
    });
    expect(state).toMatchObject({
      percent: 70,
      status: "in_progress",
      done: false,
      lastAcceptedPeriodId: 103,
    });
  });

  it("is not started with nothing accepted, and done when the latest lead report says done", () => {
    const none = deriveMeasureProgress({
      repeat: null,
      leadOrganizationIds: [10],
      programYears: years,
      accepted: [],
    });
    expect(none).toEqual({
      percent: 0,
      status: "not_started",
      done: false,
      firstOpenYear: null,
      spent: 0,
      lastAcceptedPeriodId: null,
    });
    const done = deriveMeasureProgress({
      repeat: null,
      leadOrganizationIds: [10],
      programYears: years,
      accepted: [report({ status: "done", percent: 100 })],
    });
    expect(done.done).toBe(true);
    expect(done.percent).toBe(100);
  });

  it("sums every accepted report's spending exactly, co-executors' included", () => {
    const state = deriveMeasureProgress({
      repeat: null,
      leadOrganizationIds: [10],
      programYears: years,
      accepted: [
        report({ spent: 0.1 }),
        report({ id: 2, spent: 0.2 }),
        report({ id: 3, organizationId: 11, spent: 1000 }),
      ],
    });
    expect(state.spent).toBe(1000.3);
  });

  it("finds a yearly measure's first year without an accepted done lead report", () => {
    const derive = (accepted: AcceptedReport[]) =>
      deriveMeasureProgress({ repeat: "yearly", leadOrganizationIds: [10], programYears: years, accepted })
        .firstOpenYear;
    expect(derive([])).toBe(2026);
    expect(derive([report({ year: 2026, quarter: 4, status: "done" })])).toBe(2027);
    expect(derive([report({ year: 2027, quarter: 2, status: "done" })])).toBe(2026);
    expect(derive([report({ year: 2026, status: "done", organizationId: 11 })])).toBe(2026);
    const all = [2026, 2027, 2028].map((year, i) => report({ id: i, year, status: "done" }));
    expect(derive(all)).toBeNull();
  });
});

describe("isOverdue", () => {
  const dated = {
    deadlineTo: "2026-09-30",
    repeat: null,
    done: false,
    status: "in_progress",
    firstOpenYear: null,
  };
  it("is overdue the day after a dated deadline unless done", () => {
    expect(isOverdue(dated, "2026-09-30")).toBe(false);
    expect(isOverdue(dated, "2026-10-01")).toBe(true);
    expect(isOverdue({ ...dated, done: true, status: "done" }, "2026-10-01")).toBe(false);
    expect(isOverdue({ ...dated, deadlineTo: null }, "2030-01-01")).toBe(false);
  });

  it("never counts a cancelled measure, and a postponed one stays overdue", () => {
    expect(isOverdue({ ...dated, status: "cancelled" }, "2027-01-01")).toBe(false);
    expect(isOverdue({ ...dated, status: "postponed" }, "2027-01-01")).toBe(true);
  });

  it("judges yearly measures by the first open year, and never ongoing ones", () => {
    const yearly = {
      deadlineTo: "2028-12-31",
      repeat: "yearly" as const,
      done: false,
      status: "in_progress",
      firstOpenYear: 2026,
    };
    expect(isOverdue(yearly, "2026-12-31")).toBe(false);
    expect(isOverdue(yearly, "2027-01-01")).toBe(true);
    expect(isOverdue({ ...yearly, firstOpenYear: 2027 }, "2027-01-01")).toBe(false);
    expect(isOverdue({ ...yearly, firstOpenYear: null }, "2030-01-01")).toBe(false);
    expect(isOverdue({ ...yearly, repeat: "ongoing" as const }, "2030-01-01")).toBe(false);
    expect(isOverdue({ ...yearly, status: "cancelled" }, "2027-01-01")).toBe(false);
  });

  it("keeps a yearly measure overdue for an open earlier year even when its latest report says done", () => {
    const yearly = {
      deadlineTo: "2028-12-31",
      repeat: "yearly" as const,
      done: true,
      status: "done",
      firstOpenYear: 2026,
    };
    expect(isOverdue(yearly, "2027-06-01")).toBe(true);
  });
});

describe("isActiveInQuarter", () => {
  const q3 = ["2026-07-01", "2026-09-30"] as const;
  it("is active when the deadline range overlaps the quarter, or the measure repeats", () => {
    const m = (deadlineFrom: string | null, deadlineTo: string | null, repeat: string | null = null) =>
      isActiveInQuarter({ deadlineFrom, deadlineTo, repeat }, ...q3);
    expect(m("2026-04-01", "2026-06-30")).toBe(false);
    expect(m("2026-04-01", "2026-07-01")).toBe(true);
    expect(m("2026-09-30", "2027-06-30")).toBe(true);
    expect(m("2026-10-01", "2027-06-30")).toBe(false);
    expect(m(null, "2026-08-01")).toBe(true);
    expect(m(null, "2026-06-30")).toBe(false);
    expect(m(null, null)).toBe(true);
    expect(m("2020-01-01", "2020-12-31", "yearly")).toBe(true);
  });
});

describe("meanPercent", () => {
  it("rounds the mean to one decimal", () => {
    expect(meanPercent([100, 80, 0, 100, 0, 0])).toBe(46.7);
    expect(meanPercent([0, 0, 100])).toBe(33.3);
    expect(meanPercent([])).toBe(0);
  });

  it("is the same rule from a sum and a count (roll-ups) and for a rate", () => {
    expect(meanOfSum(280, 6)).toBe(46.7);
    expect(meanOfSum(780, 107)).toBe(7.3);
    expect(meanOfSum(0, 0)).toBe(0);
    expect(ratePercent(1, 4)).toBe(25);
    expect(ratePercent(9, 122)).toBe(7.4);
    expect(ratePercent(2, 3)).toBe(66.7);
    expect(ratePercent(5, 0)).toBe(0);
  });
});
