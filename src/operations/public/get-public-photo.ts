import { sql } from "drizzle-orm";
import { type AttachmentStore, readAttachmentBytes } from "../../db/attachment-store.ts";
import type { Db } from "../../db/connect.ts";
import { AppError } from "../../domain/errors.ts";
import { rowsOf } from "../shared/progress-sql.ts";
import { PUBLIC_PROGRAM_SQL } from "./public-program-access.ts";

/**
 * A public photo's bytes: only an image marked public, of an accepted report, of a current measure
 * of a published program — anything else is the same not_found.
 */
export async function getPublicPhoto(db: Db, files: AttachmentStore, attachmentId: number) {
  const [row] = await rowsOf<{ mimeType: string; storagePath: string; sha256: string }>(
    db,
    sql`select a.mime_type as "mimeType", a.storage_path as "storagePath", a.sha256
        from attachments a join progress_reports r on r.id = a.report_id
        join measures m on m.id = r.measure_id join programs p on p.id = m.program_id
        where a.id = ${attachmentId} and a.public and a.mime_type like 'image/%'
          and r.workflow = 'accepted' and m.removed_in_version is null and ${sql.raw(PUBLIC_PROGRAM_SQL)}`,
  );
  if (!row) throw new AppError("not_found", `no public photo ${attachmentId}`);
  const bytes = await readAttachmentBytes(db, files, row);
  if (!bytes) throw new AppError("not_found", `the file of photo ${attachmentId} is missing`);
  return { mimeType: row.mimeType, sha256: row.sha256, bytes };
}
