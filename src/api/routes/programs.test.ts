import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { smallPlan } from "../../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import { auditLog, measures, programs } from "../../db/schema.ts";
import { PlanSchema } from "../../domain/plan.ts";
import { savePlan } from "../../operations/programs/save-plan.ts";

const LOGINS = ["admin", "planner-tk", "executor-tk", "viewer-tk", "planner-ca", "executor-ca"] as const;
type Who = "anonymous" | (typeof LOGINS)[number];
const plan = smallPlan({ mayor: "Таш-Көмүр шаардык мэриясы", property: "Муниципалдык менчик департаменти" });

async function setUp(db: Db) {
  const world = await createWorld(db);
  const saved = await savePlan(db, ROOT, {
    territoryId: world.territories.tashKomur.id,
    plan,
    sourceName: "s",
  });
  const [first] = await db.select().from(measures).orderBy(measures.position).limit(1);
  const api = apiFor(db);
  const browsers = { anonymous: api.anonymous() } as Record<Who, ReturnType<typeof api.anonymous>>;
  for (const login of LOGINS) browsers[login] = await api.as(login);
  return { world, programId: saved.programId, measureId: (first as { id: number }).id, browsers };
}

// Expected statuses on a Tash-Kömür program that is not published: own territory for the -tk
// users, another territory for the -ca users; admin is over the whole republic.
const READ = {
  anonymous: 401,
  admin: 200,
  "planner-tk": 200,
  "executor-tk": 200,
  "viewer-tk": 200,
  "planner-ca": 403,
  "executor-ca": 403,
};
const MANAGE = {
  anonymous: 401,
  admin: 200,
  "planner-tk": 200,
  "executor-tk": 403,
  "viewer-tk": 403,
  "planner-ca": 403,
  "executor-ca": 403,
};
const CREATE = { ...MANAGE, admin: 201, "planner-tk": 201 };
const SIGNED_IN = {
  anonymous: 401,
  admin: 200,
  "planner-tk": 200,
  "executor-tk": 200,
  "viewer-tk": 200,
  "planner-ca": 200,
  "executor-ca": 200,
};

describe.each(testEngines())("program routes on %s", (engine) => {
  it("answers every role on its own and another territory with the exact status", async () => {
    const { db } = await freshDatabase(engine);
    const { world, programId, measureId, browsers } = await setUp(db);
    const rowVersion = async (table: typeof programs | typeof measures, id: number) =>
      `"${(await db.select({ v: table.rowVersion }).from(table).where(eq(table.id, id)))[0]?.v}"`;
    const cases: [string, Record<Who, number>, (who: Who) => Promise<{ status: number }>][] = [
      ["GET program", READ, (w) => browsers[w].get(`/api/v1/programs/${programId}`)],
      ["GET measures", READ, (w) => browsers[w].get(`/api/v1/programs/${programId}/measures`)],
      ["GET measure", READ, (w) => browsers[w].get(`/api/v1/measures/${measureId}`)],
      ["GET versions", READ, (w) => browsers[w].get(`/api/v1/programs/${programId}/versions`)],
      ["GET version 1", READ, (w) => browsers[w].get(`/api/v1/programs/${programId}/versions/1`)],
      ["GET export.csv", READ, (w) => browsers[w].get(`/api/v1/programs/${programId}/export.csv`)],
      [
        "PATCH program",
        MANAGE,
        async (w) =>
          browsers[w].patch(
            `/api/v1/programs/${programId}`,
            { approvalNumber: w },
            { "if-match": await rowVersion(programs, programId) },
          ),
      ],
      [
        "PATCH measure",
        MANAGE,
        async (w) =>
          browsers[w].patch(
            `/api/v1/measures/${measureId}`,
            { result: w },
            { "if-match": await rowVersion(measures, measureId) },
          ),
      ],
      [
        "POST program",
        CREATE,
        (w) => browsers[w].post("/api/v1/programs", { territoryId: world.territories.tashKomur.id, plan }),
      ],
      ["GET territories", SIGNED_IN, (w) => browsers[w].get("/api/v1/territories")],
      ["GET organizations", SIGNED_IN, (w) => browsers[w].get("/api/v1/organizations")],
      [
        "POST alias",
        CREATE,
        (w) =>
          browsers[w].post(`/api/v1/organizations/${world.organizations.propertyDept.id}/aliases`, {
            alias: `alias ${w}`,
          }),
      ],
    ];
    const got: Record<string, Record<string, number>> = {};
    const want: Record<string, Record<string, number>> = {};
    for (const [name, expected, call] of cases) {
      want[name] = expected;
      got[name] = {};
      for (const who of Object.keys(expected) as Who[])
        (got[name] as Record<string, number>)[who] = (await call(who)).status;
    }
    expect(got).toEqual(want);
    // The list shows a program only to those who may read it.
    const listed = async (w: Who) =>
      (await browsers[w].get<{ total: number }>("/api/v1/programs")).body.total;
    expect([await listed("anonymous"), await listed("planner-ca"), await listed("viewer-tk")]).toEqual([
      0, 0, 3,
    ]);
  });

  it("shows a published program, its measures and measure to anonymous visitors, nothing else", async () => {
    const { db } = await freshDatabase(engine);
    const { programId, measureId, browsers } = await setUp(db);
    await db.update(programs).set({ published: true });
    const anon = browsers.anonymous;
    const list = await anon.get<{ items: { id: number }[] }>("/api/v1/programs?published=true");
    expect([list.status, list.body.items.map((p) => p.id)]).toEqual([200, [programId]]);
    expect((await anon.get(`/api/v1/programs/${programId}`)).status).toBe(200);
    expect((await anon.get(`/api/v1/programs/${programId}/measures?q=көпүрө`)).status).toBe(200);
    expect((await anon.get(`/api/v1/measures/${measureId}`)).status).toBe(200);
    expect((await anon.get(`/api/v1/programs/${programId}/versions`)).status).toBe(401);
    expect((await anon.get(`/api/v1/programs/${programId}/export?format=csv`)).status).toBe(401);
    expect((await browsers["planner-ca"].get(`/api/v1/programs/${programId}`)).status).toBe(200);
    expect(
      (
        await browsers["planner-ca"].patch(
          `/api/v1/programs/${programId}`,
          { title: "x" },
          { "if-match": '"1"' },
        )
      ).status,
    ).toBe(403);
  });

  it("updates with If-Match: ETag on GET, 409 when stale, 400 without it, and audits", async () => {
    const { db } = await freshDatabase(engine);
    const { programId, browsers } = await setUp(db);
    const planner = browsers["planner-tk"];
    const got = await planner.get(`/api/v1/programs/${programId}`);
    expect(got.headers.get("etag")).toBe('"1"');
    const ok = await planner.patch(
      `/api/v1/programs/${programId}`,
      { status: "approved", published: true },
      { "if-match": '"1"' },
    );
    expect([ok.status, ok.headers.get("etag")]).toEqual([200, '"2"']);
    const stale = await planner.patch(
      `/api/v1/programs/${programId}`,
      { title: "Башка" },
      { "if-match": '"1"' },
    );
    expect([stale.status, (stale.body as { code: string }).code]).toEqual([409, "conflict"]);
    expect((await planner.patch(`/api/v1/programs/${programId}`, { title: "Башка" })).status).toBe(400);
    const [row] = await db.select().from(programs);
    expect([row?.title, row?.status, row?.rowVersion]).toEqual([plan.title, "approved", 2]);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entity, "program"));
    expect(audits.filter((a) => a.action === "update")).toHaveLength(1);
    // Malformed bodies: an unknown field, a wrong type, a plan that is not plan/v1, bad JSON.
    const v = { "if-match": '"2"' };
    expect((await planner.patch(`/api/v1/programs/${programId}`, { colour: "red" }, v)).status).toBe(400);
    expect((await planner.patch(`/api/v1/programs/${programId}`, { published: "yes" }, v)).status).toBe(400);
    expect(
      (await planner.post("/api/v1/programs", { territoryId: 4, plan: { format: "plan/v2" } })).status,
    ).toBe(400);
    expect((await planner.post("/api/v1/programs", "{oops")).status).toBe(400);
    expect((await planner.get("/api/v1/programs/abc")).status).toBe(400);
    expect((await planner.get("/api/v1/programs/999")).status).toBe(404);
  });

  it("exports the action table as JSON, CSV and XLSX and lists versions", async () => {
    const { db } = await freshDatabase(engine);
    const { programId, browsers } = await setUp(db);
    const viewer = browsers["viewer-tk"];
    const json = await viewer.get(`/api/v1/programs/${programId}/export.json`);
    expect(PlanSchema.parse(json.body).measures).toHaveLength(plan.measures.length);
    const csv = await viewer.get<string>(`/api/v1/programs/${programId}/export?format=csv`);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(
      csv.body
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split("\r\n"),
    ).toHaveLength(1 + plan.measures.length);
    const res = await browsers.admin.get(`/api/v1/programs/${programId}/export.xlsx`);
    expect([res.status, res.headers.get("content-type")]).toEqual([
      200,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]);
    const raw = await apiFor(db).app.request(`/api/v1/programs/${programId}/export.xlsx`);
    expect(raw.status).toBe(401);
    const versions = await viewer.get<{ items: { number: number; added: number }[] }>(
      `/api/v1/programs/${programId}/versions`,
    );
    expect(versions.body.items).toEqual([
      expect.objectContaining({ number: 1, added: plan.measures.length }),
    ]);
    expect((await viewer.get(`/api/v1/programs/${programId}/versions/2`)).status).toBe(404);
    expect((await viewer.get(`/api/v1/programs/${programId}/export?format=pdf`)).status).toBe(400);
  });

  it("documents its routes in the OpenAPI document", async () => {
    const { db } = await freshDatabase(engine);
    const doc = await apiFor(db).anonymous().get<{ paths: Record<string, unknown> }>("/api/openapi.json");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/programs",
        "/api/v1/programs/{id}",
        "/api/v1/programs/{id}/versions",
        "/api/v1/programs/{id}/versions/{number}",
        "/api/v1/programs/{id}/measures",
        "/api/v1/programs/{id}/export",
        "/api/v1/measures/{id}",
        "/api/v1/imports",
        "/api/v1/imports/{id}/save",
        "/api/v1/territories",
        "/api/v1/organizations",
        "/api/v1/organizations/{id}/aliases",
      ]),
    );
  });
});
