import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { attachments, measures, progressReports } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { mayBePublic } from "../../domain/public-photo.ts";
import type { ReportAttachment } from "../../domain/views.ts";
import { managedProgram } from "../programs/program-access.ts";
import { write } from "../shared/write.ts";

/**
 * Shows an attachment on the public portal or hides it again, by the program's planner
 * (program.manage over its territory), when `ifMatch` is the attachment's row version (else
 * conflict, nothing changed); one audit row. Only photos may be shown (not_an_image otherwise);
 * the portal shows them once their report is accepted.
 */
export async function setAttachmentPublic(
  db: Db,
  actor: Actor,
  attachmentId: number,
  input: { public: boolean },
  ifMatch: number,
): Promise<ReportAttachment> {
  const [found] = await db
    .select({ attachment: attachments, programId: measures.programId })
    .from(attachments)
    .innerJoin(progressReports, eq(progressReports.id, attachments.reportId))
    .innerJoin(measures, eq(measures.id, progressReports.measureId))
    .where(eq(attachments.id, attachmentId));
  if (!found) throw new AppError("not_found", `attachment ${attachmentId} not found`);
  await managedProgram(db, actor, found.programId);
  const current = found.attachment;
  if (input.public && !mayBePublic(current.mimeType))
    throw new AppError(
      "not_an_image",
      `only photos (JPEG, PNG, WebP, GIF) may be public; ${current.fileName} is ${current.mimeType}`,
    );
  return write(db, actor, async (tx, audit) => {
    const [row] = await tx
      .update(attachments)
      .set({ public: input.public, rowVersion: ifMatch + 1 })
      .where(and(eq(attachments.id, attachmentId), eq(attachments.rowVersion, ifMatch)))
      .returning();
    if (!row)
      throw new AppError("conflict", `attachment ${attachmentId} was changed by someone else`, {
        rowVersion: current.rowVersion,
      });
    await audit({
      action: input.public ? "attachment.publish" : "attachment.unpublish",
      entity: "attachment",
      entityId: attachmentId,
      before: current,
      after: row,
    });
    const { id, reportId, fileName, mimeType, size, sha256, rowVersion } = row;
    return { id, reportId, fileName, mimeType, size, sha256, public: row.public, rowVersion };
  });
}
