import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { programVersions } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { Plan } from "../../domain/plan.ts";
import { diffPlans } from "../../domain/plan-diff.ts";
import type { VersionDiff } from "../../domain/views/public.ts";
import { readableProgram } from "./program-access.ts";

/**
 * The difference between two stored versions of a program (any two, either order as asked):
 * measures added, removed, and changed field by field — the same diff a new version stores.
 */
export async function versionDiff(db: Db, programId: number, from: number, to: number): Promise<VersionDiff> {
  const rows = await db
    .select({ number: programVersions.number, plan: programVersions.plan })
    .from(programVersions)
    .where(and(eq(programVersions.programId, programId), inArray(programVersions.number, [from, to])));
  const planOf = (n: number) => {
    const row = rows.find((r) => r.number === n);
    if (!row) throw new AppError("not_found", `program ${programId} has no version ${n}`);
    return row.plan as Plan;
  };
  return { from, to, diff: diffPlans(planOf(from), planOf(to)) };
}

/** The diff between two versions of a program the actor may read. */
export async function diffProgramVersions(db: Db, actor: Actor, programId: number, from: number, to: number) {
  await readableProgram(db, actor, programId);
  return versionDiff(db, programId, from, to);
}
