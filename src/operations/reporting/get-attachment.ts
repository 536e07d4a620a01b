import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { attachments } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { assertCanReadReports, loadReportScope } from "./report-scope.ts";

/** An attachment's metadata and bytes, for those who may read its report. */
export async function getAttachment(db: Db, actor: Actor, attachmentId: number, dataDir: string) {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, attachmentId));
  if (!row) throw new AppError("not_found", `attachment ${attachmentId} not found`);
  const scope = await loadReportScope(db, row.reportId);
  assertCanReadReports(actor, scope.program);
  try {
    return { attachment: row, bytes: await readFile(join(dataDir, row.storagePath)) };
  } catch {
    throw new AppError("not_found", `the file of attachment ${attachmentId} is missing from the data folder`);
  }
}
