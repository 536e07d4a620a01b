import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import {
  attachments,
  progressReports,
  reportingPeriods,
  reportSpending,
  reportValues,
} from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import { quarterKey } from "../../domain/quarter.ts";
import type { Report } from "../../domain/views.ts";

/** A report as the API shows it: its fields, values, spending and attachment metadata. */
export async function loadReportView(db: Db, reportId: number): Promise<Report> {
  const [row] = await db
    .select({ report: progressReports, period: reportingPeriods })
    .from(progressReports)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, progressReports.periodId))
    .where(eq(progressReports.id, reportId));
  if (!row) throw new AppError("not_found", `report ${reportId} not found`);
  const { report: r, period } = row;
  const values = await db
    .select({ indicatorId: reportValues.indicatorId, value: reportValues.value })
    .from(reportValues)
    .where(eq(reportValues.reportId, reportId))
    .orderBy(asc(reportValues.indicatorId));
  const spending = await db
    .select({ code: reportSpending.code, amount: reportSpending.amount })
    .from(reportSpending)
    .where(eq(reportSpending.reportId, reportId))
    .orderBy(asc(reportSpending.code));
  const files = await db
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      mimeType: attachments.mimeType,
      size: attachments.size,
      sha256: attachments.sha256,
      public: attachments.public,
      rowVersion: attachments.rowVersion,
    })
    .from(attachments)
    .where(eq(attachments.reportId, reportId))
    .orderBy(asc(attachments.id));
  return {
    id: r.id,
    measureId: r.measureId,
    periodId: r.periodId,
    period: quarterKey(period),
    organizationId: r.organizationId,
    status: r.status,
    percent: r.percent,
    doneText: r.doneText,
    delayReason: r.delayReason,
    workflow: r.workflow,
    resubmitted: r.resubmitted,
    reviewerComment: r.reviewerComment,
    authorId: r.authorId,
    reviewerId: r.reviewerId,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    rowVersion: r.rowVersion,
    values,
    spending,
    attachments: files,
  };
}

/** The API view of a report. */
export type ReportView = Awaited<ReturnType<typeof loadReportView>>;
