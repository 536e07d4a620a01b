/**
 * Who owes which report on a day, and how pressing it is. A report is owed by every responsible
 * body (lead and co) of a current measure active in the period's quarter until the body's report
 * for that period is submitted or accepted (a draft or a returned report is still owed). The
 * reminder stage counts from the period's due date: "before" from N days ahead, "due" on the day,
 * "overdue" after it (then escalated). Pure: "today" is always passed in.
 */
import { addDays, daysBetween } from "./due-date.ts";
import { isActiveInQuarter } from "./measure-progress.ts";
import { parseQuarter, quarterEnd, quarterStart } from "./quarter.ts";

/** Days before the due date when the first reminder goes out, unless configured otherwise. */
export const DEFAULT_DAYS_BEFORE = 3;

/** How pressing an owed report is on a day. */
export type ReminderStage = "before" | "due" | "overdue";

/** A (measure, responsible body, open period) pair and the body's report for it, if any. */
export interface ReportDueFacts {
  programId: number;
  programTitle: string;
  /** The territory path of the program ("/1/4/17/"): whose planners are escalated to. */
  territoryPath: string;
  period: string;
  dueDate: string;
  measureId: number;
  measureNumber: string | null;
  measureAction: string;
  deadlineFrom: string | null;
  deadlineTo: string | null;
  repeat: "yearly" | "ongoing" | null;
  organizationId: number;
  organizationName: string;
  /** The workflow step of the body's report for the period; null = no report yet. */
  workflow: "draft" | "submitted" | "accepted" | "returned" | null;
}

/** A report owed on a day: the facts, its stage and the days left (negative: days late). */
export interface OwedReport extends ReportDueFacts {
  stage: ReminderStage;
  daysLeft: number;
}

/** The stage on `today` of a report due on `dueDate`, or null when it is not yet time to remind. */
export function reminderStage(dueDate: string, today: string, daysBefore: number): ReminderStage | null {
  if (today > dueDate) return "overdue";
  if (today === dueDate) return "due";
  return today >= addDays(dueDate, -daysBefore) ? "before" : null;
}

/** True when the body still owes this report: none yet, a draft, or returned to it. */
export function stillOwed(workflow: ReportDueFacts["workflow"]): boolean {
  return workflow !== "submitted" && workflow !== "accepted";
}

/** The reports owed on `today` that are within `daysBefore` of their due date or past it. */
export function owedReports(facts: ReportDueFacts[], today: string, daysBefore: number): OwedReport[] {
  const owed: OwedReport[] = [];
  for (const f of facts) {
    if (!stillOwed(f.workflow)) continue;
    const q = parseQuarter(f.period);
    if (!isActiveInQuarter(f, quarterStart(q), quarterEnd(q))) continue;
    const stage = reminderStage(f.dueDate, today, daysBefore);
    if (stage !== null) owed.push({ ...f, stage, daysLeft: daysBetween(today, f.dueDate) });
  }
  return owed;
}
