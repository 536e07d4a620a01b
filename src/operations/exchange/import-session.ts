/**
 * An import session: a previewed plan kept on the server between the upload and the save, so that
 * the wizard sends small edits and a save by id instead of the whole plan. Only the person who
 * uploaded it (or an admin over its territory) may read, edit or save it, and only while they may
 * manage programs of its territory; it expires after IMPORT_SESSION_HOURS.
 */
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { importSessions, territories } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import type { CellConfidence } from "../../domain/cell-confidence.ts";
import { AppError } from "../../domain/errors.ts";
import type { Plan } from "../../domain/plan.ts";
import type { ImportSession, ImportWarning } from "../../domain/views.ts";
import { refusal } from "../programs/program-access.ts";
import type { Audit } from "../shared/write.ts";

/** How long an uploaded plan waits for its save. */
export const IMPORT_SESSION_HOURS = 24;

/** A session's row without its plan and warnings (those are read only where needed). */
export interface ImportSessionMeta {
  id: number;
  territoryId: number;
  territoryPath: string;
  programId: number | null;
  fileName: string;
  createdBy: number | null;
  rowVersion: number;
  expiresAt: Date;
  savedAt: Date | null;
  savedProgramId: number | null;
  savedVersion: number | null;
}

/** Stores a previewed plan as a new session of the actor (expired sessions are dropped first). */
export async function createImportSession(
  tx: Db,
  actor: Actor,
  audit: Audit,
  input: {
    territoryId: number;
    programId: number | null;
    fileName: string;
    plan: Plan;
    warnings: ImportWarning[];
    cells: CellConfidence[];
  },
  now = new Date(),
): Promise<SessionHead> {
  await tx.delete(importSessions).where(lt(importSessions.expiresAt, now));
  const expiresAt = new Date(now.getTime() + IMPORT_SESSION_HOURS * 3600_000);
  const [row] = await tx
    .insert(importSessions)
    .values({ ...input, createdBy: actor.userId, expiresAt, createdAt: now, updatedAt: now })
    .returning({ id: importSessions.id, rowVersion: importSessions.rowVersion });
  const { id, rowVersion } = row as { id: number; rowVersion: number };
  await audit({
    action: "create",
    entity: "import_session",
    entityId: id,
    after: {
      fileName: input.fileName,
      territoryId: input.territoryId,
      programId: input.programId,
      measures: input.plan.measures.length,
      warnings: input.warnings.length,
      cells: input.cells.length,
      expiresAt,
    },
  });
  return sessionHead({
    id,
    rowVersion,
    expiresAt,
    fileName: input.fileName,
    territoryId: input.territoryId,
    programId: input.programId,
    savedProgramId: null,
    savedVersion: null,
  });
}

/**
 * The session if the actor may use it: signed in with program.manage over its territory, and its
 * creator or an admin there; an expired one is not found. `lock` takes a row lock (inside a write).
 */
export async function openImportSession(
  db: Db,
  actor: Actor,
  id: number,
  options: { lock?: boolean } = {},
): Promise<ImportSessionMeta> {
  const query = db
    .select({
      id: importSessions.id,
      territoryId: importSessions.territoryId,
      territoryPath: territories.path,
      programId: importSessions.programId,
      fileName: importSessions.fileName,
      createdBy: importSessions.createdBy,
      rowVersion: importSessions.rowVersion,
      expiresAt: importSessions.expiresAt,
      savedAt: importSessions.savedAt,
      savedProgramId: importSessions.savedProgramId,
      savedVersion: importSessions.savedVersion,
    })
    .from(importSessions)
    .innerJoin(territories, eq(territories.id, importSessions.territoryId))
    .where(eq(importSessions.id, id));
  const [row] = options.lock ? await query.for("update", { of: importSessions }) : await query;
  if (actor.userId === null && actor.grants.length === 0) throw refusal(actor, "sign in first");
  if (!row || row.expiresAt.getTime() <= Date.now())
    throw new AppError("not_found", `import ${id} not found or expired; upload the document again`);
  if (!allows(actor, "program.manage", row.territoryPath))
    throw refusal(actor, "importing a program needs the planner role over its territory");
  if (row.createdBy !== actor.userId && !allows(actor, "admin.manage", row.territoryPath))
    throw new AppError("forbidden", "only the person who uploaded this document (or an admin) may use it");
  return row;
}

/** Refuses a change to a session already saved. */
export function assertNotSaved(session: ImportSessionMeta): void {
  if (session.savedAt)
    throw new AppError(
      "conflict",
      `import ${session.id} was already saved as program ${session.savedProgramId}, version ${session.savedVersion}`,
      { programId: session.savedProgramId, version: session.savedVersion },
    );
}

/** The stored plan, warnings and cells' confidences of a session. */
export async function sessionPlan(
  db: Db,
  id: number,
): Promise<{ plan: Plan; warnings: ImportWarning[]; cells: CellConfidence[] }> {
  const [row] = await db
    .select({ plan: importSessions.plan, warnings: importSessions.warnings, cells: importSessions.cells })
    .from(importSessions)
    .where(eq(importSessions.id, id));
  if (!row) throw new AppError("not_found", `import ${id} not found`);
  return {
    plan: row.plan as Plan,
    warnings: row.warnings as ImportWarning[],
    cells: row.cells as CellConfidence[],
  };
}

/** A session with its plan, for the wizard to pick up where it was (GET /imports/{id}). */
export async function getImportSession(db: Db, actor: Actor, id: number): Promise<ImportSession> {
  const session = await openImportSession(db, actor, id);
  const { plan, warnings, cells } = await sessionPlan(db, id);
  return { ...sessionHead(session), plan, warnings, cells };
}

/** The fields of a session every answer about it carries. */
export type SessionHead = ReturnType<typeof sessionHead>;

/** The head of a session from its row (the plan, warnings, path and creator are not needed). */
export function sessionHead(
  s: Pick<
    ImportSessionMeta,
    | "id"
    | "rowVersion"
    | "expiresAt"
    | "fileName"
    | "territoryId"
    | "programId"
    | "savedProgramId"
    | "savedVersion"
  >,
) {
  return {
    sessionId: s.id,
    rowVersion: s.rowVersion,
    expiresAt: s.expiresAt.toISOString(),
    fileName: s.fileName,
    territoryId: s.territoryId,
    programId: s.programId,
    saved:
      s.savedProgramId !== null && s.savedVersion !== null
        ? { programId: s.savedProgramId, version: s.savedVersion }
        : null,
  };
}

/** Bumps the session's row version when it is still `ifMatch` (else conflict); returns the new one. */
export async function bumpSession(
  tx: Db,
  session: ImportSessionMeta,
  ifMatch: number,
  set: Partial<typeof importSessions.$inferInsert> = {},
): Promise<number> {
  const [row] = await tx
    .update(importSessions)
    .set({ ...set, rowVersion: sql`${importSessions.rowVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(importSessions.id, session.id), eq(importSessions.rowVersion, ifMatch)))
    .returning({ rowVersion: importSessions.rowVersion });
  if (!row) throw staleSession(session);
  return row.rowVersion;
}

/** Refuses an edit or save made against an older version of the session than `ifMatch` names. */
export function assertCurrent(session: ImportSessionMeta, ifMatch: number): void {
  if (session.rowVersion !== ifMatch) throw staleSession(session);
}

function staleSession(session: ImportSessionMeta): AppError {
  return new AppError(
    "conflict",
    `import ${session.id} was changed in the meantime (version ${session.rowVersion})`,
    { rowVersion: session.rowVersion },
  );
}
