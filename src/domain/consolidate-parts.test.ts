import { describe, expect, it } from "vitest";
import { consolidateParts, type PartFacts, partArrived, partIsOverdue } from "./consolidate-parts.ts";
import { periodDueDate } from "./due-date.ts";
import { parseQuarter } from "./quarter.ts";

const part = (over: Partial<PartFacts>): PartFacts => ({
  organizationName: "Body",
  role: "co",
  workflow: "submitted",
  doneText: "",
  values: [],
  spending: [],
  ...over,
});

describe("consolidateParts", () => {
  it("sums the arrived co-executors' spending and values and lists their texts by body", () => {
    const parts = [
      // the lead's own report is the consolidated one, never a part
      part({
        organizationName: "Мэрия",
        role: "lead",
        workflow: "draft",
        spending: [{ code: "local", amount: 999 }],
      }),
      part({
        organizationName: "ЖӨБО",
        workflow: "submitted",
        doneText: " 2 класс оңдолду ",
        spending: [
          { code: "local", amount: 120_000 },
          { code: "republican", amount: 300_000.5 },
        ],
        values: [{ indicatorId: 7, value: 40 }],
      }),
      part({
        organizationName: "Билим берүү бөлүмү",
        workflow: "accepted",
        doneText: "Мебель алынды",
        spending: [{ code: "local", amount: 80_000.25 }],
        values: [
          { indicatorId: 7, value: 25 },
          { indicatorId: 3, value: 1.5 },
        ],
      }),
      // not arrived: a draft and a returned part are left out
      part({ organizationName: "Салык", workflow: "draft", spending: [{ code: "local", amount: 1 }] }),
      part({ organizationName: "Соцфонд", workflow: "returned", values: [{ indicatorId: 7, value: 1000 }] }),
      part({ organizationName: "Жок", workflow: null }),
    ];
    const got = consolidateParts(parts);
    // local: 120 000 + 80 000.25 = 200 000.25; republican: 300 000.5 alone
    expect(got.spending).toEqual([
      { code: "local", amount: 200_000.25 },
      { code: "republican", amount: 300_000.5 },
    ]);
    // indicator 3: 1.5; indicator 7: 40 + 25 = 65 (sorted by indicator)
    expect(got.values).toEqual([
      { indicatorId: 3, value: 1.5 },
      { indicatorId: 7, value: 65 },
    ]);
    expect(got.doneText).toBe("ЖӨБО: 2 класс оңдолду\nБилим берүү бөлүмү: Мебель алынды");
    expect(got.counted).toEqual(["ЖӨБО", "Билим берүү бөлүмү"]);
  });

  it("adds decimals without drift and gives empty sums when nothing arrived", () => {
    const drift = consolidateParts([
      part({ spending: [{ code: "local", amount: 0.1 }] }),
      part({ spending: [{ code: "local", amount: 0.2 }] }),
    ]);
    expect(drift.spending).toEqual([{ code: "local", amount: 0.3 }]);
    expect(consolidateParts([part({ workflow: "draft", doneText: "x" })])).toEqual({
      doneText: "",
      values: [],
      spending: [],
      counted: [],
    });
  });
});

describe("a part's arrival and lateness", () => {
  it("arrives when submitted or accepted", () => {
    expect([null, "draft", "returned", "submitted", "accepted"].map((w) => partArrived(w as never))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it("is overdue the day after the due date while not arrived", () => {
    // Q3 2026 ends 30 Sep; 5 days later → due 5 Oct 2026
    const due = periodDueDate(parseQuarter("2026-Q3"), 5, null);
    expect(due).toBe("2026-10-05");
    expect(partIsOverdue("draft", due, "2026-10-05")).toBe(false);
    expect(partIsOverdue("draft", due, "2026-10-06")).toBe(true);
    expect(partIsOverdue(null, due, "2026-10-06")).toBe(true);
    expect(partIsOverdue("returned", due, "2026-11-01")).toBe(true);
    expect(partIsOverdue("submitted", due, "2026-10-06")).toBe(false);
    expect(partIsOverdue("accepted", due, "2027-01-01")).toBe(false);
    // the planner's own date wins over the program's days: 20 Oct
    const own = periodDueDate(parseQuarter("2026-Q3"), 5, "2026-10-20");
    expect(partIsOverdue(null, own, "2026-10-06")).toBe(false);
    expect(partIsOverdue(null, own, "2026-10-21")).toBe(true);
  });
});
