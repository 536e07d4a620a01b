/**
 * Stores a piece of an upload that does not finish it. The offset check and the write are one
 * statement, so two requests (on two processes) carrying bytes for the same offset cannot both
 * store them: the later one finds the offset moved on and fails with a conflict (tus: 409).
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { uploadPieces, uploadSessions } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import type { UploadSession } from "./upload-session.ts";

/** Appends `content` at byte `start` of the upload; conflict unless `start` is what was received so far. */
export async function storeUploadPiece(
  db: Db,
  session: UploadSession,
  start: number,
  content: Uint8Array,
): Promise<void> {
  if (start + content.length >= session.size)
    throw new Error("the piece that completes an upload goes through finishUpload");
  await db.transaction(async (tx) => {
    const moved = await tx
      .update(uploadSessions)
      .set({ received: sql`${uploadSessions.received} + ${content.length}` })
      .where(and(eq(uploadSessions.id, session.id), eq(uploadSessions.received, start)))
      .returning({ id: uploadSessions.id });
    if (moved.length === 0) throw offsetMoved(start);
    await tx.insert(uploadPieces).values({ uploadId: session.id, start, content });
  });
}

/** The conflict of a request whose offset is no longer the upload's. */
export function offsetMoved(start: number): AppError {
  return new AppError(
    "conflict",
    `the upload is no longer at byte ${start}: ask for its offset again (HEAD) and resume from there`,
  );
}
