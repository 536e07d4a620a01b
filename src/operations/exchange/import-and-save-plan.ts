import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import type { CellConfidence } from "../../domain/cell-confidence.ts";
import type { Plan } from "../../domain/plan.ts";
import type { ImportWarning } from "../../importers/import-plan.ts";
import { type SavedPlan, savePlan } from "../programs/save-plan.ts";
import { type ImportInput, readImport } from "./preview-import.ts";

/** What an import that saves returns: the plan read, its warnings and low cells, and what was stored. */
export interface ImportedPlan {
  plan: Plan;
  warnings: ImportWarning[];
  cells: CellConfidence[];
  saved: SavedPlan;
}

/**
 * Imports a document for a territory (by id or code) and saves it in one go: a new program, or
 * with programId a new version of it. The same checks as the API's preview then save.
 */
export async function importAndSavePlan(
  db: Db,
  actor: Actor,
  input: ImportInput & { sourceName: string },
): Promise<ImportedPlan> {
  const { territory, plan, warnings, cells } = await readImport(db, actor, input);
  const saved = await savePlan(db, actor, {
    territoryId: territory.id,
    plan,
    sourceName: input.sourceName,
    ...(input.programId === undefined ? {} : { programId: input.programId }),
  });
  return { plan, warnings, cells, saved };
}
