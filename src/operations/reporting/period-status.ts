import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { reportingPeriods } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { quarterKey } from "../../domain/quarter.ts";
import type { Period } from "../../domain/views.ts";
import { loadProgram, refusal } from "../programs/program-access.ts";
import { write } from "../shared/write.ts";
import { findPeriod, programQuarter } from "./report-scope.ts";

/** A period as the API shows it. */
export type PeriodView = Period;

/**
 * Opens or closes a quarter of a program (period.manage over its territory); the period row is
 * made on first use. Setting the status it already has changes nothing and writes no audit row.
 */
export async function setPeriodStatus(
  db: Db,
  actor: Actor,
  programId: number,
  key: string,
  status: "open" | "closed",
): Promise<PeriodView> {
  return write(db, actor, async (tx, audit) => {
    const program = await loadProgram(tx, programId);
    if (!allows(actor, "period.manage", program.territoryPath))
      throw refusal(actor, "opening and closing periods needs the planner role over the program's territory");
    const q = programQuarter(program, key);
    const before = await findPeriod(tx, programId, q);
    if (before?.status === status) return view(before);
    let after: typeof reportingPeriods.$inferSelect;
    if (before) {
      const [row] = await tx
        .update(reportingPeriods)
        .set({ status, rowVersion: before.rowVersion + 1 })
        .where(and(eq(reportingPeriods.id, before.id)))
        .returning();
      after = row as typeof after;
    } else {
      const [row] = await tx
        .insert(reportingPeriods)
        .values({ programId, year: q.year, quarter: q.quarter, status })
        .returning();
      after = row as typeof after;
    }
    await audit({
      action: status === "open" ? "period.open" : "period.close",
      entity: "reporting_period",
      entityId: after.id,
      before: before ?? null,
      after,
    });
    return view(after);
  });
}

/** The API view of a period row. */
export function view(row: typeof reportingPeriods.$inferSelect): PeriodView {
  return {
    id: row.id,
    key: quarterKey(row),
    year: row.year,
    quarter: row.quarter,
    status: row.status,
    rowVersion: row.rowVersion,
  };
}
