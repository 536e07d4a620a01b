/**
 * Co-executors' parts and the lead body's consolidated report. Every responsible body of a measure
 * writes its own report per period; a co-executor's report is its *part*, the lead body's report is
 * the *consolidated* one the planner reviews. A part has *arrived* once submitted or accepted (a
 * draft is still being written, a returned one is being corrected), and is *overdue* when it has
 * not arrived after the period's due date. Pure: "today" and the due date are passed in.
 */
import { stillOwed } from "./reminders.ts";

/** The workflow step of a body's report for the period; null = no report yet. */
export type PartWorkflow = "draft" | "submitted" | "accepted" | "returned" | null;

/** What a body's part says, as far as consolidation needs it. */
export interface PartFacts {
  organizationName: string;
  role: "lead" | "co";
  workflow: PartWorkflow;
  doneText: string;
  values: { indicatorId: number; value: number }[];
  spending: { code: string; amount: number }[];
}

/** The prefill of the consolidated report: sums and the texts listed by body. */
export interface ConsolidatedInput {
  doneText: string;
  values: { indicatorId: number; value: number }[];
  spending: { code: string; amount: number }[];
  /** the bodies whose parts were summed, in the order given */
  counted: string[];
}

/** True once the part reached the planner's side: submitted or accepted. */
export function partArrived(workflow: PartWorkflow): boolean {
  return !stillOwed(workflow);
}

/** True when the part has not arrived and `today` is after the due date (the due day itself is not late). */
export function partIsOverdue(workflow: PartWorkflow, dueDate: string, today: string): boolean {
  return stillOwed(workflow) && today > dueDate;
}

/**
 * The consolidated report's prefill from the co-executors' parts that arrived: spending summed per
 * funding code and actual values summed per indicator (sorted by code / indicator), and each
 * body's "what was done" as a line "Body: text". The lead's own report is not a part: its body adds
 * its own share after the prefill, so pressing "fill in" twice never counts anything twice.
 */
export function consolidateParts(parts: PartFacts[]): ConsolidatedInput {
  const counted = parts.filter((p) => p.role === "co" && partArrived(p.workflow));
  const spending = new Map<string, number>();
  const values = new Map<number, number>();
  for (const part of counted) {
    for (const s of part.spending) spending.set(s.code, addExact(spending.get(s.code) ?? 0, s.amount));
    for (const v of part.values) values.set(v.indicatorId, addExact(values.get(v.indicatorId) ?? 0, v.value));
  }
  const lines = counted
    .filter((p) => p.doneText.trim() !== "")
    .map((p) => `${p.organizationName}: ${p.doneText.trim()}`);
  return {
    doneText: lines.join("\n"),
    spending: [...spending]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, amount]) => ({ code, amount })),
    values: [...values].sort(([a], [b]) => a - b).map(([indicatorId, value]) => ({ indicatorId, value })),
    counted: counted.map((p) => p.organizationName),
  };
}

/** A sum without binary drift (0.1 + 0.2 = 0.3): amounts and values have at most a few decimals. */
function addExact(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}
