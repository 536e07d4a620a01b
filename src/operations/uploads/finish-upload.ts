/**
 * The last piece of an upload: the pieces received before it and it make the file, attached to the
 * report through addAttachment (its size limit, type check, role and territory checks and audit
 * row), and in that same transaction the upload is marked finished and its pieces are dropped. A
 * failure undoes all of it: the upload stays where it was, nothing is attached.
 */
import { and, asc, eq } from "drizzle-orm";
import type { AttachmentStore } from "../../db/attachment-store.ts";
import type { Db } from "../../db/connect.ts";
import { uploadPieces, uploadSessions } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { addAttachment } from "../reporting/add-attachment.ts";
import { offsetMoved } from "./store-upload-piece.ts";
import type { UploadSession } from "./upload-session.ts";

/** Finishes the upload with its last piece (from byte `start` to the end); returns the attachment. */
export async function finishUpload(
  db: Db,
  files: AttachmentStore,
  actor: Actor,
  session: UploadSession,
  start: number,
  last: Uint8Array,
) {
  if (start + last.length !== session.size) throw new Error("the last piece must end the upload");
  const bytes = await assemble(db, session, start, last);
  const input = {
    reportId: session.reportId,
    fileName: session.fileName,
    mimeType: session.mimeType,
    bytes,
  };
  return addAttachment(db, files, actor, input, {
    alsoInTransaction: async (tx, attachment) => {
      const finished = await tx
        .update(uploadSessions)
        .set({ received: session.size, attachmentId: attachment.id })
        .where(and(eq(uploadSessions.id, session.id), eq(uploadSessions.received, start)))
        .returning({ id: uploadSessions.id });
      if (finished.length === 0) throw offsetMoved(start);
      await tx.delete(uploadPieces).where(eq(uploadPieces.uploadId, session.id));
    },
  });
}

/** The whole file: the stored pieces before `start`, which must follow each other up to it, then `last`. */
async function assemble(
  db: Db,
  session: UploadSession,
  start: number,
  last: Uint8Array,
): Promise<Uint8Array> {
  const pieces = await db
    .select({ start: uploadPieces.start, content: uploadPieces.content })
    .from(uploadPieces)
    .where(eq(uploadPieces.uploadId, session.id))
    .orderBy(asc(uploadPieces.start));
  const bytes = new Uint8Array(session.size);
  let at = 0;
  for (const piece of pieces) {
    if (piece.start !== at || at + piece.content.length > start) throw offsetMoved(start);
    bytes.set(piece.content, at);
    at += piece.content.length;
  }
  if (at !== start) throw offsetMoved(start);
  bytes.set(last, start);
  return bytes;
}
