import { createHash } from "node:crypto";
import { type AttachmentStore, storagePathOf } from "../../db/attachment-store.ts";
import type { Db } from "../../db/connect.ts";
import { attachments } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { assertEditable } from "../../domain/report-workflow.ts";
import { write } from "../shared/write.ts";
import { assertCanWrite, loadReportScope } from "./report-scope.ts";

/** The largest file a report may carry. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** A file name safe to store and to send back: no folders, no control or shell characters, ≤ 150 chars. */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}"'<>|:*?;`$]/gu, "")
    .replace(/\s+/g, " ")
    .replace(/^[.\s]+/, "")
    .trim()
    .slice(0, 150);
  return clean === "" ? "file" : clean;
}

/** What a caller may add to the attachment's transaction. */
export interface AddAttachmentOptions {
  /** More work in the same transaction (a resumable upload marks itself finished); a throw undoes all. */
  alsoInTransaction?: (tx: Db, attachment: typeof attachments.$inferSelect) => Promise<void>;
}

/**
 * Attaches a file to a draft or returned report (same rights as writing it). The database store
 * keeps the bytes once per content hash, in the transaction that records the row; an outside
 * store (S3) gets them under a new key before that transaction, only once the actor may attach,
 * and loses them again when it fails (decision 016).
 */
export async function addAttachment(
  db: Db,
  files: AttachmentStore,
  actor: Actor,
  input: { reportId: number; fileName: string; mimeType: string; bytes: Uint8Array },
  options: AddAttachmentOptions = {},
) {
  if (input.bytes.length > MAX_ATTACHMENT_BYTES)
    throw new AppError("too_large", `an attachment may be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
  if (input.bytes.length === 0) throw new AppError("invalid_input", "the file is empty");
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const key = files.newKey(sha256);
  if (!files.inTransaction) {
    await assertCanAttach(db, actor, input.reportId);
    await files.put(db, key, input.bytes);
  }
  try {
    return await write(db, actor, async (tx, audit) => {
      await assertCanAttach(tx, actor, input.reportId);
      if (files.inTransaction) await files.put(tx, key, input.bytes);
      const [row] = await tx
        .insert(attachments)
        .values({
          reportId: input.reportId,
          fileName: sanitizeFileName(input.fileName),
          mimeType: /^[\w.+-]+\/[\w.+-]+$/.test(input.mimeType) ? input.mimeType : "application/octet-stream",
          size: input.bytes.length,
          sha256,
          storagePath: storagePathOf(files, key),
          uploadedBy: actor.userId,
        })
        .returning();
      const created = row as typeof attachments.$inferSelect;
      await audit({ action: "attachment.add", entity: "attachment", entityId: created.id, after: created });
      await options.alsoInTransaction?.(tx, created);
      return created;
    });
  } catch (error) {
    // No row names the object: remove it (best effort; one left behind is never read).
    if (!files.inTransaction) await files.delete(db, key).catch(() => {});
    throw error;
  }
}

/** Throws unless the actor may write the report and the report may still change. */
export async function assertCanAttach(db: Db, actor: Actor, reportId: number): Promise<void> {
  const scope = await loadReportScope(db, reportId);
  assertCanWrite(actor, scope, scope.report.organizationId);
  assertEditable(scope.report.workflow);
}
