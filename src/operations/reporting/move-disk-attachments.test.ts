import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT } from "../../../tests/setup/world.ts";
import { attachmentContents, attachments } from "../../db/schema.ts";
import { getAttachment } from "./get-attachment.ts";
import { moveDiskAttachments } from "./move-disk-attachments.ts";
import { openPeriod } from "./open-period.ts";
import { saveReport } from "./save-report.ts";

describe.each(testEngines())("attachments a former version kept on disk (%s)", (engine) => {
  it("move into the database once; a file missing from the folder is left alone", async () => {
    const { db, files } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    await openPeriod(db, ROOT, f.programId, "2026-Q3");
    const { report } = await saveReport(db, ROOT, {
      measureId: (f.measureIds as Record<string, number>).m5 as number,
      period: "2026-Q3",
      organizationId: world.organizations.propertyDept.id,
      status: "in_progress",
      percent: 10,
    });
    const dataDir = mkdtempSync(join(tmpdir(), "legacy-attachments-"));
    mkdirSync(join(dataDir, "attachments"));
    const kept = new TextEncoder().encode("акт 1");
    const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
    writeFileSync(join(dataDir, "attachments", sha(kept)), kept);
    const legacy = (name: string, hash: string) => ({
      reportId: report.id,
      fileName: name,
      mimeType: "text/plain",
      size: 9,
      sha256: hash,
      storagePath: `attachments/${hash}`,
    });
    const [onDisk] = await db
      .insert(attachments)
      .values([legacy("a.txt", sha(kept)), legacy("lost.txt", "0".repeat(64))])
      .returning();

    expect(await moveDiskAttachments(db, dataDir)).toBe(1);
    expect(await moveDiskAttachments(db, dataDir)).toBe(0);
    const read = await getAttachment(db, files, ROOT, onDisk?.id as number);
    expect(new TextDecoder().decode(read.bytes)).toBe("акт 1");
    const stored = await db.select({ sha: attachmentContents.sha256 }).from(attachmentContents);
    expect(stored).toEqual([{ sha: sha(kept) }]);
    const [lost] = await db.select().from(attachments).where(eq(attachments.fileName, "lost.txt"));
    expect(lost?.storagePath).toBe(`attachments/${"0".repeat(64)}`);
  });
});
