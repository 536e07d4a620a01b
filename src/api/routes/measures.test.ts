import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { smallPlan } from "../../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT } from "../../../tests/setup/world.ts";
import { auditLog, measures } from "../../db/schema.ts";
import { savePlan } from "../../operations/programs/save-plan.ts";

const plan = smallPlan({ mayor: "Таш-Көмүр шаардык мэриясы", property: "Муниципалдык менчик департаменти" });
type Item = { id: number; number: string; overdue: boolean };
type PageBody = { items: Item[]; total: number; page: number; pageSize: number };

describe.each(testEngines())("measure routes on %s", (engine) => {
  it("lists measures with filters from the query string", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const { programId } = await savePlan(db, ROOT, {
      territoryId: world.territories.tashKomur.id,
      plan,
      sourceName: "s",
    });
    const viewer = await apiFor(db).as("viewer-tk");
    const numbers = async (query: string) => {
      const res = await viewer.get<PageBody>(`/api/v1/programs/${programId}/measures${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((m) => m.number);
    };
    // Today is 2026-09-30 in the test client: measure 1 is past its June deadline, 3 has 2025 open,
    // 6 (due 2026-03-31) is not done either.
    expect(await numbers("?overdue=true")).toEqual(["1", "3", "6"]);
    expect(await numbers("?due=2026-Q3")).toEqual(["2"]);
    expect(await numbers("?funding=grant")).toEqual(["5"]);
    expect(await numbers(`?organization=${world.organizations.propertyDept.id}`)).toEqual(["2"]);
    expect(await numbers(`?q=${encodeURIComponent("ЧАТЫР")}`)).toEqual(["5"]);
    expect(await numbers("?sort=-position&pageSize=2&page=1")).toEqual(["6", "5"]);
    const paged = await viewer.get<PageBody>(`/api/v1/programs/${programId}/measures?page=3&pageSize=2`);
    expect([paged.body.total, paged.body.page, paged.body.items.length]).toEqual([6, 3, 2]);
    expect((await viewer.get(`/api/v1/programs/${programId}/measures?due=2026-Q5`)).status).toBe(400);
    expect((await viewer.get(`/api/v1/programs/${programId}/measures?pageSize=1000`)).status).toBe(400);
    expect((await viewer.get(`/api/v1/programs/${programId}/measures?sort=colour`)).status).toBe(400);
    expect((await viewer.get("/api/v1/programs/999/measures")).status).toBe(404);
  });

  it("edits a measure with If-Match, refusing stale and missing ones and malformed bodies", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    await savePlan(db, ROOT, { territoryId: world.territories.tashKomur.id, plan, sourceName: "s" });
    const [first] = await db.select().from(measures).orderBy(measures.position).limit(1);
    const id = first?.id as number;
    const planner = await apiFor(db).as("planner-tk");
    const got = await planner.get<{ rowVersion: number; bodies: { role: string }[] }>(
      `/api/v1/measures/${id}`,
    );
    expect([got.status, got.headers.get("etag"), got.body.bodies.map((b) => b.role)]).toEqual([
      200,
      '"1"',
      ["lead", "co"],
    ]);
    const ok = await planner.patch<{ deadline: { from: string; to: string } }>(
      `/api/v1/measures/${id}`,
      { deadline: { text: "2026-жылдын IV-кварталы" } },
      { "if-match": '"1"' },
    );
    expect([ok.status, ok.headers.get("etag"), ok.body.deadline.from, ok.body.deadline.to]).toEqual([
      200,
      '"2"',
      "2026-10-01",
      "2026-12-31",
    ]);
    const stale = await planner.patch(`/api/v1/measures/${id}`, { action: "Башка" }, { "if-match": '"1"' });
    expect(stale.status).toBe(409);
    expect((await planner.patch(`/api/v1/measures/${id}`, { action: "Башка" })).status).toBe(400);
    const v2 = { "if-match": 'W/"2"' };
    expect((await planner.patch(`/api/v1/measures/${id}`, { action: "" }, v2)).status).toBe(400);
    expect(
      (await planner.patch(`/api/v1/measures/${id}`, { funding: [{ code: "gold", text: "x" }] }, v2)).status,
    ).toBe(400);
    expect((await planner.patch(`/api/v1/measures/${id}`, { deadline: "soon" }, v2)).status).toBe(400);
    expect((await planner.patch("/api/v1/measures/999", { action: "x" }, v2)).status).toBe(404);
    const [row] = await db.select().from(measures).where(eq(measures.id, id));
    expect([row?.action, row?.rowVersion]).toEqual([plan.measures[0]?.action, 2]);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entity, "measure"));
    expect(audits.map((a) => [a.action, a.entityId])).toEqual([["update", String(id)]]);
  });
});
