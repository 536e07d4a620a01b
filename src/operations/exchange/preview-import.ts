import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { Plan } from "../../domain/plan.ts";
import type { PlanDiff } from "../../domain/plan-diff.ts";
import { type ImportWarning, importPlan } from "../../importers/import-plan.ts";
import { matchBodies } from "../programs/match-bodies.ts";
import { previewPlanVersion } from "../programs/preview-plan-version.ts";
import { loadProgram, refusal } from "../programs/program-access.ts";

/** An uploaded document read into a plan, with what saving it would do; nothing is stored. */
export interface ImportPreview {
  plan: Plan;
  warnings: ImportWarning[];
  unmatchedBodies: string[];
  diff?: PlanDiff;
}

/** Imports a document for a territory (and, with programId, compares it with that program). */
export async function previewImport(
  db: Db,
  actor: Actor,
  input: { territoryId: number; programId?: number; bytes: Uint8Array; fileName: string; today: Date },
): Promise<ImportPreview> {
  const [territory] = await db.select().from(territories).where(eq(territories.id, input.territoryId));
  if (!territory) throw new AppError("not_found", `territory ${input.territoryId} not found`);
  if (!allows(actor, "program.manage", territory.path))
    throw refusal(actor, "importing a program needs the planner role over its territory");
  const { plan, warnings } = await importPlan(input.bytes, input.fileName, { today: input.today });
  if (input.programId !== undefined) {
    const program = await loadProgram(db, input.programId);
    if (program.territoryId !== input.territoryId)
      throw new AppError(
        "invalid_input",
        `program ${input.programId} is not a program of territory ${input.territoryId}`,
      );
    const preview = await previewPlanVersion(db, actor, input.programId, plan);
    return { plan, warnings, unmatchedBodies: preview.unmatchedBodies, diff: preview.diff };
  }
  const bodies = await matchBodies(
    db,
    territory.path,
    plan.measures.flatMap((m) => m.responsible),
  );
  return { plan, warnings, unmatchedBodies: bodies.unmatched };
}
