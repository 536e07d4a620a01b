import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import type { SavedPlan } from "../../domain/views.ts";
import { savePlan } from "../programs/save-plan.ts";
import { write } from "../shared/write.ts";
import {
  assertCurrent,
  assertNotSaved,
  bumpSession,
  openImportSession,
  sessionPlan,
} from "./import-session.ts";

/** How to save a session: the program's status, and optionally the version the person last saw. */
export interface SaveImportSessionInput {
  status?: "draft" | "approved" | "archived";
  /** the session's ETag; when given and stale, nothing is saved (conflict) */
  ifMatch?: number | null;
}

/**
 * Saves an import session's plan as a new program (or a new version of the session's program) and
 * marks the session saved, all in one transaction; a second save of the same session is a conflict.
 */
export async function saveImportSession(
  db: Db,
  actor: Actor,
  id: number,
  input: SaveImportSessionInput = {},
): Promise<SavedPlan> {
  return write(db, actor, async (tx, audit) => {
    const session = await openImportSession(tx, actor, id, { lock: true });
    assertNotSaved(session);
    const ifMatch = input.ifMatch ?? session.rowVersion;
    assertCurrent(session, ifMatch);
    const { plan } = await sessionPlan(tx, id);
    const saved = await savePlan(tx, actor, {
      territoryId: session.territoryId,
      plan,
      sourceName: session.fileName,
      ...(session.programId === null ? {} : { programId: session.programId }),
      ...(input.status ? { status: input.status } : {}),
    });
    const savedAt = new Date();
    await bumpSession(tx, session, ifMatch, {
      savedAt,
      savedProgramId: saved.programId,
      savedVersion: saved.version,
    });
    await audit({
      action: "save",
      entity: "import_session",
      entityId: id,
      after: { programId: saved.programId, version: saved.version, savedAt },
    });
    return saved;
  });
}
