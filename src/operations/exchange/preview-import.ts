import type { Db } from "../../db/connect.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { ImportPreview } from "../../domain/views.ts";
import { type ImportResult, importPlan } from "../../importers/import-plan.ts";
import { matchBodies } from "../programs/match-bodies.ts";
import { previewPlanVersion } from "../programs/preview-plan-version.ts";
import { loadProgram, refusal } from "../programs/program-access.ts";
import { write } from "../shared/write.ts";
import { findTerritory, type Territory, type TerritoryKey } from "../territories/find-territory.ts";
import { createImportSession } from "./import-session.ts";

/** An uploaded document read into a plan, with what saving it would do, kept as an import session. */
export type { ImportPreview };

/** A document to import for a territory, and the program it would amend (absent: a new one). */
export interface ImportInput {
  territory: TerritoryKey;
  programId?: number | undefined;
  bytes: Uint8Array;
  fileName: string;
  today: Date;
}

/**
 * Reads a document into a plan for a territory whose programs the actor may manage; with
 * programId, that program must be one of the territory's. Nothing is stored.
 */
export async function readImport(
  db: Db,
  actor: Actor,
  input: ImportInput,
): Promise<ImportResult & { territory: Territory }> {
  const territory = await findTerritory(db, input.territory);
  if (!allows(actor, "program.manage", territory.path))
    throw refusal(actor, "importing a program needs the planner role over its territory");
  const result = await importPlan(input.bytes, input.fileName, { today: input.today });
  if (input.programId !== undefined) {
    const program = await loadProgram(db, input.programId);
    if (program.territoryId !== territory.id)
      throw new AppError(
        "invalid_input",
        `program ${input.programId} is not a program of territory ${territory.id}`,
      );
  }
  return { ...result, territory };
}

/**
 * Imports a document for a territory (and, with programId, compares it with that program); the plan
 * is kept as an import session of the actor for the edits and the save that follow.
 */
export async function previewImport(
  db: Db,
  actor: Actor,
  input: { territoryId: number; programId?: number; bytes: Uint8Array; fileName: string; today: Date },
): Promise<ImportPreview> {
  const { territoryId, ...rest } = input;
  const { territory, plan, warnings, cells } = await readImport(db, actor, {
    ...rest,
    territory: { id: territoryId },
  });
  const compared =
    input.programId !== undefined
      ? await previewPlanVersion(db, actor, input.programId, plan)
      : {
          unmatchedBodies: (
            await matchBodies(
              db,
              territory.path,
              plan.measures.flatMap((m) => m.responsible),
            )
          ).unmatched,
        };
  const session = await write(db, actor, (tx, audit) =>
    createImportSession(tx, actor, audit, {
      territoryId: territory.id,
      programId: input.programId ?? null,
      fileName: input.fileName,
      plan,
      warnings,
      cells,
    }),
  );
  return {
    ...session,
    plan,
    warnings,
    cells,
    unmatchedBodies: compared.unmatchedBodies,
    ...("diff" in compared ? { diff: compared.diff } : {}),
  };
}
