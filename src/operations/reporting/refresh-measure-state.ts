import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { measureBodies, measureState, measures, programs } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import { type AcceptedReport, deriveMeasureProgress } from "../../domain/measure-progress.ts";
import { rowsOf } from "../shared/progress-sql.ts";
import type { Audit } from "../shared/write.ts";

/**
 * Recomputes a measure's measure_state row from its accepted reports (the rules are in
 * src/domain/measure-progress.ts), inside the caller's transaction; audited when it changes.
 * Reads only this measure's reports.
 */
export async function refreshMeasureState(tx: Db, audit: Audit, measureId: number) {
  const [measure] = await tx
    .select({
      id: measures.id,
      programId: measures.programId,
      repeat: measures.repeat,
      from: programs.periodFrom,
      to: programs.periodTo,
    })
    .from(measures)
    .innerJoin(programs, eq(programs.id, measures.programId))
    .where(eq(measures.id, measureId));
  if (!measure) throw new AppError("not_found", `measure ${measureId} not found`);
  const leads = await tx
    .select({ organizationId: measureBodies.organizationId, role: measureBodies.role })
    .from(measureBodies)
    .where(eq(measureBodies.measureId, measureId));
  const accepted = await rowsOf<AcceptedReport>(
    tx,
    sql`select r.id, r.organization_id as "organizationId", r.period_id as "periodId", p.year, p.quarter,
          r.status, r.percent, coalesce((select sum(s.amount) from report_spending s where s.report_id = r.id), 0) as spent
        from progress_reports r join reporting_periods p on p.id = r.period_id
        where r.measure_id = ${measureId} and r.workflow = 'accepted'`,
  );
  const derived = deriveMeasureProgress({
    repeat: measure.repeat,
    leadOrganizationIds: leads
      .filter((b) => b.role === "lead" && b.organizationId !== null)
      .map((b) => b.organizationId as number),
    programYears: { from: measure.from, to: measure.to },
    accepted: accepted.map((r) => ({ ...r, spent: Number(r.spent) })),
  });
  const [before] = await tx.select().from(measureState).where(eq(measureState.measureId, measureId));
  const values = { ...derived, programId: measure.programId, updatedAt: new Date() };
  const [after] = await tx
    .insert(measureState)
    .values({ measureId, ...values })
    .onConflictDoUpdate({ target: measureState.measureId, set: values })
    .returning();
  await audit({
    action: "measure_state.refresh",
    entity: "measure_state",
    entityId: measureId,
    before: before ?? null,
    after,
  });
  return after as typeof measureState.$inferSelect;
}
