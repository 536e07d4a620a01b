import { and, asc, count, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { measures, organizations, progressReports, reportingPeriods } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { quarterKey } from "../../domain/quarter.ts";
import type { Workflow } from "../../domain/report-workflow.ts";
import type { ReportRow } from "../../domain/views.ts";
import { loadProgram } from "../programs/program-access.ts";
import { limitOffset, type Page, type PageRequest } from "../shared/list-page.ts";
import { assertCanReadReports, programQuarter } from "./report-scope.ts";

/** Filters of a program's report list. */
export interface ReportFilter {
  period?: string;
  organizationId?: number;
  workflow?: Workflow;
}

/**
 * A page of a program's reports, by period, measure and body. Planners, viewers and admins see
 * the territory's reports; an executor (who may write but not review) sees their own
 * organization's only, whatever the filter says.
 */
export async function listReports(
  db: Db,
  actor: Actor,
  programId: number,
  filter: ReportFilter,
  page: PageRequest,
): Promise<Page<ReportRow>> {
  const program = await loadProgram(db, programId);
  assertCanReadReports(actor, program);
  const conditions: SQL[] = [eq(measures.programId, programId)];
  const executorOnly =
    allows(actor, "report.write", program.territoryPath) &&
    !allows(actor, "report.review", program.territoryPath);
  if (executorOnly) conditions.push(eq(progressReports.organizationId, actor.organizationId ?? -1));
  if (filter.organizationId !== undefined)
    conditions.push(eq(progressReports.organizationId, filter.organizationId));
  if (filter.workflow) conditions.push(eq(progressReports.workflow, filter.workflow));
  if (filter.period) {
    const q = programQuarter(program, filter.period);
    conditions.push(eq(reportingPeriods.year, q.year), eq(reportingPeriods.quarter, q.quarter));
  }
  const where = and(...conditions);
  const base = () =>
    db
      .select({
        id: progressReports.id,
        measureId: progressReports.measureId,
        measureNumber: measures.number,
        measureAction: measures.action,
        year: reportingPeriods.year,
        quarter: reportingPeriods.quarter,
        organizationId: progressReports.organizationId,
        organizationName: organizations.name,
        status: progressReports.status,
        percent: progressReports.percent,
        workflow: progressReports.workflow,
        resubmitted: progressReports.resubmitted,
        rowVersion: progressReports.rowVersion,
      })
      .from(progressReports)
      .innerJoin(measures, eq(measures.id, progressReports.measureId))
      .innerJoin(reportingPeriods, eq(reportingPeriods.id, progressReports.periodId))
      .innerJoin(organizations, eq(organizations.id, progressReports.organizationId));
  const [totalRow] = await db
    .select({ n: count() })
    .from(progressReports)
    .innerJoin(measures, eq(measures.id, progressReports.measureId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, progressReports.periodId))
    .where(where);
  const { limit, offset } = limitOffset(page);
  const rows = await base()
    .where(where)
    .orderBy(
      asc(reportingPeriods.year),
      asc(reportingPeriods.quarter),
      asc(measures.position),
      asc(progressReports.organizationId),
    )
    .limit(limit)
    .offset(offset);
  const items = rows.map(({ year, quarter, ...r }) => ({ ...r, period: quarterKey({ year, quarter }) }));
  return { items, total: totalRow?.n ?? 0, ...page } satisfies Page<unknown>;
}
