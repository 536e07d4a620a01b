import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { progressReports } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { type ReviewAction, reviewed } from "../../domain/report-workflow.ts";
import { refreshProgramSummary, refreshQuarterRate } from "../shared/program-summary.ts";
import { type Audit, write } from "../shared/write.ts";
import { refreshMeasureState } from "./refresh-measure-state.ts";
import { assertCanReview, loadReportScope } from "./report-scope.ts";
import { loadReportView, type ReportView } from "./report-view.ts";

/** How a reviewer decides on a report. */
export interface ReviewInput {
  action: ReviewAction;
  /** Required when returning. */
  comment?: string | null;
  ifMatch?: number | null;
}

/**
 * Accepts or returns a submitted report (report.review over the territory), also in a closed
 * period; accepting refreshes the measure's state, and either the program's summaries, in the same
 * transaction.
 */
export async function reviewReport(
  db: Db,
  actor: Actor,
  reportId: number,
  input: ReviewInput,
): Promise<ReportView> {
  return write(db, actor, (tx, audit) => reviewReportIn(tx, audit, actor, reportId, input));
}

/** reviewReport inside the caller's transaction (batches). */
export async function reviewReportIn(
  tx: Db,
  audit: Audit,
  actor: Actor,
  reportId: number,
  input: ReviewInput,
): Promise<ReportView> {
  const scope = await loadReportScope(tx, reportId);
  const { report } = scope;
  assertCanReview(actor, scope.program);
  const next = reviewed(report.workflow, input.action, input.comment);
  const version = input.ifMatch ?? report.rowVersion;
  const [row] = await tx
    .update(progressReports)
    .set({
      ...next,
      reviewerId: actor.userId,
      reviewedAt: new Date(),
      updatedAt: new Date(),
      rowVersion: report.rowVersion + 1,
    })
    .where(
      and(
        eq(progressReports.id, reportId),
        eq(progressReports.rowVersion, version),
        eq(progressReports.workflow, "submitted"),
      ),
    )
    .returning({ id: progressReports.id });
  if (!row)
    throw new AppError("conflict", "the report was changed by someone else; reload it", {
      rowVersion: report.rowVersion,
    });
  const after = await loadReportView(tx, reportId);
  await audit({
    action: input.action === "accept" ? "report.accept" : "report.return",
    entity: "progress_report",
    entityId: reportId,
    before: report,
    after,
  });
  // accepting moves the measure's state, spending and progress; returning only the quarter's rate
  if (next.workflow === "accepted") {
    await refreshMeasureState(tx, audit, report.measureId);
    await refreshProgramSummary(tx, scope.program.id, scope.period);
  } else await refreshQuarterRate(tx, scope.program.id, scope.period);
  return after;
}
