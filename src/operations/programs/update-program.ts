import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { programs } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { Weighting } from "../../domain/progress-formula.ts";
import { write } from "../shared/write.ts";
import { managedProgram } from "./program-access.ts";

type Status = "draft" | "approved" | "archived";

/** The header fields of a program a planner may edit. */
export interface ProgramPatch {
  title?: string;
  approvalNumber?: string | null;
  approvalDate?: string | null;
  status?: Status;
  published?: boolean;
  /** how section and program progress weigh measures */
  progressWeighting?: Weighting;
}

// A program moves forward only: a draft is approved, an approved program is archived.
const NEXT: Record<Status, Status[]> = {
  draft: ["approved", "archived"],
  approved: ["archived"],
  archived: [],
};

/** Edits a program's header when `ifMatch` is its current row_version (else conflict, nothing changed). */
export async function updateProgram(
  db: Db,
  actor: Actor,
  programId: number,
  patch: ProgramPatch,
  ifMatch: number,
) {
  const current = await managedProgram(db, actor, programId);
  if (patch.status && patch.status !== current.status && !NEXT[current.status].includes(patch.status))
    throw new AppError("invalid_input", `a program cannot go from ${current.status} to ${patch.status}`);
  return write(db, actor, async (tx, audit) => {
    const [row] = await tx
      .update(programs)
      .set({ ...patch, rowVersion: ifMatch + 1, updatedAt: new Date() })
      .where(and(eq(programs.id, programId), eq(programs.rowVersion, ifMatch)))
      .returning();
    if (!row) {
      const [now] = await tx
        .select({ v: programs.rowVersion })
        .from(programs)
        .where(eq(programs.id, programId));
      throw new AppError("conflict", `program ${programId} was changed by someone else`, {
        rowVersion: now?.v,
      });
    }
    const { territoryPath: _, ...before } = current;
    await audit({ action: "update", entity: "program", entityId: programId, before, after: row });
    return row;
  });
}
