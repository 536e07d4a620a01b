/**
 * Two requests carrying the same bytes of an upload at once (two server processes on PostgreSQL,
 * one after the other on PGlite): exactly one is stored, exactly one attachment is made.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { createProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { actorOf } from "../../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld } from "../../../tests/setup/world.ts";
import { databaseAttachmentStore } from "../../db/attachment-store.ts";
import type { Db } from "../../db/connect.ts";
import { attachments, auditLog, uploadPieces, uploadSessions } from "../../db/schema.ts";
import { finishUpload } from "./finish-upload.ts";
import { storeUploadPiece } from "./store-upload-piece.ts";
import { startUpload } from "./upload-session.ts";

const NOW = new Date("2026-09-30T08:00:00Z");
const bytes = (text: string) => new TextEncoder().encode(text);

/** An 8-byte upload of executor-tk to a draft report. */
async function upload(db: Db) {
  const world = await createWorld(db);
  const f = await createProgramFixture(db, world);
  const api = apiFor(db);
  await (await api.as("planner-tk")).post(`/api/v1/programs/${f.programId}/periods/2026-Q3/open`);
  const report = await (await api.as("executor-tk")).put<{ id: number }>(
    `/api/v1/measures/${f.measureIds.m5}/reports/2026-Q3`,
    { status: "in_progress", percent: 10 },
  );
  const actor = await actorOf(db, "executor-tk");
  const input = {
    id: "a".repeat(32),
    reportId: report.body.id,
    fileName: "акт.txt",
    mimeType: "text/plain",
    size: 8,
  };
  return { actor, session: await startUpload(db, actor, input, NOW) };
}

const outcomes = (settled: PromiseSettledResult<unknown>[]) =>
  settled.map((s) => (s.status === "fulfilled" ? "stored" : (s.reason as { code?: string }).code)).sort();

describe.each(testEngines())("upload pieces on %s", (engine) => {
  it("stores one of two pieces sent for the same offset; the other is a conflict", async () => {
    const { db } = await freshDatabase(engine);
    const { session } = await upload(db);
    const settled = await Promise.allSettled([
      storeUploadPiece(db, session, 0, bytes("ABCD")),
      storeUploadPiece(db, session, 0, bytes("WXYZ")),
    ]);
    expect(outcomes(settled)).toEqual(["conflict", "stored"]);
    const [row] = await db.select().from(uploadSessions);
    expect(row?.received).toBe(4);
    const pieces = await db.select().from(uploadPieces);
    expect(pieces.map((p) => [p.start, p.content.length])).toEqual([[0, 4]]);
  });

  it("makes one attachment of two finishing requests at once", async () => {
    const { db } = await freshDatabase(engine);
    const { actor, session } = await upload(db);
    await storeUploadPiece(db, session, 0, bytes("ABCD"));
    const files = databaseAttachmentStore();
    const settled = await Promise.allSettled([
      finishUpload(db, files, actor, session, 4, bytes("EFGH")),
      finishUpload(db, files, actor, session, 4, bytes("EFGH")),
    ]);
    expect(outcomes(settled)).toEqual(["conflict", "stored"]);
    const made = await db.select().from(attachments);
    expect(made.map((a) => [a.fileName, a.size])).toEqual([["акт.txt", 8]]);
    const audited = await db.select().from(auditLog).where(eq(auditLog.action, "attachment.add"));
    expect(audited).toHaveLength(1);
    const [row] = await db.select().from(uploadSessions);
    expect([row?.received, row?.attachmentId]).toEqual([8, made[0]?.id]);
    expect(await db.select().from(uploadPieces)).toEqual([]);
  });
});
