import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createProgramFixture } from "../../tests/setup/program-fixture.ts";
import { freshDatabase, testEngines } from "../../tests/setup/test-db.ts";
import { createWorld, ROOT } from "../../tests/setup/world.ts";
import { addAttachment } from "../operations/reporting/add-attachment.ts";
import { openPeriod } from "../operations/reporting/open-period.ts";
import { saveReport } from "../operations/reporting/save-report.ts";
import { databaseAttachmentStore, readAttachmentBytes } from "./attachment-store.ts";
import { attachments } from "./schema.ts";

describe.each(testEngines())("the database attachment store (%s)", (engine) => {
  it("keeps content one row still names, and reads a row by its storage_path", async () => {
    const { db } = await freshDatabase(engine);
    const files = databaseAttachmentStore();
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    await openPeriod(db, ROOT, f.programId, "2026-Q3");
    const { report } = await saveReport(db, ROOT, {
      measureId: f.measureIds.m5 as number,
      period: "2026-Q3",
      organizationId: world.organizations.propertyDept.id,
      status: "in_progress",
      percent: 10,
    });
    const bytes = new TextEncoder().encode("акт");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const row = await addAttachment(db, files, ROOT, {
      reportId: report.id,
      fileName: "akt.txt",
      mimeType: "text/plain",
      bytes,
    });
    expect(row.storagePath).toBe("database");
    expect(await readAttachmentBytes(db, files, row)).toEqual(bytes);

    await files.delete(db, sha256);
    expect(await files.get(db, sha256)).toEqual(bytes);
    await db.delete(attachments);
    await files.delete(db, sha256);
    expect(await files.get(db, sha256)).toBeNull();

    // A row whose bytes are in S3, read by a process without S3_URL: a fault, not "missing".
    await expect(readAttachmentBytes(db, files, { storagePath: "s3:x/1", sha256 })).rejects.toThrow(
      "this process has no S3_URL",
    );
  });
});
