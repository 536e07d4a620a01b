/**
 * Who may read, write and review reports, and the rows those checks need. Reading reports needs
 * program.read over the program's territory (published or not: reports are not public); writing
 * needs report.write there and, unless the actor is an admin there, that the report's body is the
 * actor's own organization and a responsible body (lead or co) of the measure; reviewing needs
 * report.review there.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { measureBodies, measures, progressReports, reportingPeriods } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { parseQuarter, type Quarter } from "../../domain/quarter.ts";
import { loadProgram, type ProgramWithPath, refusal } from "../programs/program-access.ts";

/** A measure with its program, territory path and responsible bodies. */
export interface MeasureScope {
  measure: typeof measures.$inferSelect;
  program: ProgramWithPath;
  bodies: { organizationId: number | null; role: "lead" | "co" }[];
}

/** The measure and what access checks need, or not_found. */
export async function loadMeasureScope(db: Db, measureId: number): Promise<MeasureScope> {
  const [measure] = await db.select().from(measures).where(eq(measures.id, measureId));
  if (!measure) throw new AppError("not_found", `measure ${measureId} not found`);
  const program = await loadProgram(db, measure.programId);
  const bodies = await db
    .select({ organizationId: measureBodies.organizationId, role: measureBodies.role })
    .from(measureBodies)
    .where(eq(measureBodies.measureId, measureId))
    .orderBy(measureBodies.position);
  return { measure, program, bodies };
}

/** A report with its measure scope and period. */
export interface ReportScope extends MeasureScope {
  report: typeof progressReports.$inferSelect;
  period: typeof reportingPeriods.$inferSelect;
}

/** The report and what access checks need, or not_found. */
export async function loadReportScope(db: Db, reportId: number): Promise<ReportScope> {
  const [row] = await db
    .select({ report: progressReports, period: reportingPeriods })
    .from(progressReports)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, progressReports.periodId))
    .where(eq(progressReports.id, reportId));
  if (!row) throw new AppError("not_found", `report ${reportId} not found`);
  return { ...(await loadMeasureScope(db, row.report.measureId)), ...row };
}

/** Throws unless the actor may read the program's reports. */
export function assertCanReadReports(actor: Actor, program: ProgramWithPath): void {
  if (!allows(actor, "program.read", program.territoryPath))
    throw refusal(actor, "reading reports needs a role over the program's territory");
}

/** Throws unless the actor may write the report of `organizationId` on the measure. */
export function assertCanWrite(actor: Actor, scope: MeasureScope, organizationId: number): void {
  const path = scope.program.territoryPath;
  if (!allows(actor, "report.write", path))
    throw refusal(actor, "writing reports needs the executor role over the program's territory");
  const responsible = scope.bodies.some((b) => b.organizationId === organizationId);
  if (allows(actor, "admin.manage", path)) {
    if (!responsible)
      throw new AppError(
        "invalid_input",
        `organization ${organizationId} is not responsible for this measure`,
      );
    return;
  }
  if (actor.organizationId !== organizationId)
    throw new AppError("forbidden", "executors write reports only for their own organization");
  if (!responsible) throw new AppError("forbidden", "your organization is not responsible for this measure");
}

/** Throws unless the actor may accept or return the program's reports. */
export function assertCanReview(actor: Actor, program: ProgramWithPath): void {
  if (!allows(actor, "report.review", program.territoryPath))
    throw refusal(actor, "reviewing reports needs the planner role over the program's territory");
}

/** The program's quarter "2026-Q3", refused when outside the program's years. */
export function programQuarter(program: ProgramWithPath, key: string): Quarter {
  const q = parseQuarter(key);
  if (q.year < program.periodFrom || q.year > program.periodTo)
    throw new AppError(
      "invalid_input",
      `${key} is outside the program's years ${program.periodFrom}–${program.periodTo}`,
    );
  return q;
}

/** The period row of a quarter, or null when it was never opened. */
export async function findPeriod(db: Db, programId: number, q: Quarter) {
  const [row] = await db
    .select()
    .from(reportingPeriods)
    .where(
      and(
        eq(reportingPeriods.programId, programId),
        eq(reportingPeriods.year, q.year),
        eq(reportingPeriods.quarter, q.quarter),
      ),
    );
  return row ?? null;
}

/** Throws conflict unless the period is open: reports are written and submitted only then. */
export function assertOpen(period: { status: string } | null, key: string): void {
  if (period?.status !== "open") throw new AppError("conflict", `the period ${key} is not open for reports`);
}
