import { asc, count, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { organizations, progressReports, reportingPeriods } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { quarterKey } from "../../domain/quarter.ts";
import type { MeasureReportRow } from "../../domain/views.ts";
import { assertCanReadReports, loadMeasureScope } from "../reporting/report-scope.ts";
import { limitOffset, type Page, type PageRequest } from "../shared/list-page.ts";

/**
 * A measure's report history in period order, each marked lead or co: the lead's accepted
 * reports set the measure's percent, the co-executors' are shown beside them.
 */
export async function listMeasureReports(
  db: Db,
  actor: Actor,
  measureId: number,
  page: PageRequest,
): Promise<Page<MeasureReportRow>> {
  const scope = await loadMeasureScope(db, measureId);
  assertCanReadReports(actor, scope.program);
  const leads = new Set(scope.bodies.filter((b) => b.role === "lead").map((b) => b.organizationId));
  const [total] = await db
    .select({ n: count() })
    .from(progressReports)
    .where(eq(progressReports.measureId, measureId));
  const { limit, offset } = limitOffset(page);
  const rows = await db
    .select({
      id: progressReports.id,
      year: reportingPeriods.year,
      quarter: reportingPeriods.quarter,
      organizationId: progressReports.organizationId,
      organizationName: organizations.name,
      status: progressReports.status,
      percent: progressReports.percent,
      doneText: progressReports.doneText,
      delayReason: progressReports.delayReason,
      workflow: progressReports.workflow,
      resubmitted: progressReports.resubmitted,
      reviewerComment: progressReports.reviewerComment,
      rowVersion: progressReports.rowVersion,
    })
    .from(progressReports)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, progressReports.periodId))
    .innerJoin(organizations, eq(organizations.id, progressReports.organizationId))
    .where(eq(progressReports.measureId, measureId))
    .orderBy(asc(reportingPeriods.year), asc(reportingPeriods.quarter), asc(progressReports.id))
    .limit(limit)
    .offset(offset);
  const items = rows.map(({ year, quarter, ...r }) => ({
    ...r,
    period: quarterKey({ year, quarter }),
    role: leads.has(r.organizationId) ? ("lead" as const) : ("co" as const),
  }));
  return { items, total: total?.n ?? 0, ...page };
}
