/**
 * Attachments with S3_URL set, against a real S3-compatible server on loopback
 * (tests/setup/s3-server.ts): the bytes go to the bucket, the row to the database, and whatever
 * fails leaves neither. Without S3_URL the database keeps the bytes, as before.
 */
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { draftReportThroughApi } from "../../../tests/setup/draft-report.ts";
import { startS3Server } from "../../../tests/setup/s3-server.ts";
import { type Engine, freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { type AttachmentStore, openAttachmentStore } from "../../db/attachment-store.ts";
import type { Db } from "../../db/connect.ts";
import { attachmentContents, attachments, auditLog } from "../../db/schema.ts";

const s3 = await startS3Server();
afterAll(async () => {
  await s3?.stop();
});

/** 300 kB that no text decoding survives: every byte value, in an order no encoder keeps. */
const BYTES = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7 + (i >> 8)) % 256);

const upload = (bytes: Uint8Array, name: string, type: string) => {
  const data = new FormData();
  data.append("file", new File([new Uint8Array(bytes)], name, { type }));
  return data;
};

/** A published program with an open 2026-Q3 and executor-tk's draft report on m5, the app on `files`. */
async function draftReport(engine: Engine, files: AttachmentStore) {
  const { db } = await freshDatabase(engine);
  const { api, planner, executor, reportId } = await draftReportThroughApi(db, {
    published: true,
    deps: { files },
  });
  return { db, api, planner, executor, reportId };
}

async function countOf(db: Db, table: "attachments" | "attachment_contents"): Promise<number> {
  const rows = (await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
    rows: { n: number }[];
  };
  return rows.rows[0]?.n ?? -1;
}

describe.each(testEngines())("attachments in S3 on %s", (engine) => {
  it.skipIf(!s3)("an upload goes to the bucket under a new key and comes back byte for byte", async () => {
    const bucket = s3 as NonNullable<typeof s3>;
    const files = await openAttachmentStore(bucket.url);
    const { db, api, executor, reportId } = await draftReport(engine, files);
    const before = bucket.keys();
    const up = await executor.post<{ id: number; size: number }>(
      `/api/v1/reports/${reportId}/attachments`,
      upload(BYTES, "сүрөт.png", "image/png"),
    );
    expect([up.status, up.body.size]).toEqual([201, 300_000]);
    const [row] = await db.select().from(attachments);
    expect(row?.storagePath).toMatch(
      /^s3:attachments\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    const key = (row?.storagePath ?? "").slice("s3:".length);
    expect(bucket.keys()).toEqual([...before, key].sort());
    expect(await bucket.read(key)).toEqual(BYTES);
    expect(await countOf(db, "attachment_contents")).toBe(0);

    const down = await (await api.as("viewer-tk")).download(`/api/v1/attachments/${up.body.id}`);
    expect(down.status).toBe(200);
    expect(down.bytes).toEqual(BYTES);
    // The same bytes again are a second object: no two rows ever share (or delete) one.
    const again = await executor.post(
      `/api/v1/reports/${reportId}/attachments`,
      upload(BYTES, "b.png", "image/png"),
    );
    expect(again.status).toBe(201);
    expect(bucket.keys()).toHaveLength(before.length + 2);
    files.close();
  });

  it.skipIf(!s3)(
    "a failed transaction, a refusal or a store refusing the key leave no row and no object",
    async () => {
      const bucket = s3 as NonNullable<typeof s3>;
      const files = await openAttachmentStore(bucket.url);
      const { db, api, executor, reportId } = await draftReport(engine, files);
      const before = bucket.keys();
      // The database refuses the row after the object was written: the object goes too.
      await db.execute(
        sql.raw(`create function refuse_attachment() returns trigger language plpgsql as $$
               begin raise exception 'the test refuses attachments'; end $$`),
      );
      await db.execute(
        sql.raw(`create trigger refuse_attachment before insert on attachments
               for each row execute function refuse_attachment()`),
      );
      try {
        const failed = await executor.post(
          `/api/v1/reports/${reportId}/attachments`,
          upload(BYTES, "a.png", "image/png"),
        );
        expect(failed.status).toBe(500);
      } finally {
        await db.execute(sql.raw("drop trigger refuse_attachment on attachments"));
        await db.execute(sql.raw("drop function refuse_attachment()"));
      }
      // An executor of another body is refused before any byte is written.
      const other = await api.as("executor-ca");
      const refused = await other.post(
        `/api/v1/reports/${reportId}/attachments`,
        upload(BYTES, "a.png", "image/png"),
      );
      expect(refused.status).toBe(403);
      // A wrong secret: the server refuses the signature, nothing is recorded.
      const wrong = await openAttachmentStore(bucket.wrongSecretUrl);
      const wrongApi = apiFor(db, { files: wrong });
      const denied = await (await wrongApi.as("executor-tk")).post(
        `/api/v1/reports/${reportId}/attachments`,
        upload(BYTES, "a.png", "image/png"),
      );
      expect(denied.status).toBe(500);

      expect(bucket.keys()).toEqual(before);
      expect(await countOf(db, "attachments")).toBe(0);
      const audited = await db.select().from(auditLog).where(sql`${auditLog.action} = 'attachment.add'`);
      expect(audited).toEqual([]);
      wrong.close();
      files.close();
    },
  );

  it.skipIf(!s3)("a public photo of an accepted report is read from the bucket", async () => {
    const files = await openAttachmentStore((s3 as NonNullable<typeof s3>).url);
    const { db, api, planner, executor, reportId } = await draftReport(engine, files);
    const up = await executor.post<{ id: number }>(
      `/api/v1/reports/${reportId}/attachments`,
      upload(BYTES, "kopuro.jpg", "image/jpeg"),
    );
    // Marked public in the table (how it is marked is not this test's concern).
    await db.update(attachments).set({ public: true });
    await executor.post(`/api/v1/reports/${reportId}/submit`);
    expect((await planner.post(`/api/v1/reports/${reportId}/accept`)).status).toBe(200);
    const photo = await api.anonymous().download(`/public/photos/${up.body.id}`);
    expect([photo.status, photo.headers.get("content-type")]).toEqual([200, "image/jpeg"]);
    expect(photo.bytes).toEqual(BYTES);
    files.close();
  });

  it.skipIf(!s3)("without S3_URL the bytes stay in the database, none in the bucket", async () => {
    const bucket = s3 as NonNullable<typeof s3>;
    const files = await openAttachmentStore(undefined);
    expect(files.kind).toBe("database");
    const { db, executor, reportId } = await draftReport(engine, files);
    const before = bucket.keys();
    const up = await executor.post(
      `/api/v1/reports/${reportId}/attachments`,
      upload(BYTES, "a.png", "image/png"),
    );
    expect(up.status).toBe(201);
    const [row] = await db.select().from(attachments);
    expect(row?.storagePath).toBe("database");
    const [stored] = await db.select().from(attachmentContents);
    expect(stored?.content).toEqual(BYTES);
    expect(bucket.keys()).toEqual(before);
  });
});
