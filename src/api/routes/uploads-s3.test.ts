/**
 * A resumable (tus) upload with S3_URL set, against a real S3-compatible server on loopback: the
 * finished upload's bytes go to the bucket through the connection's attachment store, exactly one
 * object per attachment; a last piece that is refused leaves no object behind.
 */
import { afterAll, describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { createProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { startS3Server } from "../../../tests/setup/s3-server.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld } from "../../../tests/setup/world.ts";
import { openAttachmentStore } from "../../db/attachment-store.ts";
import { attachmentContents, attachments } from "../../db/schema.ts";

const s3 = await startS3Server();
afterAll(async () => {
  await s3?.stop();
});

const TUS = { "tus-resumable": "1.0.0" };
const patch = (offset: number) => ({
  ...TUS,
  "upload-offset": String(offset),
  "content-type": "application/offset+octet-stream",
});
/** 3 pieces' worth of bytes no text decoding survives. */
const BYTES = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7 + (i >> 8)) % 256);

describe.each(testEngines())("resumable uploads into S3 on %s", (engine) => {
  it.skipIf(!s3)(
    "puts the finished file in the bucket once; a refused last piece leaves nothing",
    async () => {
      const bucket = s3 as NonNullable<typeof s3>;
      const files = await openAttachmentStore(bucket.url);
      const { db } = await freshDatabase(engine);
      const world = await createWorld(db);
      const f = await createProgramFixture(db, world);
      const api = apiFor(db, { files });
      await (await api.as("planner-tk")).post(`/api/v1/programs/${f.programId}/periods/2026-Q3/open`);
      const executor = await api.as("executor-tk");
      const draft = async (measureId: number) => {
        const body = { status: "in_progress", percent: 5, delayReason: "подрядчик опоздал" };
        const res = await executor.put<{ id: number }>(`/api/v1/measures/${measureId}/reports/2026-Q3`, body);
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        return res.body.id;
      };
      const start = async (reportId: number) => {
        const headers = { ...TUS, "upload-length": "3000" };
        const res = await executor.post(`/api/v1/reports/${reportId}/uploads`, undefined, headers);
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        return res.headers.get("location") as string;
      };

      const before = bucket.keys();
      const reportId = await draft(f.measureIds.m5 as number);
      const url = await start(reportId);
      expect((await executor.patch(url, BYTES.slice(0, 1000), patch(0))).status).toBe(204);
      expect((await executor.patch(url, BYTES.slice(1000, 2000), patch(1000))).status).toBe(204);
      expect(bucket.keys()).toEqual(before); // pieces wait in the database, not in the bucket
      expect((await executor.patch(url, BYTES.slice(2000), patch(2000))).status).toBe(204);
      const added = bucket.keys().filter((key) => !before.includes(key));
      expect(added).toHaveLength(1);
      expect(await bucket.read(added[0] as string)).toEqual(BYTES);
      const [row] = await db.select().from(attachments);
      expect(row?.storagePath).toBe(`s3:${added[0]}`);
      expect(await db.select().from(attachmentContents)).toEqual([]);

      // the report is submitted before the last piece: refused, and its object removed again
      const other = await draft(f.measureIds.m2 as number);
      const late = await start(other);
      expect((await executor.patch(late, BYTES.slice(0, 2000), patch(0))).status).toBe(204);
      expect((await executor.post(`/api/v1/reports/${other}/submit`)).status).toBe(200);
      expect((await executor.patch(late, BYTES.slice(2000), patch(2000))).status).toBe(409);
      expect(bucket.keys().filter((key) => !before.includes(key))).toEqual(added);
      expect(await db.select({ id: attachments.id }).from(attachments)).toHaveLength(1);
      files.close();
    },
  );
});
