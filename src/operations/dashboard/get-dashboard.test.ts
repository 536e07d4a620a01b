import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createProgramFixture, type ProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT, type World } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import { measureBodies, measureState, measures, programs } from "../../db/schema.ts";
import { isOverdue } from "../../domain/measure-progress.ts";
import { getReportingRate } from "../reporting/get-reporting-rate.ts";
import { openPeriod } from "../reporting/open-period.ts";
import { reviewReport } from "../reporting/review-report.ts";
import { type SaveReportInput, saveReport } from "../reporting/save-report.ts";
import { submitReport } from "../reporting/submit-report.ts";
import { refreshProgramSummary } from "../shared/program-summary.ts";
import { getDashboard } from "./get-dashboard.ts";

type Org = "propertyDept" | "mayorOffice";
async function accepted(db: Db, world: World, input: Omit<SaveReportInput, "organizationId"> & { org: Org }) {
  const { org, ...rest } = input;
  const { report } = await saveReport(db, ROOT, { ...rest, organizationId: world.organizations[org].id });
  await submitReport(db, ROOT, report.id);
  return reviewReport(db, ROOT, report.id, { action: "accept" });
}

/**
 * The scenario worked out by hand (see docs/progress-rules.md):
 * m1 Q2: lead done (local 900 000), co 50 % (local 50 000); m2 Q3: lead 80 % (republican 400 000,
 * local 100 000); m4 2026-Q1: lead done; m5 Q3: a draft only.
 */
async function scenario(db: Db, world: World, f: ProgramFixture) {
  for (const key of ["2026-Q1", "2026-Q2", "2026-Q3"]) await openPeriod(db, ROOT, f.programId, key);
  const m = f.measureIds as Record<string, number>;
  await accepted(db, world, {
    org: "propertyDept",
    measureId: m.m1 as number,
    period: "2026-Q2",
    status: "done",
    percent: 100,
    spending: [{ code: "local", amount: 900_000 }],
  });
  await accepted(db, world, {
    org: "mayorOffice",
    measureId: m.m1 as number,
    period: "2026-Q2",
    status: "in_progress",
    percent: 50,
    delayReason: "late",
    spending: [{ code: "local", amount: 50_000 }],
  });
  await accepted(db, world, {
    org: "propertyDept",
    measureId: m.m2 as number,
    period: "2026-Q3",
    status: "in_progress",
    percent: 80,
    delayReason: "winter",
    spending: [
      { code: "republican", amount: 400_000 },
      { code: "local", amount: 100_000 },
    ],
  });
  await accepted(db, world, {
    org: "mayorOffice",
    measureId: m.m4 as number,
    period: "2026-Q1",
    status: "done",
    percent: 100,
  });
  await saveReport(db, ROOT, {
    organizationId: world.organizations.propertyDept.id,
    measureId: m.m5 as number,
    period: "2026-Q3",
    status: "in_progress",
    percent: 10,
  });
}

describe.each(testEngines())("dashboard and reporting rate on %s", (engine) => {
  it("derives measure_state from accepted lead reports", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    await scenario(db, world, f);
    const rows = await db.select().from(measureState).where(eq(measureState.programId, f.programId));
    const byId = new Map(rows.map((r) => [r.measureId, r]));
    const m = f.measureIds as Record<string, number>;
    expect(byId.get(m.m1 as number)).toMatchObject({
      percent: 100,
      status: "done",
      done: true,
      spent: 950_000,
    });
    expect(byId.get(m.m2 as number)).toMatchObject({
      percent: 80,
      status: "in_progress",
      done: false,
      spent: 500_000,
    });
    expect(byId.get(m.m4 as number)).toMatchObject({
      percent: 100,
      done: true,
      firstOpenYear: 2027,
      spent: 0,
    });
    expect(byId.get(m.m5 as number)).toMatchObject({ percent: 0, status: "not_started", spent: 0 });
  });

  it("rolls progress up by section, body and funding source as computed by hand", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    await scenario(db, world, f);
    const d = await getDashboard(db, ROOT, f.programId, { today: "2026-09-30", period: "2026-Q3" });
    // percents m1..m6 = 100, 80, 0, 100, 0, 0
    expect(d.totals).toMatchObject({ measures: 6, percent: 46.7, overdue: 0 });
    expect(d.byStatus).toEqual([
      { status: "done", measures: 2 },
      { status: "in_progress", measures: 1 },
      { status: "not_started", measures: 3 },
    ]);
    expect(d.bySection.map((s) => [s.title, s.measures, s.percent])).toEqual([
      ["Экономика", 3, 60],
      ["Социалдык чөйрө", 3, 33.3],
    ]);
    // propertyDept: m1 m2 m3(co) m5 → 180/4; mayorOffice: m1(co) m3 m4 m6(co) → 200/4
    expect(d.byBody.map((b) => [b.organizationId, b.measures, b.lead, b.percent])).toEqual([
      [world.organizations.propertyDept.id, 4, 3, 45],
      [world.organizations.mayorOffice.id, 4, 2, 50],
    ]);
    expect(d.byFunding).toMatchObject([
      { code: "grant", measures: 1, percent: 0, planned: 250_000, spent: 0 },
      { code: "investor", measures: 1, percent: 0, planned: 3_000_000, spent: 0 },
      { code: "local", measures: 3, percent: 93.3, planned: 1_600_000, spent: 1_050_000 },
      { code: "republican", measures: 1, percent: 80, planned: 2_000_000, spent: 400_000 },
    ]);
    expect(d.overdue).toEqual([]);
    expect(d.reportingRate.rate).toBe(25);
  });

  it("weighs by planned cost when the program says so, and gives every figure its formula", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    await scenario(db, world, f);
    const m = f.measureIds as Record<string, number>;
    const cost = (key: string, costAmount: number | null) =>
      db
        .update(measures)
        .set({ costAmount })
        .where(eq(measures.id, m[key] as number));
    // costs: m1 1 000 000, m2 2 500 000, m3 3 000 000, m6 250 000; m4 none; m5 removed by version 2
    for (const [key, amount] of [
      ["m1", 1_000_000],
      ["m2", 2_500_000],
      ["m3", 3_000_000],
      ["m6", 250_000],
    ] as const)
      await cost(key, amount);
    await db
      .update(measures)
      .set({ removedInVersion: 2 })
      .where(eq(measures.id, m.m5 as number));
    // the edits stand for a plan version, whose save refreshes the program's summaries
    await refreshProgramSummary(db, f.programId);
    const equal = await getDashboard(db, ROOT, f.programId, { today: "2026-09-30" });
    // equal: m1..m4, m6 = (100 + 80 + 0 + 100 + 0) / 5 = 56.0; no accepted lead report: m3, m6
    expect(equal.totals).toMatchObject({ measures: 5, percent: 56 });
    expect(equal.totals.formula).toMatchObject({
      rule: "equal",
      counted: 5,
      withoutReport: 2,
      plannedCost: null,
      leftOut: [{ reason: "removed", measures: 1 }],
    });
    await db.update(programs).set({ progressWeighting: "cost" }).where(eq(programs.id, f.programId));
    const d = await getDashboard(db, ROOT, f.programId, { today: "2026-09-30" });
    // (100 × 1 000 000 + 80 × 2 500 000 + 0 × 3 000 000 + 0 × 250 000) / 6 750 000 = 300 / 6.75 = 44.44… → 44.4
    expect(d.totals.percent).toBe(44.4);
    expect(d.totals.formula).toMatchObject({
      rule: "cost",
      counted: 4,
      withoutReport: 2,
      plannedCost: 6_750_000,
      leftOut: [
        { reason: "no_cost", measures: 1 },
        { reason: "removed", measures: 1 },
      ],
    });
    // section 1 (m1 m2 m3): 300 000 000 / 6 500 000 = 46.15… → 46.2; section 2: m6 alone, 0
    expect(d.bySection.map((s) => [s.measures, s.percent, s.formula.counted, s.formula.leftOut])).toEqual([
      [3, 46.2, 3, []],
      [
        2,
        0,
        1,
        [
          { reason: "no_cost", measures: 1 },
          { reason: "removed", measures: 1 },
        ],
      ],
    ]);
    // propertyDept: m1 m2 m3 (m5 removed) → 46.2; mayorOffice: m1 m3 m6 (m4 no cost) → 100 / 4.25 = 23.5
    expect(d.byBody.map((b) => [b.measures, b.percent, b.formula.leftOut])).toEqual([
      [3, 46.2, [{ reason: "removed", measures: 1 }]],
      [4, 23.5, [{ reason: "no_cost", measures: 1 }]],
    ]);
    // local: m1 m2 (m4 no cost) → (100 × 1 000 000 + 80 × 2 500 000) / 3 500 000 = 85.71… → 85.7
    expect(d.byFunding.find((x) => x.code === "local")).toMatchObject({ measures: 3, percent: 85.7 });
    expect(d.totals.formula.text).toBe(
      "Mean of the percent of 4 measures, weighted by planned cost (6750000 som in all), one decimal. 2 measures without an accepted lead report count as 0 %. Left out: 1 measure without a planned cost; 1 measure removed by a later version of the plan.",
    );
  });

  it("lists bodies without an organization by name, beside the matched ones", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    await scenario(db, world, f);
    const m = f.measureIds as Record<string, number>;
    // "Айыл чарба бөлүмү", not linked: co on m2 (80 %), lead on m4 (100 %) and named twice there
    // (once with stray spaces), so it counts m4 once; m6's lead "Белгисиз мекеме" is the fixture's.
    const unmatched = (measureId: number, name: string, role: "lead" | "co", position: number) => ({
      measureId,
      organizationId: null,
      name,
      role,
      position,
    });
    await db
      .insert(measureBodies)
      .values([
        unmatched(m.m2 as number, "Айыл чарба бөлүмү", "co", 5),
        unmatched(m.m4 as number, "Айыл чарба бөлүмү", "lead", 5),
        unmatched(m.m4 as number, " Айыл чарба бөлүмү ", "co", 6),
      ]);
    await refreshProgramSummary(db, f.programId);
    const d = await getDashboard(db, ROOT, f.programId, { today: "2026-09-30", period: "2026-Q3" });
    // m2 80 + m4 100 → 2 measures, 1 as lead, 90 %; m6 0 → 1 measure, 1 as lead, 0 %
    expect(d.byUnmatchedBody).toMatchObject([
      { name: "Айыл чарба бөлүмү", measures: 2, lead: 1, percent: 90 },
      { name: "Белгисиз мекеме", measures: 1, lead: 1, percent: 0 },
    ]);
    // the matched bodies are as before: propertyDept 180/4, mayorOffice 200/4
    expect(d.byBody.map((b) => [b.organizationId, b.measures, b.lead, b.percent])).toEqual([
      [world.organizations.propertyDept.id, 4, 3, 45],
      [world.organizations.mayorOffice.id, 4, 2, 50],
    ]);
  });

  it("counts who reported in a quarter and lists who has not", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    await scenario(db, world, f);
    const m = f.measureIds as Record<string, number>;
    const rate = await getReportingRate(db, ROOT, f.programId, "2026-Q3");
    // active in Q3: m2 (Q3), m4 (yearly), m5 (ongoing), m6 (no deadline); m6's lead is unmatched
    expect(rate).toMatchObject({
      period: "2026-Q3",
      periodStatus: "open",
      expected: 4,
      submitted: 1,
      accepted: 1,
      returned: 0,
      draft: 1,
      rate: 25,
    });
    expect(rate.bodies).toEqual([
      {
        organizationId: world.organizations.propertyDept.id,
        name: world.organizations.propertyDept.name,
        expected: 2,
        submitted: 1,
        accepted: 1,
        returned: 0,
        draft: 1,
        notReported: [m.m5],
      },
      {
        organizationId: world.organizations.mayorOffice.id,
        name: world.organizations.mayorOffice.name,
        expected: 2,
        submitted: 0,
        accepted: 0,
        returned: 0,
        draft: 0,
        notReported: [m.m4, m.m6],
      },
    ]);
    // Q2: m1 (both bodies), m4, m5, m6 → 5 pairs; the two m1 reports are accepted
    const q2 = await getReportingRate(db, ROOT, f.programId, "2026-Q2");
    expect([q2.expected, q2.submitted, q2.accepted]).toEqual([5, 2, 2]);
    // a never-opened quarter expects reports but has none
    const q4 = await getReportingRate(db, ROOT, f.programId, "2027-Q4");
    expect([q4.periodStatus, q4.expected, q4.submitted]).toEqual(["closed", 5, 0]);
  });

  it("finds the same overdue measures in SQL as the pure rule, around a Q3 deadline", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const f = await createProgramFixture(db, world);
    const m = f.measureIds as Record<string, number>;
    const overdueOn = async (today: string) =>
      (await getDashboard(db, ROOT, f.programId, { today })).overdue.map((o) => o.measureId);
    const pureOn = async (today: string) => {
      const rows = await db
        .select({
          id: measures.id,
          deadlineTo: measures.deadlineTo,
          repeat: measures.repeat,
          done: measureState.done,
          status: measureState.status,
          firstOpenYear: measureState.firstOpenYear,
        })
        .from(measures)
        .innerJoin(measureState, eq(measureState.measureId, measures.id))
        .orderBy(measures.position);
      return rows.filter((r) => isOverdue(r, today)).map((r) => r.id);
    };
    const expected: [string, number[]][] = [
      ["2026-09-30", [m.m1 as number]],
      ["2026-10-01", [m.m1 as number, m.m2 as number]],
      ["2026-12-31", [m.m1 as number, m.m2 as number]],
      ["2027-01-01", [m.m1 as number, m.m2 as number, m.m4 as number]],
    ];
    for (const [today, ids] of expected) {
      expect(await overdueOn(today)).toEqual(ids);
      expect(await pureOn(today)).toEqual(ids);
    }
    await scenario(db, world, f);
    // m1 is done; m4's 2026 is done so it is next overdue after 2027; m3 (2027) after its deadline
    const after: [string, number[]][] = [
      ["2026-09-30", []],
      ["2026-10-01", [m.m2 as number]],
      ["2028-01-01", [m.m2 as number, m.m3 as number, m.m4 as number]],
    ];
    for (const [today, ids] of after) {
      expect(await overdueOn(today)).toEqual(ids);
      expect(await pureOn(today)).toEqual(ids);
    }
  });
});
