import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { progressReports } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { quarterEnd, quarterKey } from "../../domain/quarter.ts";
import { normalizeContent, submitted } from "../../domain/report-workflow.ts";
import { refreshQuarterRate } from "../shared/program-summary.ts";
import { type Audit, write } from "../shared/write.ts";
import { assertCanWrite, assertOpen, loadReportScope } from "./report-scope.ts";
import { loadReportView, type ReportView } from "./report-view.ts";

/** Submits a draft or returned report for review, in an open period, by those who may write it. */
export async function submitReport(
  db: Db,
  actor: Actor,
  reportId: number,
  ifMatch?: number | null,
): Promise<ReportView> {
  return write(db, actor, (tx, audit) => submitReportIn(tx, audit, actor, reportId, ifMatch));
}

/** submitReport inside the caller's transaction (batches). */
export async function submitReportIn(
  tx: Db,
  audit: Audit,
  actor: Actor,
  reportId: number,
  ifMatch?: number | null,
): Promise<ReportView> {
  const scope = await loadReportScope(tx, reportId);
  const { report, period, measure } = scope;
  assertCanWrite(actor, scope, report.organizationId);
  assertOpen(period, quarterKey(period));
  const next = submitted(report.workflow);
  // the stored content must still pass the rules (a draft may predate a deadline being reached)
  normalizeContent(report, {
    deadlineTo: measure.deadlineTo,
    repeat: measure.repeat,
    periodEnd: quarterEnd(period),
    quarter: period.quarter,
  });
  const version = ifMatch ?? report.rowVersion;
  const [row] = await tx
    .update(progressReports)
    .set({ ...next, submittedAt: new Date(), updatedAt: new Date(), rowVersion: report.rowVersion + 1 })
    .where(
      and(
        eq(progressReports.id, reportId),
        eq(progressReports.rowVersion, version),
        eq(progressReports.workflow, report.workflow),
      ),
    )
    .returning({ id: progressReports.id });
  if (!row)
    throw new AppError("conflict", "the report was changed by someone else; reload it", {
      rowVersion: report.rowVersion,
    });
  const after = await loadReportView(tx, reportId);
  await audit({
    action: "report.submit",
    entity: "progress_report",
    entityId: reportId,
    before: report,
    after,
  });
  // the quarter's reporting rate counts submitted reports; nothing else counts a submit
  await refreshQuarterRate(tx, scope.program.id, period);
  return after;
}
