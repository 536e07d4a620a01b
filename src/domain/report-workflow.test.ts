import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../tests/setup/error-code.ts";
import {
  isEditable,
  needsDelayReason,
  normalizeContent,
  type ReportContext,
  reviewed,
  submitted,
} from "./report-workflow.ts";

const q3: ReportContext = { deadlineTo: "2026-12-31", repeat: null, periodEnd: "2026-09-30", quarter: 3 };
const content = { status: "in_progress" as const, percent: 40, doneText: " walls built ", delayReason: "" };
const code = (f: () => unknown) => errorCodeOf(Promise.resolve().then(f));

describe("report workflow", () => {
  it("lets only drafts and returned reports be edited", () => {
    expect(["draft", "submitted", "accepted", "returned"].map((w) => isEditable(w as never))).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it("submits drafts, resubmits returned reports, refuses the rest", async () => {
    expect(submitted("draft")).toEqual({ workflow: "submitted", resubmitted: false });
    expect(submitted("returned")).toEqual({ workflow: "submitted", resubmitted: true });
    expect(await code(() => submitted("submitted"))).toBe("conflict");
    expect(await code(() => submitted("accepted"))).toBe("conflict");
  });

  it("reviews only submitted reports; returning needs a comment", async () => {
    expect(reviewed("submitted", "accept", "  ")).toEqual({ workflow: "accepted", reviewerComment: null });
    expect(reviewed("submitted", "return", " redo ")).toEqual({
      workflow: "returned",
      reviewerComment: "redo",
    });
    expect(await code(() => reviewed("submitted", "return", " "))).toBe("invalid_input");
    expect(await code(() => reviewed("draft", "accept", null))).toBe("conflict");
    expect(await code(() => reviewed("accepted", "return", "x"))).toBe("conflict");
    expect(await code(() => reviewed("returned", "accept", null))).toBe("conflict");
  });

  it("sets done to 100 percent and trims the texts", () => {
    expect(normalizeContent({ ...content, status: "done", percent: 30 }, q3)).toEqual({
      status: "done",
      percent: 100,
      doneText: "walls built",
      delayReason: "",
    });
  });

  it("refuses percent outside 0..100 or fractional", async () => {
    for (const percent of [-1, 101, 50.5])
      expect(await code(() => normalizeContent({ ...content, percent }, q3))).toBe("invalid_input");
  });

  it("asks for a delay reason when postponed, cancelled, or at the deadline and not done", () => {
    expect(needsDelayReason({ status: "postponed" }, q3)).toBe(true);
    expect(needsDelayReason({ status: "cancelled" }, q3)).toBe(true);
    expect(needsDelayReason({ status: "in_progress" }, q3)).toBe(false);
    const atDeadline = { ...q3, deadlineTo: "2026-09-30" };
    expect(needsDelayReason({ status: "in_progress" }, atDeadline)).toBe(true);
    expect(needsDelayReason({ status: "done" }, atDeadline)).toBe(false);
    expect(needsDelayReason({ status: "in_progress" }, { ...q3, deadlineTo: "2026-10-01" })).toBe(false);
    const yearly = { ...q3, repeat: "yearly" as const };
    expect(needsDelayReason({ status: "in_progress" }, yearly)).toBe(false);
    expect(needsDelayReason({ status: "in_progress" }, { ...yearly, quarter: 4 })).toBe(true);
    expect(needsDelayReason({ status: "not_started" }, { ...q3, repeat: "ongoing", quarter: 4 })).toBe(false);
    expect(needsDelayReason({ status: "not_started" }, { ...q3, deadlineTo: null })).toBe(false);
  });

  it("refuses a missing delay reason and accepts a given one", async () => {
    expect(await code(() => normalizeContent({ ...content, status: "postponed" }, q3))).toBe("invalid_input");
    expect(
      normalizeContent({ ...content, status: "postponed", delayReason: "no funds" }, q3).delayReason,
    ).toBe("no funds");
  });
});
