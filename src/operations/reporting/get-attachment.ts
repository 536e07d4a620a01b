import { eq } from "drizzle-orm";
import { type AttachmentStore, readAttachmentBytes } from "../../db/attachment-store.ts";
import type { Db } from "../../db/connect.ts";
import { attachments } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { assertCanReadReports, loadReportScope } from "./report-scope.ts";

/** An attachment's metadata and bytes (from wherever its row says they are), for those who may read its report. */
export async function getAttachment(db: Db, files: AttachmentStore, actor: Actor, attachmentId: number) {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, attachmentId));
  if (!row) throw new AppError("not_found", `attachment ${attachmentId} not found`);
  const scope = await loadReportScope(db, row.reportId);
  assertCanReadReports(actor, scope.program);
  const bytes = await readAttachmentBytes(db, files, row);
  if (!bytes) throw new AppError("not_found", `the content of attachment ${attachmentId} is missing`);
  return { attachment: row, bytes };
}
