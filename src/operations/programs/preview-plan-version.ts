import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { type Plan, PlanSchema } from "../../domain/plan.ts";
import { diffPlans, type PlanDiff } from "../../domain/plan-diff.ts";
import { matchBodies } from "./match-bodies.ts";
import { managedProgram } from "./program-access.ts";
import { loadStoredPlan } from "./program-plan.ts";

/** What saving `plan` as the program's next version would change, without writing anything. */
export async function previewPlanVersion(
  db: Db,
  actor: Actor,
  programId: number,
  plan: Plan,
): Promise<{ version: number; diff: PlanDiff; unmatchedBodies: string[] }> {
  const parsed = PlanSchema.safeParse(plan);
  if (!parsed.success)
    throw new AppError("invalid_input", "the plan is not valid plan/v1", parsed.error.issues);
  const program = await managedProgram(db, actor, programId);
  const stored = await loadStoredPlan(db, program);
  const bodies = await matchBodies(
    db,
    program.territoryPath,
    parsed.data.measures.flatMap((m) => m.responsible),
  );
  return {
    version: program.currentVersion + 1,
    diff: diffPlans(stored.plan, parsed.data),
    unmatchedBodies: bodies.unmatched,
  };
}
