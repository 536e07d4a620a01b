/**
 * Resumable attachment uploads (tus 1.0) through the API on both engines: start, HEAD for the
 * offset, PATCH pieces from it, a wrong offset refused (409), another user's upload refused, too
 * large refused (413), expiry after 24 h, and the last piece attaching the file exactly once.
 */
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { draftReportThroughApi } from "../../../tests/setup/draft-report.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { PASSWORD } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import { attachments, auditLog, uploadPieces, uploadSessions } from "../../db/schema.ts";

const T0 = new Date("2026-09-30T08:00:00Z");
const TUS = { "tus-resumable": "1.0.0" };
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const startHeaders = (length: number, name = "фото 1.jpg", type = "image/jpeg") => ({
  ...TUS,
  "upload-length": String(length),
  "upload-metadata": `filename ${b64(name)},filetype ${b64(type)}`,
});
const patchHeaders = (offset: number) => ({
  ...TUS,
  "upload-offset": String(offset),
  "content-type": "application/offset+octet-stream",
});
/** 25 bytes: "0123456789", "abcdefghij", "ABCDE" — three pieces of 10, 10 and 5. */
const FILE = new TextEncoder().encode("0123456789abcdefghijABCDE");

/** A draft report of executor-tk in the open 2026-Q3, and the API as of `now`. */
async function draft(db: Db, now = T0) {
  const { api, planner, executor, reportId } = await draftReportThroughApi(db, { deps: { now: () => now } });
  return { api, planner, executor, reportId };
}

type Browser = Awaited<ReturnType<ReturnType<typeof apiFor>["as"]>>;

async function startUpload(who: Browser, reportId: number, length: number) {
  const res = await who.post(`/api/v1/reports/${reportId}/uploads`, undefined, startHeaders(length));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.headers.get("location") as string;
}

const offsetOf = async (who: Browser, url: string) => (await who.head(url, TUS)).headers.get("upload-offset");

describe.each(testEngines())("resumable uploads (tus) on %s", (engine) => {
  it("takes the file in pieces from the offset, refuses a wrong offset and other users, attaches it once", async () => {
    const { db } = await freshDatabase(engine);
    const { api, planner, executor, reportId } = await draft(db);
    const noTus = { "upload-length": "25" };
    expect((await executor.post(`/api/v1/reports/${reportId}/uploads`, undefined, noTus)).status).toBe(412);
    const anonymous = api.anonymous();
    expect(
      (await anonymous.post(`/api/v1/reports/${reportId}/uploads`, undefined, startHeaders(25))).status,
    ).toBe(401);

    const url = await startUpload(executor, reportId, 25);
    expect(url).toMatch(/^\/api\/v1\/uploads\/[0-9a-f]{32}$/);
    const head = await executor.head(url, TUS);
    expect([head.status, head.headers.get("upload-offset"), head.headers.get("upload-length")]).toEqual([
      200,
      "0",
      "25",
    ]);
    expect(head.headers.get("cache-control")).toBe("no-store");
    expect(head.headers.get("tus-resumable")).toBe("1.0.0");

    const first = await executor.patch(url, FILE.slice(0, 10), patchHeaders(0));
    expect([first.status, first.headers.get("upload-offset")]).toEqual([204, "10"]);
    // the same piece again (a retry that did not know it arrived) and a jump ahead: both 409
    const again = await executor.patch<{ code: string }>(url, FILE.slice(0, 10), patchHeaders(0));
    expect([again.status, again.body.code]).toEqual([409, "conflict"]);
    expect((await executor.patch(url, FILE.slice(15, 25), patchHeaders(15))).status).toBe(409);
    expect(await offsetOf(executor, url)).toBe("10");

    // only the user who started it may touch it — not the planner, not even an admin
    const admin = await api.as("admin");
    const foreign = await planner.patch<{ code: string }>(url, FILE.slice(10, 20), patchHeaders(10));
    expect([foreign.status, foreign.body.code]).toEqual([403, "forbidden"]);
    expect((await admin.head(url, TUS)).status).toBe(403);
    expect((await admin.delete(url, TUS)).status).toBe(403);
    expect((await anonymous.patch(url, FILE.slice(10, 20), patchHeaders(10))).status).toBe(401);
    // the executor's own cookie without the CSRF token is refused too
    expect((await patchWithoutCsrf(api.app, url, FILE.slice(10, 20), 10)).status).toBe(403);
    expect(await offsetOf(executor, url)).toBe("10");

    const second = await executor.patch(url, FILE.slice(10, 20), patchHeaders(10));
    expect([second.status, second.headers.get("upload-offset")]).toEqual([204, "20"]);
    expect(await db.select().from(attachments)).toEqual([]);
    const last = await executor.patch(url, FILE.slice(20, 25), patchHeaders(20));
    expect([last.status, last.headers.get("upload-offset")]).toEqual([204, "25"]);

    const [attached, ...more] = await db.select().from(attachments);
    expect(more).toEqual([]);
    expect(attached).toMatchObject({
      reportId,
      fileName: "фото 1.jpg",
      mimeType: "image/jpeg",
      size: 25,
      sha256: createHash("sha256").update("0123456789abcdefghijABCDE").digest("hex"),
    });
    const id = (attached as { id: number }).id;
    const down = await executor.download(`/api/v1/attachments/${id}`);
    expect(new TextDecoder().decode(down.bytes)).toBe("0123456789abcdefghijABCDE");
    const added = await db.select().from(auditLog).where(eq(auditLog.action, "attachment.add"));
    expect(added.map((a) => a.entityId)).toEqual([String(id)]);
    expect(await db.select().from(uploadPieces)).toEqual([]);

    // a client that lost the last answer asks again: the upload is complete, nothing is sent twice
    expect(await offsetOf(executor, url)).toBe("25");
    const repeat = await executor.patch(url, new Uint8Array(0), patchHeaders(25));
    expect([repeat.status, repeat.headers.get("upload-offset")]).toEqual([204, "25"]);
    expect((await executor.delete(url, TUS)).status).toBe(400);
    expect(await db.select({ id: attachments.id }).from(attachments)).toEqual([{ id }]);
  });

  it("refuses what may not be attached, too large files and bodies, and lets the sender cancel", async () => {
    const { db } = await freshDatabase(engine);
    const { api, planner, executor, reportId } = await draft(db);
    const start = (who: Browser, length: number, report = reportId) =>
      who.post<{ code: string }>(`/api/v1/reports/${report}/uploads`, undefined, startHeaders(length));

    const big = await start(executor, 20 * 1024 * 1024 + 1);
    expect([big.status, big.body.code]).toEqual([413, "too_large"]);
    expect((await start(executor, 20 * 1024 * 1024)).status).toBe(201); // exactly 20 MB may start
    expect((await start(executor, 0)).status).toBe(400);
    expect((await start(await api.as("executor-ca"), 10)).status).toBe(403);
    expect((await start(await api.as("viewer-tk"), 10)).status).toBe(403);
    expect((await start(executor, 10, 999)).status).toBe(404);
    expect((await executor.post(`/api/v1/reports/${reportId}/uploads`, undefined, TUS)).status).toBe(400);
    // parallel uploads (tus concatenation) are not offered: tus's own 501, in the API's error shape
    const concat = await executor.post<{ code: string }>(`/api/v1/reports/${reportId}/uploads`, undefined, {
      ...startHeaders(10),
      "upload-concat": "partial",
    });
    expect([concat.status, concat.body.code]).toEqual([501, "http_error"]);

    // more bytes than the upload declared
    const url = await startUpload(executor, reportId, 10);
    const over = await executor.patch<{ code: string }>(url, new Uint8Array(11), patchHeaders(0));
    expect([over.status, over.body.code]).toEqual([413, "too_large"]);
    expect(await offsetOf(executor, url)).toBe("0");

    // cancelled: the session and its bytes go
    expect((await executor.patch(url, new Uint8Array(4), patchHeaders(0))).status).toBe(204);
    expect((await executor.delete(url, TUS)).status).toBe(204);
    expect((await executor.head(url, TUS)).status).toBe(404);
    const sessionId = url.split("/").pop() as string;
    expect(await db.select().from(uploadSessions).where(eq(uploadSessions.id, sessionId))).toEqual([]);
    expect(await db.select().from(uploadPieces).where(eq(uploadPieces.uploadId, sessionId))).toEqual([]);
    const cancelled = await db.select().from(auditLog).where(eq(auditLog.action, "upload.cancel"));
    expect(cancelled.map((a) => a.entityId)).toEqual([sessionId]);

    // the report is submitted while a file is on its way: the last piece is refused, nothing attached
    const late = await startUpload(executor, reportId, 6);
    expect((await executor.patch(late, new Uint8Array(3), patchHeaders(0))).status).toBe(204);
    expect((await executor.post(`/api/v1/reports/${reportId}/submit`)).status).toBe(200);
    const refused = await executor.patch<{ code: string }>(late, new Uint8Array(3), patchHeaders(3));
    expect([refused.status, refused.body.code]).toEqual([409, "conflict"]);
    expect(await offsetOf(executor, late)).toBe("3");
    expect(await db.select().from(attachments)).toEqual([]);
    expect((await start(executor, 10)).status).toBe(409);
    expect((await planner.get(`/api/v1/reports/${reportId}`)).status).toBe(200);
  });

  it("forgets an upload 24 hours after it started; the next start removes it and its bytes", async () => {
    const { db } = await freshDatabase(engine);
    const { executor, reportId } = await draft(db);
    const url = await startUpload(executor, reportId, 20);
    expect((await executor.patch(url, FILE.slice(0, 10), patchHeaders(0))).status).toBe(204);

    const almost = apiFor(db, { now: () => new Date(T0.getTime() + 24 * 3600_000 - 1000) });
    expect(await offsetOf(await almost.as("executor-tk"), url)).toBe("10");
    const later = apiFor(db, { now: () => new Date(T0.getTime() + 24 * 3600_000 + 1000) });
    const me = await later.as("executor-tk");
    expect((await me.head(url, TUS)).status).toBe(404);
    expect((await me.patch(url, FILE.slice(10, 20), patchHeaders(10))).status).toBe(404);
    expect(await db.select({ start: uploadPieces.start }).from(uploadPieces)).toEqual([{ start: 0 }]);
    await startUpload(me, reportId, 5);
    expect(await db.select({ start: uploadPieces.start }).from(uploadPieces)).toEqual([]);
    expect(await db.select().from(uploadSessions)).toHaveLength(1);
  });

  it("answers OPTIONS with the tus configuration, and the routes are in the OpenAPI document", async () => {
    const { db } = await freshDatabase(engine);
    const api = apiFor(db);
    const res = await api.app.request("/api/v1/uploads", { method: "OPTIONS" });
    expect(res.status).toBe(204);
    expect(res.headers.get("tus-version")).toBe("1.0.0");
    expect(res.headers.get("tus-max-size")).toBe(String(20 * 1024 * 1024));
    expect(res.headers.get("tus-extension")).toBe("creation,creation-with-upload,termination");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const doc = (await api.anonymous().get<{ paths: Record<string, object> }>("/api/openapi.json")).body;
    expect(Object.keys(doc.paths["/api/v1/reports/{id}/uploads"] ?? {})).toEqual(["post"]);
    expect(Object.keys(doc.paths["/api/v1/uploads/{uploadId}"] ?? {}).sort()).toEqual([
      "delete",
      "head",
      "patch",
    ]);
  });
});

/** A PATCH with the session cookie of executor-tk but no X-CSRF-Token. */
async function patchWithoutCsrf(
  app: ReturnType<typeof apiFor>["app"],
  url: string,
  bytes: Uint8Array,
  offset: number,
) {
  const login = await app.request("/api/v1/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login: "executor-tk", password: PASSWORD }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
  return app.request(url, {
    method: "PATCH",
    headers: { cookie, ...patchHeaders(offset) },
    body: new Uint8Array(bytes),
  });
}
