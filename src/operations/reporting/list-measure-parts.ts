/**
 * Every responsible body's part of a measure in a period: the lead's consolidated report and the
 * co-executors' parts, each with its workflow step and whether it is overdue (only in a quarter the
 * measure is active in, as the reporting rate expects reports), plus the prefill of
 * the consolidated report from the parts that arrived (src/domain/consolidate-parts.ts).
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { organizations, progressReports } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { consolidateParts, partIsOverdue } from "../../domain/consolidate-parts.ts";
import { periodDueDate } from "../../domain/due-date.ts";
import { AppError } from "../../domain/errors.ts";
import { isActiveInQuarter } from "../../domain/measure-progress.ts";
import { quarterEnd, quarterKey, quarterStart } from "../../domain/quarter.ts";
import type { MeasurePart, MeasureParts } from "../../domain/views.ts";
import {
  assertCanReadReports,
  findPeriod,
  loadMeasureScope,
  type MeasureScope,
  programQuarter,
} from "./report-scope.ts";
import { loadReportView } from "./report-view.ts";

/**
 * Throws unless the actor may see the parts: program.read over the territory, and an executor
 * (who writes but does not review) only when their organization is a body of the measure.
 */
export function assertCanReadParts(actor: Actor, scope: MeasureScope): void {
  assertCanReadReports(actor, scope.program);
  const path = scope.program.territoryPath;
  const executorOnly = allows(actor, "report.write", path) && !allows(actor, "report.review", path);
  if (executorOnly && !scope.bodies.some((b) => b.organizationId === actor.organizationId))
    throw new AppError("forbidden", "only the bodies of the measure see each other's parts");
}

/** The matched responsible bodies, each once (lead first when a body is listed twice), in plan order. */
function responsibleBodies(scope: MeasureScope): { organizationId: number; role: "lead" | "co" }[] {
  const byOrg = new Map<number, "lead" | "co">();
  for (const b of scope.bodies) {
    if (b.organizationId === null) continue;
    if (byOrg.get(b.organizationId) !== "lead") byOrg.set(b.organizationId, b.role);
  }
  const order = (role: "lead" | "co") => (role === "lead" ? 0 : 1);
  return [...byOrg]
    .map(([organizationId, role]) => ({ organizationId, role }))
    .sort((a, b) => order(a.role) - order(b.role));
}

/** The parts of a measure in a quarter ("2026-Q3") on `today` (YYYY-MM-DD). */
export async function listMeasureParts(
  db: Db,
  actor: Actor,
  measureId: number,
  periodKey: string,
  today: string,
): Promise<MeasureParts> {
  const scope = await loadMeasureScope(db, measureId);
  assertCanReadParts(actor, scope);
  const q = programQuarter(scope.program, periodKey);
  const period = await findPeriod(db, scope.program.id, q);
  const dueDate = periodDueDate(q, scope.program.reportDueDays, period?.dueDate ?? null);
  // a quarter outside the measure's deadline expects no report, so nothing in it is late
  const expected = isActiveInQuarter(scope.measure, quarterStart(q), quarterEnd(q));
  const bodies = responsibleBodies(scope);
  const ids = bodies.map((b) => b.organizationId);
  const names = ids.length
    ? await db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, ids))
    : [];
  const reports = period
    ? await db
        .select({ id: progressReports.id, organizationId: progressReports.organizationId })
        .from(progressReports)
        .where(and(eq(progressReports.measureId, measureId), eq(progressReports.periodId, period.id)))
    : [];
  const parts: MeasurePart[] = [];
  for (const body of bodies) {
    const found = reports.find((r) => r.organizationId === body.organizationId);
    const report = found ? await loadReportView(db, found.id) : null;
    const workflow = report?.workflow ?? null;
    parts.push({
      ...body,
      organizationName: names.find((n) => n.id === body.organizationId)?.name ?? "",
      workflow,
      overdue: expected && partIsOverdue(workflow, dueDate, today),
      report,
    });
  }
  const prefill = consolidateParts(
    parts.map((p) => ({
      organizationName: p.organizationName,
      role: p.role,
      workflow: p.workflow,
      doneText: p.report?.doneText ?? "",
      values: p.report?.values ?? [],
      spending: p.report?.spending ?? [],
    })),
  );
  return { measureId, period: quarterKey(q), dueDate, parts, prefill };
}
