import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { programVersions } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { Plan } from "../../domain/plan.ts";
import type { PlanDiff } from "../../domain/plan-diff.ts";
import { readableProgram } from "./program-access.ts";

/** One version of a program: the plan as imported and its diff from the version before. */
export async function getProgramVersion(db: Db, actor: Actor, programId: number, number: number) {
  await readableProgram(db, actor, programId);
  const [row] = await db
    .select()
    .from(programVersions)
    .where(and(eq(programVersions.programId, programId), eq(programVersions.number, number)));
  if (!row) throw new AppError("not_found", `program ${programId} has no version ${number}`);
  return {
    number: row.number,
    sourceName: row.sourceName,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    plan: row.plan as Plan,
    diff: row.diff as PlanDiff,
  };
}
