import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isoWeekday, periodDueDate } from "./due-date.ts";

describe("the due date of a period", () => {
  it("is report_due_days after the quarter's last day, across month, year and leap-day boundaries", () => {
    // Q3 ends 30 Sep; 5 days later is 5 Oct
    expect(periodDueDate({ year: 2026, quarter: 3 }, 5)).toBe("2026-10-05");
    // Q4 ends 31 Dec; 5 days later is in the next year
    expect(periodDueDate({ year: 2026, quarter: 4 }, 5)).toBe("2027-01-05");
    // Q1 2028 ends 31 Mar; 30 days → 30 Apr
    expect(periodDueDate({ year: 2028, quarter: 1 }, 30)).toBe("2028-04-30");
    // the default is 5 days; 0 days is the quarter's last day
    expect(periodDueDate({ year: 2026, quarter: 1 })).toBe("2026-04-05");
    expect(periodDueDate({ year: 2026, quarter: 2 }, 0)).toBe("2026-06-30");
  });

  it("is the period's own date when the planner set one", () => {
    expect(periodDueDate({ year: 2026, quarter: 3 }, 5, "2026-10-12")).toBe("2026-10-12");
  });

  it("counts days and weekdays in UTC", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29"); // leap year
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-10-06", "2026-10-05")).toBe(-1);
    // 1 Jan 2026 is a Thursday; 273 days later (a multiple of 7) 1 Oct is one too, so 5 Oct is a Monday
    expect(isoWeekday("2026-01-01")).toBe(4);
    expect(isoWeekday("2026-10-05")).toBe(1);
    expect(isoWeekday("2026-10-04")).toBe(7);
  });
});
