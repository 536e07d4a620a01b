import { createHash } from "node:crypto";
import type { Db } from "../../db/connect.ts";
import { attachmentContents, attachments } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { assertEditable } from "../../domain/report-workflow.ts";
import { write } from "../shared/write.ts";
import { assertCanWrite, loadReportScope } from "./report-scope.ts";

/** `storage_path` of attachments whose bytes are in attachment_contents. */
export const DATABASE_STORAGE = "database";

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

/**
 * Attaches a file to a draft or returned report (same rights as writing it). The bytes are stored
 * once per content hash in attachment_contents, in the same transaction as the row that names them.
 */
export async function addAttachment(
  db: Db,
  actor: Actor,
  input: { reportId: number; fileName: string; mimeType: string; bytes: Uint8Array },
) {
  if (input.bytes.length > MAX_ATTACHMENT_BYTES)
    throw new AppError("too_large", `an attachment may be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
  if (input.bytes.length === 0) throw new AppError("invalid_input", "the file is empty");
  return write(db, actor, async (tx, audit) => {
    const scope = await loadReportScope(tx, input.reportId);
    assertCanWrite(actor, scope, scope.report.organizationId);
    assertEditable(scope.report.workflow);
    const sha256 = createHash("sha256").update(input.bytes).digest("hex");
    await tx.insert(attachmentContents).values({ sha256, content: input.bytes }).onConflictDoNothing();
    const [row] = await tx
      .insert(attachments)
      .values({
        reportId: input.reportId,
        fileName: sanitizeFileName(input.fileName),
        mimeType: /^[\w.+-]+\/[\w.+-]+$/.test(input.mimeType) ? input.mimeType : "application/octet-stream",
        size: input.bytes.length,
        sha256,
        storagePath: DATABASE_STORAGE,
        uploadedBy: actor.userId,
      })
      .returning();
    const created = row as typeof attachments.$inferSelect;
    await audit({ action: "attachment.add", entity: "attachment", entityId: created.id, after: created });
    return created;
  });
}
