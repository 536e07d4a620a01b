/** PATCH /api/v1/attachments/{id}: the program's planner shows a photo on the public portal or hides it. */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { draftReportThroughApi } from "../../../tests/setup/draft-report.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { attachments, auditLog } from "../../db/schema.ts";

// Not a real JPEG: the portal sends the stored bytes back as they are, whatever they hold.
const PHOTO = new TextEncoder().encode("JPEG bridge after repair");

const upload = (name: string, type: string, bytes: Uint8Array<ArrayBuffer> = PHOTO) => {
  const data = new FormData();
  data.append("file", new File([bytes], name, { type }));
  return data;
};

describe.each(testEngines())("showing attachments on the public portal (%s)", (engine) => {
  /**
   * A published program of Tash-Kömür; executor-tk's report on m5 (its body leads it) with a photo
   * and a PDF; `accept` submits the report and planner-tk accepts it.
   */
  async function setup() {
    const { db } = await freshDatabase(engine);
    const {
      world,
      fixture: f,
      api,
      planner,
      executor,
      reportId,
    } = await draftReportThroughApi(db, {
      published: true,
      report: { percent: 30, doneText: "Көпүрө оңдолду" },
    });
    const attach = async (name: string, type: string) =>
      (await executor.post<{ id: number }>(`/api/v1/reports/${reportId}/attachments`, upload(name, type)))
        .body.id;
    const photo = await attach("kopuro.jpg", "image/jpeg");
    const pdf = await attach("akt.pdf", "application/pdf");
    const svg = await attach("plan.svg", "image/svg+xml");
    const accept = async () => {
      expect((await executor.post(`/api/v1/reports/${reportId}/submit`)).status).toBe(200);
      expect((await planner.post(`/api/v1/reports/${reportId}/accept`)).status).toBe(200);
    };
    const stored = async (id: number) => {
      const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
      return { public: row?.public, rowVersion: row?.rowVersion };
    };
    const audits = (id: number) =>
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, "attachment"), eq(auditLog.entityId, String(id))))
        .orderBy(auditLog.id);
    return { db, world, api, f, planner, executor, reportId, photo, pdf, svg, accept, stored, audits };
  }

  it("lets only the program's planner change it: others 401/403, unknown 404, nothing changed", async () => {
    const t = await setup();
    const path = `/api/v1/attachments/${t.photo}`;
    const tries = [
      ["anonymous", t.api.anonymous()],
      ["viewer-tk", await t.api.as("viewer-tk")],
      ["executor-tk (uploaded it)", t.executor],
      ["planner-ca (another territory)", await t.api.as("planner-ca")],
      ["executor-ca", await t.api.as("executor-ca")],
    ] as const;
    const statuses = [];
    for (const [who, client] of tries)
      statuses.push([who, (await client.patch(path, { public: true }, { "if-match": '"1"' })).status]);
    expect(statuses).toEqual([
      ["anonymous", 401],
      ["viewer-tk", 403],
      ["executor-tk (uploaded it)", 403],
      ["planner-ca (another territory)", 403],
      ["executor-ca", 403],
    ]);
    expect(await t.stored(t.photo)).toEqual({ public: false, rowVersion: 1 });
    expect(await t.audits(t.photo)).toHaveLength(1); // the upload's own row only
    const missing = await t.planner.patch(
      "/api/v1/attachments/99999",
      { public: true },
      { "if-match": '"1"' },
    );
    expect(missing.status).toBe(404);
    const beyondInteger = await t.planner.patch(
      "/api/v1/attachments/99999999999",
      { public: true },
      {
        "if-match": '"1"',
      },
    );
    expect(beyondInteger.status).toBe(400);
    const doc = await t.api
      .anonymous()
      .get<{ paths: Record<string, Record<string, unknown>> }>("/api/openapi.json");
    expect(doc.body.paths["/api/v1/attachments/{id}"]?.patch).toMatchObject({
      requestBody: { required: true },
    });
  });

  it("refuses documents and SVG with not_an_image, a missing or stale If-Match, and a bad body", async () => {
    const t = await setup();
    for (const id of [t.pdf, t.svg]) {
      const refused = await t.planner.patch<{ code: string }>(
        `/api/v1/attachments/${id}`,
        { public: true },
        { "if-match": '"1"' },
      );
      expect([refused.status, refused.body.code]).toEqual([400, "not_an_image"]);
      expect(await t.stored(id)).toEqual({ public: false, rowVersion: 1 });
    }
    const path = `/api/v1/attachments/${t.photo}`;
    const noIfMatch = await t.planner.patch<{ code: string }>(path, { public: true });
    expect([noIfMatch.status, noIfMatch.body.code]).toEqual([400, "invalid_input"]);
    const stale = await t.planner.patch<{ code: string }>(path, { public: true }, { "if-match": '"7"' });
    expect([stale.status, stale.body.code]).toEqual([409, "conflict"]);
    const notBoolean = await t.planner.patch(path, { public: "yes" }, { "if-match": '"1"' });
    expect(notBoolean.status).toBe(400);
    expect(await t.stored(t.photo)).toEqual({ public: false, rowVersion: 1 });
    // hiding a document is no harm (it was never shown)
    const hidden = await t.planner.patch(
      `/api/v1/attachments/${t.pdf}`,
      { public: false },
      { "if-match": '"1"' },
    );
    expect(hidden.status).toBe(200);
  });

  it("shows the photo of an accepted report on the public pages after the switch, not before, with an audit row", async () => {
    const t = await setup();
    await t.accept();
    const program = `/public/programs/${t.f.programId}`;
    const measure = `${program}/measures/${t.f.measureIds.m5}`;
    const img = `src="/public/photos/${t.photo}"`;
    const anonymous = t.api.anonymous();
    expect((await anonymous.get<string>(program)).body).not.toContain(img);
    expect((await anonymous.get<string>(measure)).body).not.toContain(img);
    expect((await anonymous.get(`/public/photos/${t.photo}`)).status).toBe(404);

    const shown = await t.planner.patch<{ public: boolean; rowVersion: number; fileName: string }>(
      `/api/v1/attachments/${t.photo}`,
      { public: true },
      { "if-match": '"1"' },
    );
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ id: t.photo, fileName: "kopuro.jpg", public: true, rowVersion: 2 });
    expect(shown.headers.get("etag")).toBe('"2"');
    expect(await t.stored(t.photo)).toEqual({ public: true, rowVersion: 2 });
    const [, changed] = await t.audits(t.photo);
    expect(changed).toMatchObject({
      action: "attachment.publish",
      userId: t.world.users["planner-tk"],
      before: { public: false, rowVersion: 1 },
      after: { public: true, rowVersion: 2 },
    });

    expect((await anonymous.get<string>(program)).body).toContain(img);
    expect((await anonymous.get<string>(measure)).body).toContain(img);
    const served = await anonymous.download(`/public/photos/${t.photo}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect(new TextDecoder().decode(served.bytes)).toBe("JPEG bridge after repair");
    // the report's own view (the review screen) says so too
    const report = await t.planner.get<{
      attachments: { id: number; public: boolean; rowVersion: number }[];
    }>(`/api/v1/reports/${t.reportId}`);
    expect(report.body.attachments.find((a) => a.id === t.photo)).toMatchObject({
      public: true,
      rowVersion: 2,
    });

    const hidden = await t.planner.patch(
      `/api/v1/attachments/${t.photo}`,
      { public: false },
      { "if-match": '"2"' },
    );
    expect(hidden.status).toBe(200);
    expect((await t.audits(t.photo)).map((a) => a.action)).toEqual([
      "attachment.add",
      "attachment.publish",
      "attachment.unpublish",
    ]);
    expect((await anonymous.get<string>(program)).body).not.toContain(img);
    expect((await anonymous.get(`/public/photos/${t.photo}`)).status).toBe(404);
  });

  it("marks a photo before its report is accepted; the portal waits for the acceptance", async () => {
    const t = await setup();
    const shown = await t.planner.patch(
      `/api/v1/attachments/${t.photo}`,
      { public: true },
      { "if-match": '"1"' },
    );
    expect(shown.status).toBe(200);
    const program = `/public/programs/${t.f.programId}`;
    const img = `src="/public/photos/${t.photo}"`;
    expect((await t.api.anonymous().get<string>(program)).body).not.toContain(img);
    await t.accept();
    expect((await t.api.anonymous().get<string>(program)).body).toContain(img);
  });
});
