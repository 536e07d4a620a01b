import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { and, eq, isNull, ne, notLike } from "drizzle-orm";
import { DATABASE_STORAGE, S3_STORAGE } from "../../db/attachment-store.ts";
import type { Db } from "../../db/connect.ts";
import { attachmentContents, attachments } from "../../db/schema.ts";

/**
 * Stores made before attachment_contents kept the bytes under <dataDir>/attachments/<sha256>:
 * moves each such file into the database (whatever S3_URL says: this is a one-time move of old
 * files), one transaction per file, on opening the store; objects in S3 are not files here. A file
 * missing from the folder is left as it is (its download answers "missing"), nothing is deleted.
 */
export async function moveDiskAttachments(db: Db, dataDir: string): Promise<number> {
  const pending = await db
    .selectDistinct({ sha256: attachments.sha256, storagePath: attachments.storagePath })
    .from(attachments)
    .leftJoin(attachmentContents, eq(attachmentContents.sha256, attachments.sha256))
    .where(
      and(
        ne(attachments.storagePath, DATABASE_STORAGE),
        notLike(attachments.storagePath, `${S3_STORAGE}%`),
        isNull(attachmentContents.sha256),
      ),
    );
  let moved = 0;
  for (const file of pending) {
    const content = await readFile(join(dataDir, file.storagePath)).catch(() => null);
    if (content === null) continue;
    await db.transaction(async (tx) => {
      await tx.insert(attachmentContents).values({ sha256: file.sha256, content }).onConflictDoNothing();
      await tx
        .update(attachments)
        .set({ storagePath: DATABASE_STORAGE })
        .where(eq(attachments.sha256, file.sha256));
    });
    moved++;
  }
  return moved;
}
