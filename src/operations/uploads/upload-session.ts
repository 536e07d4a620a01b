/**
 * Resumable (tus) uploads of report attachments: starting one, finding the actor's own, and
 * cancelling it. The bytes arrive in pieces (store-upload-piece.ts, finish-upload.ts); everything
 * is in the database, so a piece may reach any server process (docs/decisions/017).
 */
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { uploadSessions } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { assertCanAttach, MAX_ATTACHMENT_BYTES } from "../reporting/add-attachment.ts";
import { write } from "../shared/write.ts";

/** An upload is kept this long after it started, finished or not. */
export const UPLOAD_HOURS = 24;

/** One upload as stored. */
export type UploadSession = typeof uploadSessions.$inferSelect;

/** What the client declares when it starts an upload. */
export interface NewUpload {
  /** The upload's id, random and unguessable (the tus server names it). */
  id: string;
  reportId: number;
  fileName: string;
  mimeType: string;
  size: number;
}

/**
 * Starts an upload of a file to a report the actor may attach to (the add-attachment checks: role,
 * territory, the report still editable; the same size limit), dropping expired uploads first.
 */
export async function startUpload(db: Db, actor: Actor, input: NewUpload, now: Date): Promise<UploadSession> {
  const userId = signedIn(actor);
  if (input.size > MAX_ATTACHMENT_BYTES)
    throw new AppError(
      "too_large",
      `an attachment may be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`,
      undefined,
      { limitMb: MAX_ATTACHMENT_BYTES / 1024 / 1024 },
    );
  if (input.size <= 0) throw new AppError("invalid_input", "the file is empty");
  const expiresAt = new Date(now.getTime() + UPLOAD_HOURS * 3600_000);
  return write(db, actor, async (tx, audit) => {
    await tx.delete(uploadSessions).where(lt(uploadSessions.expiresAt, now));
    await assertCanAttach(tx, actor, input.reportId);
    const [row] = await tx
      .insert(uploadSessions)
      .values({ ...input, userId, createdAt: now, expiresAt })
      .returning();
    const session = row as UploadSession;
    const { reportId, fileName, mimeType, size } = session;
    await audit({
      action: "upload.start",
      entity: "upload",
      entityId: session.id,
      after: { reportId, fileName, mimeType, size, expiresAt },
    });
    return session;
  });
}

/** The actor's own upload, not expired; not_found otherwise, forbidden when it is someone else's. */
export async function findUpload(db: Db, actor: Actor, id: string, now: Date): Promise<UploadSession> {
  const userId = signedIn(actor);
  const [session] = await db.select().from(uploadSessions).where(eq(uploadSessions.id, id));
  if (!session || session.expiresAt <= now) throw new AppError("not_found", "no such upload (or it expired)");
  if (session.userId !== userId) throw new AppError("forbidden", "this upload is another user's");
  return session;
}

/** Cancels the actor's unfinished upload (tus termination): the session and its bytes go. */
export async function cancelUpload(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  const session = await findUpload(db, actor, id, now);
  if (session.received >= session.size)
    throw new AppError("conflict", "the upload is finished: its attachment exists");
  await write(db, actor, async (tx, audit) => {
    await tx
      .delete(uploadSessions)
      .where(and(eq(uploadSessions.id, id), eq(uploadSessions.userId, session.userId)));
    await audit({ action: "upload.cancel", entity: "upload", entityId: id, before: session });
  });
}

function signedIn(actor: Actor): number {
  if (actor.userId === null) throw new AppError("unauthorized", "sign in first");
  return actor.userId;
}
