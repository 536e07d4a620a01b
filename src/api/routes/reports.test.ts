import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { createProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld } from "../../../tests/setup/world.ts";
import { auditLog, progressReports } from "../../db/schema.ts";

type Report = {
  id: number;
  workflow: string;
  resubmitted: boolean;
  percent: number;
  reviewerComment: string | null;
  rowVersion: number;
};
type Dash = {
  totals: { measures: number; percent: number; overdue: number };
  byStatus: { status: string; measures: number }[];
  bySection: { title: string; percent: number }[];
  byBody: { organizationId: number; percent: number }[];
  byFunding: { code: string; percent: number; planned: number; spent: number }[];
  overdue: { measureId: number }[];
  reportingRate: { expected: number; submitted: number; accepted: number; rate: number };
};

async function setup(engine: "pglite" | "postgres") {
  const { db } = await freshDatabase(engine);
  const world = await createWorld(db);
  const f = await createProgramFixture(db, world);
  const api = apiFor(db);
  return { db, world, f, api, m: f.measureIds as Record<string, number> };
}

describe.each(testEngines())("reports API on %s", (engine) => {
  it("runs the full reporting cycle and changes the dashboard exactly as worked out by hand", async () => {
    const { db, world, f, api, m } = await setup(engine);
    const planner = await api.as("planner-tk");
    const executor = await api.as("executor-tk");
    const dash = () => planner.get<Dash>(`/api/v1/programs/${f.programId}/dashboard?period=2026-Q3`);
    const before = (await dash()).body;
    expect(before.totals).toMatchObject({ measures: 6, percent: 0, overdue: 1 });
    expect(before.overdue.map((o) => o.measureId)).toEqual([m.m1]);
    expect(before.byStatus).toEqual([{ status: "not_started", measures: 6 }]);
    expect(before.reportingRate).toMatchObject({ expected: 4, submitted: 0, accepted: 0, rate: 0 });

    const url = `/api/v1/measures/${m.m2}/reports/2026-Q3`;
    const draft = { status: "in_progress", percent: 60, spending: [{ code: "republican", amount: 400_000 }] };
    expect((await executor.put(url, draft)).status).toBe(409); // period not open yet
    expect((await planner.post(`/api/v1/programs/${f.programId}/periods/2026-Q3/open`)).status).toBe(200);
    const noReason = await executor.put(url, draft);
    expect(noReason.status).toBe(400); // Q3 reaches m2's deadline and it is not done
    const created = await executor.put<Report>(url, { ...draft, delayReason: "contractor late" });
    expect(created.status).toBe(201);
    expect(created.headers.get("etag")).toBe('"1"');
    const id = created.body.id;
    expect((await executor.put(url, { ...draft, delayReason: "x", percent: 70 })).status).toBe(400); // no If-Match
    const edited = await executor.put<Report>(
      url,
      { ...draft, delayReason: "x", percent: 70 },
      { "if-match": '"1"' },
    );
    expect([edited.status, edited.body.percent, edited.headers.get("etag")]).toEqual([200, 70, '"2"']);

    const submitted = await executor.post<Report>(`/api/v1/reports/${id}/submit`);
    expect([submitted.status, submitted.body.workflow, submitted.body.resubmitted]).toEqual([
      200,
      "submitted",
      false,
    ]);
    expect((await executor.post(`/api/v1/reports/${id}/accept`)).status).toBe(403);
    expect((await executor.put(url, { ...draft, delayReason: "x" }, { "if-match": '"3"' })).status).toBe(409);
    expect((await planner.post(`/api/v1/reports/${id}/return`, { comment: "" })).status).toBe(400);
    const returned = await planner.post<Report>(`/api/v1/reports/${id}/return`, {
      comment: "add the local budget",
    });
    expect([returned.status, returned.body.workflow, returned.body.reviewerComment]).toEqual([
      200,
      "returned",
      "add the local budget",
    ]);

    const fixed = {
      status: "in_progress",
      percent: 80,
      delayReason: "contractor late",
      spending: [
        { code: "republican", amount: 400_000 },
        { code: "local", amount: 100_000 },
      ],
    };
    const again = await executor.put<Report>(url, fixed, { "if-match": `"${returned.body.rowVersion}"` });
    expect([again.status, again.body.workflow]).toEqual([200, "returned"]);
    const resubmitted = await executor.post<Report>(`/api/v1/reports/${id}/submit`);
    expect([resubmitted.body.workflow, resubmitted.body.resubmitted]).toEqual(["submitted", true]);
    const accepted = await planner.post<Report>(`/api/v1/reports/${id}/accept`);
    expect([accepted.status, accepted.body.workflow]).toEqual([200, "accepted"]);

    const locked = await executor.put(url, fixed, { "if-match": `"${accepted.body.rowVersion}"` });
    expect(locked.status).toBe(409);
    expect((await executor.post(`/api/v1/reports/${id}/submit`)).status).toBe(409);
    expect((await planner.post(`/api/v1/reports/${id}/return`, { comment: "reopen" })).status).toBe(409);

    // m2 = 80 %, the other five 0: program 80/6, section 1 80/3, propertyDept (m1 m2 m3 m5) 80/4
    const after = (await dash()).body;
    expect(after.totals).toMatchObject({ measures: 6, percent: 13.3, overdue: 1 });
    expect(after.byStatus).toEqual([
      { status: "in_progress", measures: 1 },
      { status: "not_started", measures: 5 },
    ]);
    expect(after.bySection.map((s) => s.percent)).toEqual([26.7, 0]);
    expect(after.byBody).toMatchObject([
      { organizationId: world.organizations.propertyDept.id, percent: 20 },
      { organizationId: world.organizations.mayorOffice.id, percent: 0 },
    ]);
    expect(after.byFunding.find((x) => x.code === "local")).toMatchObject({
      code: "local",
      measures: 3,
      percent: 26.7,
      planned: 1_600_000,
      spent: 100_000,
    });
    expect(after.byFunding.find((x) => x.code === "republican")).toMatchObject({
      code: "republican",
      measures: 1,
      percent: 80,
      planned: 2_000_000,
      spent: 400_000,
    });
    expect(after.reportingRate).toMatchObject({ expected: 4, submitted: 1, accepted: 1, rate: 25 });
    const overdueTomorrow = await apiFor(db, { today: () => new Date("2026-10-01T00:00:00Z") })
      .as("planner-tk")
      .then((p) => p.get<Dash>(`/api/v1/programs/${f.programId}/dashboard`));
    expect(overdueTomorrow.body.overdue.map((o) => o.measureId)).toEqual([m.m1, m.m2]);

    const trail = await db
      .select({ action: auditLog.action, actor: auditLog.actor })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "progress_report"), eq(auditLog.entityId, String(id))))
      .orderBy(auditLog.id);
    expect(trail.map((t) => t.action)).toEqual([
      "report.create",
      "report.update",
      "report.submit",
      "report.return",
      "report.update",
      "report.submit",
      "report.accept",
    ]);
    expect(trail.map((t) => t.actor.replace(/^user:\d+ /, ""))).toEqual([
      "(executor-tk)",
      "(executor-tk)",
      "(executor-tk)",
      "(planner-tk)",
      "(executor-tk)",
      "(executor-tk)",
      "(planner-tk)",
    ]);
    const others = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entity, "measure_state"));
    expect(others.map((o) => o.action)).toEqual(["measure_state.refresh"]);
  });

  it("lets exactly one of two concurrent edits with the same If-Match win", async () => {
    const { api, f, m } = await setup(engine);
    const planner = await api.as("planner-tk");
    await planner.post(`/api/v1/programs/${f.programId}/periods/2026-Q3/open`);
    const a = await api.as("executor-tk");
    const b = await api.as("executor-tk");
    const url = `/api/v1/measures/${m.m5}/reports/2026-Q3`;
    await a.put(url, { status: "in_progress", percent: 10 });
    const results = await Promise.all([
      a.put<Report>(url, { status: "in_progress", percent: 20 }, { "if-match": '"1"' }),
      b.put<Report>(url, { status: "in_progress", percent: 30 }, { "if-match": '"1"' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)?.body.percent;
    const now = await a.get<Report>(`/api/v1/reports/${results.find((r) => r.status === 200)?.body.id}`);
    expect([now.body.percent, now.body.rowVersion, now.headers.get("etag")]).toEqual([winner, 2, '"2"']);
  });

  it("refuses saving in a closed period but reviews there; batches are all or nothing", async () => {
    const { db, api, f, m, world } = await setup(engine);
    const planner = await api.as("planner-tk");
    const executor = await api.as("executor-tk");
    await planner.post(`/api/v1/programs/${f.programId}/periods/2026-Q3/open`);
    const r1 = await executor.put<Report>(`/api/v1/measures/${m.m5}/reports/2026-Q3`, {
      status: "in_progress",
      percent: 10,
    });
    const r2 = await executor.put<Report>(`/api/v1/measures/${m.m3}/reports/2026-Q3`, {
      status: "not_started",
      percent: 0,
    });
    const batch = await executor.post<{ items: Report[] }>("/api/v1/reports/batch", {
      ids: [r1.body.id, r2.body.id],
      action: "submit",
    });
    expect([batch.status, batch.body.items.map((i) => i.workflow)]).toEqual([
      200,
      ["submitted", "submitted"],
    ]);
    await planner.post(`/api/v1/programs/${f.programId}/periods/2026-Q3/close`);
    expect(
      (await executor.put(`/api/v1/measures/${m.m2}/reports/2026-Q3`, { status: "done", percent: 100 }))
        .status,
    ).toBe(409);
    expect((await planner.post(`/api/v1/reports/${r1.body.id}/accept`)).status).toBe(200);
    // r1 is accepted now: a batch over both fails as a whole and leaves r2 submitted
    const mixed = await planner.post<{ code: string; details: { reportId: number } }>(
      "/api/v1/reports/batch",
      {
        ids: [r2.body.id, r1.body.id],
        action: "return",
        comment: "more detail",
      },
    );
    expect([mixed.status, mixed.body.code, mixed.body.details.reportId]).toEqual([
      409,
      "conflict",
      r1.body.id,
    ]);
    const [r2row] = await db.select().from(progressReports).where(eq(progressReports.id, r2.body.id));
    expect(r2row?.workflow).toBe("submitted");
    const returns = await db.select().from(auditLog).where(eq(auditLog.action, "report.return"));
    expect(returns).toEqual([]);
    // an executor's list shows only their organization's reports; a planner sees the body filter
    const mine = await executor.get<{ total: number }>(
      `/api/v1/programs/${f.programId}/reports?organization=${world.organizations.mayorOffice.id}`,
    );
    expect(mine.body.total).toBe(0);
    const all = await planner.get<{ total: number; items: { workflow: string }[] }>(
      `/api/v1/programs/${f.programId}/reports?workflow=submitted&period=2026-Q3`,
    );
    expect([all.body.total, all.body.items.map((i) => i.workflow)]).toEqual([1, ["submitted"]]);
    const history = await planner.get<{ items: { role: string }[] }>(`/api/v1/measures/${m.m3}/reports`);
    expect(history.body.items.map((i) => i.role)).toEqual(["co"]);
  });

  it("answers 404 for unknown ids and 400 for bad bodies and periods", async () => {
    const { api, f, m } = await setup(engine);
    const admin = await api.as("admin");
    expect((await admin.get("/api/v1/reports/9999")).status).toBe(404);
    expect(
      (
        await admin.put("/api/v1/measures/9999/reports/2026-Q3", {
          status: "done",
          percent: 100,
          organizationId: 1,
        })
      ).status,
    ).toBe(404);
    expect(
      (await admin.put(`/api/v1/measures/${m.m1}/reports/2026-Q5`, { status: "done", percent: 100 })).status,
    ).toBe(400);
    expect(
      (
        await admin.put(`/api/v1/measures/${m.m1}/reports/2031-Q1`, {
          status: "done",
          percent: 100,
          organizationId: 1,
        })
      ).status,
    ).toBe(400);
    expect(
      (await admin.put(`/api/v1/measures/${m.m1}/reports/2026-Q2`, { status: "done", percent: 140 })).status,
    ).toBe(400);
    expect((await admin.post(`/api/v1/programs/${f.programId}/periods/2026-Q2/open`)).status).toBe(200);
    // admin has no organization of its own: it must name one that is responsible
    expect(
      (await admin.put(`/api/v1/measures/${m.m1}/reports/2026-Q2`, { status: "done", percent: 100 })).status,
    ).toBe(400);
    const foreign = await admin.put(`/api/v1/measures/${m.m4}/reports/2026-Q2`, {
      status: "done",
      percent: 100,
      organizationId: 3,
    });
    expect(foreign.status).toBe(400);
    const spendOther = await admin.put(`/api/v1/measures/${m.m1}/reports/2026-Q2`, {
      status: "done",
      percent: 100,
      organizationId: 2,
      spending: [{ code: "investor", amount: 5 }],
    });
    expect(spendOther.status).toBe(400);
    expect((await admin.post("/api/v1/reports/batch", { ids: [], action: "submit" })).status).toBe(400);
  });
});
