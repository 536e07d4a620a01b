import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { draftReportThroughApi } from "../../../tests/setup/draft-report.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { attachmentContents, attachments, auditLog } from "../../db/schema.ts";
import { sanitizeFileName } from "../../operations/reporting/add-attachment.ts";

const form = (bytes: Uint8Array<ArrayBuffer>, name: string, type = "application/pdf") => {
  const data = new FormData();
  data.append("file", new File([bytes], name, { type }));
  return data;
};

describe("sanitizeFileName", () => {
  it("keeps the base name without folders, quotes or control characters", () => {
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("C:\\Users\\a\\акт №3.pdf")).toBe("акт №3.pdf");
    expect(sanitizeFileName('a"b<c>\u0000\n.txt')).toBe("abc.txt");
    expect(sanitizeFileName("...")).toBe("file");
    expect(sanitizeFileName("x".repeat(300))).toHaveLength(150);
  });
});

describe.each(testEngines())("attachments API on %s", (engine) => {
  it("stores an upload by its hash, serves it to readers, refuses oversize files and locked reports", async () => {
    const { db } = await freshDatabase(engine);
    const { api, planner, executor, reportId } = await draftReportThroughApi(db);
    const bytes = new TextEncoder().encode("%PDF-1.4 act of work");
    const up = await executor.post<{ id: number; fileName: string; size: number; sha256: string }>(
      `/api/v1/reports/${reportId}/attachments`,
      form(bytes, "../акт.pdf"),
    );
    expect(up.status).toBe(201);
    const sha = createHash("sha256").update(bytes).digest("hex");
    expect(up.body).toMatchObject({ fileName: "акт.pdf", size: bytes.length, sha256: sha });
    const [stored] = await db.select().from(attachmentContents).where(eq(attachmentContents.sha256, sha));
    expect(stored?.content).toEqual(bytes);

    const viewer = await api.as("viewer-tk");
    const down = await viewer.get<string>(`/api/v1/attachments/${up.body.id}`);
    expect(down.status).toBe(200);
    expect(down.body).toBe("%PDF-1.4 act of work");
    expect(down.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("акт.pdf")}`,
    );
    expect(down.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await (await api.as("executor-ca")).get(`/api/v1/attachments/${up.body.id}`)).status).toBe(403);
    expect((await api.anonymous().get(`/api/v1/attachments/${up.body.id}`)).status).toBe(401);
    expect((await viewer.get("/api/v1/attachments/999")).status).toBe(404);

    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    const tooBig = await executor.post<{ code: string }>(
      `/api/v1/reports/${reportId}/attachments`,
      form(big, "big.bin"),
    );
    expect([tooBig.status, tooBig.body.code]).toEqual([413, "too_large"]);
    expect(await db.select().from(attachments)).toHaveLength(1);
    expect(await db.select({ sha: attachmentContents.sha256 }).from(attachmentContents)).toEqual([{ sha }]);

    const noFile = await executor.post(`/api/v1/reports/${reportId}/attachments`, new FormData());
    expect(noFile.status).toBe(400);
    await executor.post(`/api/v1/reports/${reportId}/submit`);
    await planner.post(`/api/v1/reports/${reportId}/accept`);
    const locked = await executor.post(`/api/v1/reports/${reportId}/attachments`, form(bytes, "late.pdf"));
    expect(locked.status).toBe(409);
    const audited = await db.select().from(auditLog).where(eq(auditLog.action, "attachment.add"));
    expect(audited.map((a) => a.entityId)).toEqual([String(up.body.id)]);
  });
});
