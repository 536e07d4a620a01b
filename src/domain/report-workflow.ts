/**
 * The rules of a progress report, pure. Workflow: draft → submitted → accepted | returned;
 * a returned report is edited and submitted again (then flagged `resubmitted`); an accepted
 * report is locked for good (no re-opening). Content rules: percent is a whole number 0–100,
 * "done" means 100 (set so), and a delay reason is required when the status is postponed or
 * cancelled, or when the report's quarter reaches the measure's deadline and it is not done.
 */
import { AppError } from "./errors.ts";

/** What a body says about a measure. */
export const REPORT_STATUSES = ["not_started", "in_progress", "done", "postponed", "cancelled"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Where a report is in its review. */
export const WORKFLOWS = ["draft", "submitted", "accepted", "returned"] as const;
export type Workflow = (typeof WORKFLOWS)[number];

/** What a reviewer does with a submitted report. */
export type ReviewAction = "accept" | "return";

/** The typed-in part of a report. */
export interface ReportContent {
  status: ReportStatus;
  percent: number;
  doneText: string;
  delayReason: string;
}

/** What the content rules need to know about the measure and the period. */
export interface ReportContext {
  deadlineTo: string | null;
  repeat: "yearly" | "ongoing" | null;
  /** The report's quarter: its last day and its number. */
  periodEnd: string;
  quarter: number;
}

/** True when the body may still change the report: a draft or a returned one. */
export function isEditable(workflow: Workflow): boolean {
  return workflow === "draft" || workflow === "returned";
}

/** Throws conflict unless the report may be edited. */
export function assertEditable(workflow: Workflow): void {
  if (workflow === "accepted") throw new AppError("conflict", "the report is accepted and locked");
  if (workflow === "submitted")
    throw new AppError("conflict", "the report is submitted and awaits review; it cannot be changed now");
}

/** The state after submitting: from draft, or from returned (then it is a resubmission). */
export function submitted(workflow: Workflow): { workflow: "submitted"; resubmitted: boolean } {
  if (!isEditable(workflow)) throw new AppError("conflict", `a ${workflow} report cannot be submitted`);
  return { workflow: "submitted", resubmitted: workflow === "returned" };
}

/** The state after a review; only a submitted report is reviewed, and returning needs a comment. */
export function reviewed(
  workflow: Workflow,
  action: ReviewAction,
  comment: string | null | undefined,
): { workflow: "accepted" | "returned"; reviewerComment: string | null } {
  if (workflow !== "submitted") throw new AppError("conflict", `a ${workflow} report cannot be reviewed`);
  const text = (comment ?? "").trim();
  if (action === "return") {
    if (text === "") throw new AppError("invalid_input", "returning a report needs the reviewer's comment");
    return { workflow: "returned", reviewerComment: text };
  }
  return { workflow: "accepted", reviewerComment: text === "" ? null : text };
}

/** True when the report's quarter reaches the measure's deadline (a yearly measure: the 4th quarter). */
export function reachesDeadline(ctx: ReportContext): boolean {
  if (ctx.repeat === "ongoing") return false;
  if (ctx.repeat === "yearly") return ctx.quarter === 4;
  return ctx.deadlineTo !== null && ctx.periodEnd >= ctx.deadlineTo;
}

/** True when the report must say why the work is late or stopped. */
export function needsDelayReason(content: Pick<ReportContent, "status">, ctx: ReportContext): boolean {
  if (content.status === "postponed" || content.status === "cancelled") return true;
  return content.status !== "done" && reachesDeadline(ctx);
}

/** Checks and normalizes a report's content: trimmed texts, done ⇒ 100; invalid_input lists each problem. */
export function normalizeContent(input: ReportContent, ctx: ReportContext): ReportContent {
  const problems: string[] = [];
  if (!REPORT_STATUSES.includes(input.status))
    problems.push(`status must be one of ${REPORT_STATUSES.join(", ")}`);
  if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)
    problems.push("percent must be a whole number from 0 to 100");
  const content: ReportContent = {
    status: input.status,
    percent: input.status === "done" ? 100 : input.percent,
    doneText: input.doneText.trim(),
    delayReason: input.delayReason.trim(),
  };
  if (content.delayReason === "" && needsDelayReason(content, ctx))
    problems.push(
      "delayReason is required: the status is postponed or cancelled, or the deadline is reached and it is not done",
    );
  if (problems.length > 0) throw new AppError("invalid_input", problems.join("; "), { problems });
  return content;
}
