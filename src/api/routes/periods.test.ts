import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { createProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld } from "../../../tests/setup/world.ts";
import { auditLog } from "../../db/schema.ts";

type Period = { id: number | null; key: string; status: string };

describe.each(testEngines())("periods API on %s", (engine) => {
  it("lists the program's quarters, opens and closes them with audit rows, once each", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    const planner = await apiFor(db).as("planner-tk");
    const list = () =>
      planner.get<{ items: Period[]; total: number }>(`/api/v1/programs/${f.programId}/periods`);
    const first = await list();
    expect(first.body.total).toBe(12); // 2026–2028 × 4
    expect(first.body.items.slice(0, 2)).toEqual([
      { id: null, key: "2026-Q1", year: 2026, quarter: 1, status: "closed", rowVersion: null },
      { id: null, key: "2026-Q2", year: 2026, quarter: 2, status: "closed", rowVersion: null },
    ]);
    const opened = await planner.post<Period>(`/api/v1/programs/${f.programId}/periods/2026-Q3/open`);
    expect(opened.body).toMatchObject({ key: "2026-Q3", status: "open", rowVersion: 1 });
    expect(
      (await planner.post<Period>(`/api/v1/programs/${f.programId}/periods/2026-Q3/open`)).body.status,
    ).toBe("open");
    const closed = await planner.post<Period>(`/api/v1/programs/${f.programId}/periods/2026-Q3/close`);
    expect(closed.body).toMatchObject({ id: opened.body.id, status: "closed", rowVersion: 2 });
    expect((await list()).body.items[2]).toMatchObject({
      key: "2026-Q3",
      id: opened.body.id,
      status: "closed",
    });
    const audit = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, "reporting_period"))
      .orderBy(auditLog.id);
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([
      ["period.open", String(opened.body.id)],
      ["period.close", String(opened.body.id)],
    ]);
    expect((await planner.post(`/api/v1/programs/${f.programId}/periods/2029-Q1/open`)).status).toBe(400);
    expect((await planner.post(`/api/v1/programs/${f.programId}/periods/2026-Q9/open`)).status).toBe(400);
    expect((await planner.post("/api/v1/programs/999/periods/2026-Q1/open")).status).toBe(404);
    expect((await planner.get("/api/v1/programs/999/periods")).status).toBe(404);
    const paged = await planner.get<{ items: Period[] }>(
      `/api/v1/programs/${f.programId}/periods?page=2&pageSize=5`,
    );
    expect(paged.body.items.map((p) => p.key)).toEqual([
      "2027-Q2",
      "2027-Q3",
      "2027-Q4",
      "2028-Q1",
      "2028-Q2",
    ]);
  });

  it("documents its routes in the OpenAPI document", async () => {
    const { db } = await freshDatabase(engine);
    const doc = await apiFor(db).anonymous().get<{ paths: Record<string, unknown> }>("/api/openapi.json");
    for (const path of [
      "/api/v1/programs/{id}/periods",
      "/api/v1/programs/{id}/periods/{period}/open",
      "/api/v1/programs/{id}/reports",
      "/api/v1/measures/{id}/reports/{period}",
      "/api/v1/reports/{id}/return",
      "/api/v1/reports/batch",
      "/api/v1/reports/{id}/attachments",
      "/api/v1/attachments/{id}",
      "/api/v1/programs/{id}/dashboard",
      "/api/v1/programs/{id}/reporting-rate",
    ])
      expect(Object.keys(doc.body.paths)).toContain(path);
  });
});
