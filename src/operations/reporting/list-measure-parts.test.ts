/**
 * Co-executors' parts through the API on both engines: the listing with workflow steps, due date
 * and overdue marks, the consolidated prefill, who may see the parts, and the reporting rate that
 * counts every (measure, body) pair — numbers worked out by hand on the program fixture.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { createProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, PASSWORD, ROOT } from "../../../tests/setup/world.ts";
import { reportingPeriods } from "../../db/schema.ts";
import type { MeasureParts, ReportingRate } from "../../domain/views.ts";
import { createUser } from "../users/create-user.ts";
import { grantRole } from "../users/grant-role.ts";
import { openPeriod } from "./open-period.ts";
import { saveReport } from "./save-report.ts";
import { submitReport } from "./submit-report.ts";

async function setup(engine: "pglite" | "postgres") {
  const { db } = await freshDatabase(engine);
  const world = await createWorld(db);
  const f = await createProgramFixture(db, world);
  const { mayorOffice, tashKomur } = { ...world.organizations, ...world.territories };
  const mo = await createUser(db, ROOT, {
    login: "executor-mo",
    displayName: "executor-mo",
    password: PASSWORD,
    organizationId: mayorOffice.id,
  });
  await grantRole(db, ROOT, mo.id, "executor", tashKomur.id);
  await openPeriod(db, ROOT, f.programId, "2026-Q2");
  return { db, world, f, api: apiFor(db), m: f.measureIds as Record<string, number> };
}

describe.each(testEngines())("co-executors' parts on %s", (engine) => {
  it("lists every body's part with its step and lateness, and prefills the consolidated report", async () => {
    const { db, world, f, api, m } = await setup(engine);
    const { propertyDept, mayorOffice } = world.organizations;
    const indicator = f.indicatorIds.m1 as number;
    // m1 (Q2 2026): lead propertyDept, co mayorOffice. The co-executor reports its part and submits it.
    const part = await saveReport(db, ROOT, {
      measureId: m.m1 as number,
      period: "2026-Q2",
      organizationId: mayorOffice.id,
      status: "in_progress",
      percent: 60,
      doneText: "Окуу жайынын чатыры оңдолду",
      delayReason: "Мөөнөт өттү",
      values: [{ indicatorId: indicator, value: 40 }],
      spending: [{ code: "local", amount: 120_000.5 }],
    });
    await submitReport(db, ROOT, part.report.id);
    // the lead's own draft is the consolidated report, never summed as a part
    await saveReport(db, ROOT, {
      measureId: m.m1 as number,
      period: "2026-Q2",
      organizationId: propertyDept.id,
      status: "in_progress",
      percent: 50,
      delayReason: "Мөөнөт өттү",
      spending: [{ code: "local", amount: 999 }],
    });
    const lead = await api.as("executor-tk");
    const url = `/api/v1/measures/${m.m1}/reports/2026-Q2/parts`;
    const got = await lead.get<MeasureParts>(url);
    expect(got.status).toBe(200);
    // Q2 ends 30 Jun; the program's 5 days → due 5 Jul 2026; today 30 Sep 2026
    expect(got.body.dueDate).toBe("2026-07-05");
    expect(
      got.body.parts.map((p) => [p.organizationId, p.role, p.workflow, p.overdue, p.report?.percent]),
    ).toEqual([
      [propertyDept.id, "lead", "draft", true, 50], // the lead's draft is late too
      [mayorOffice.id, "co", "submitted", false, 60],
    ]);
    expect(got.body.parts[1]?.report?.spending).toEqual([{ code: "local", amount: 120_000.5 }]);
    expect(got.body.prefill).toEqual({
      doneText: `${mayorOffice.name}: Окуу жайынын чатыры оңдолду`,
      values: [{ indicatorId: indicator, value: 40 }],
      spending: [{ code: "local", amount: 120_000.5 }],
      counted: [mayorOffice.name],
    });

    // the planner's own due date (20 Oct) wins: nothing is late on 30 Sep
    await db
      .update(reportingPeriods)
      .set({ dueDate: "2026-10-20" })
      .where(and(eq(reportingPeriods.programId, f.programId), eq(reportingPeriods.quarter, 2)));
    const later = await lead.get<MeasureParts>(url);
    expect(later.body.dueDate).toBe("2026-10-20");
    expect(later.body.parts.map((p) => p.overdue)).toEqual([false, false]);
  });

  it("marks a co-executor without a report overdue only in a quarter the measure is active in", async () => {
    const { db, world, f, api, m } = await setup(engine);
    await openPeriod(db, ROOT, f.programId, "2027-Q1");
    const planner = await api.as("planner-tk");
    const { propertyDept, mayorOffice } = world.organizations;
    // m3 (2027): lead mayorOffice, co propertyDept; no reports at all
    const q2 = await planner.get<MeasureParts>(`/api/v1/measures/${m.m3}/reports/2026-Q2/parts`);
    expect(q2.body.parts.map((p) => [p.organizationId, p.role, p.workflow, p.overdue])).toEqual([
      [mayorOffice.id, "lead", null, false], // 2026-Q2 is before m3's year: nothing expected
      [propertyDept.id, "co", null, false],
    ]);
    // m6: the lead is an unmatched body (no organization) → only the co-executor has a part; due 5 Jul
    const m6 = await planner.get<MeasureParts>(`/api/v1/measures/${m.m6}/reports/2026-Q2/parts`);
    expect(m6.body.parts.map((p) => [p.organizationId, p.role, p.overdue])).toEqual([
      [mayorOffice.id, "co", true],
    ]);
    expect(m6.body.prefill).toEqual({ doneText: "", values: [], spending: [], counted: [] });
    // a quarter outside the program's years is refused
    expect((await planner.get(`/api/v1/measures/${m.m3}/reports/2031-Q1/parts`)).status).toBe(400);
  });

  it("shows the parts to the measure's bodies and the territory's planners and viewers only", async () => {
    const { api, m } = await setup(engine);
    const status = async (who: string | null, measure: number) =>
      (
        await (who ? await api.as(who) : api.anonymous()).get(
          `/api/v1/measures/${measure}/reports/2026-Q2/parts`,
        )
      ).status;
    const actors = [
      "viewer-tk",
      "executor-tk",
      "executor-mo",
      "planner-tk",
      "executor-ca",
      "planner-ca",
      "admin",
    ];
    const row = async (measure: number) => [
      await status(null, measure),
      ...(await Promise.all(actors.map((a) => status(a, measure)))),
    ];
    // m1: both executors' bodies are on it
    expect(await row(m.m1 as number)).toEqual([401, 200, 200, 200, 200, 403, 403, 200]);
    // m2: propertyDept alone → the mayor's office executor is refused
    expect(await row(m.m2 as number)).toEqual([401, 200, 200, 403, 200, 403, 403, 200]);
    expect(await status("planner-tk", 999_999)).toBe(404);
  });

  it("counts every body's part in the reporting rate", async () => {
    const { db, world, f, api, m } = await setup(engine);
    const { propertyDept, mayorOffice } = world.organizations;
    const planner = await api.as("planner-tk");
    const rate = async () =>
      (await planner.get<ReportingRate>(`/api/v1/programs/${f.programId}/reporting-rate?period=2026-Q2`))
        .body;
    // active in Q2 2026: m1 (Q2), m4 (yearly), m5 (ongoing), m6 (no deadline); m2 starts in Q3, m3 in 2027.
    // Pairs: m1×propertyDept, m1×mayorOffice, m4×mayorOffice, m5×propertyDept, m6×mayorOffice = 5
    const before = await rate();
    expect([before.expected, before.submitted, before.rate]).toEqual([5, 0, 0]);
    const content = { status: "in_progress" as const, percent: 10, delayReason: "Мөөнөт өттү" };
    const co = await saveReport(db, ROOT, {
      measureId: m.m1 as number,
      period: "2026-Q2",
      organizationId: mayorOffice.id,
      ...content,
    });
    await submitReport(db, ROOT, co.report.id);
    // the co-executor's part alone: 1 / 5 = 20.0 %
    const one = await rate();
    expect([one.expected, one.submitted, one.rate]).toEqual([5, 1, 20]);
    expect(one.bodies.find((b) => b.organizationId === mayorOffice.id)?.notReported).toEqual(
      [m.m4, m.m6].sort((a, b) => (a as number) - (b as number)),
    );
    const lead = await saveReport(db, ROOT, {
      measureId: m.m1 as number,
      period: "2026-Q2",
      organizationId: propertyDept.id,
      ...content,
    });
    await submitReport(db, ROOT, lead.report.id);
    // and the lead's consolidated report: 2 / 5 = 40.0 %
    const two = await rate();
    expect([two.expected, two.submitted, two.rate]).toEqual([5, 2, 40]);
  });
});
