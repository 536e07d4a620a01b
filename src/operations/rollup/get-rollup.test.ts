/**
 * Roll-ups on a hand-built tree, numbers worked out by hand (today 2026-06-15, period 2026-Q2):
 *
 *   R (republic) ── A (oblast) ── A1, A2, A3 (merged into A2: valid to + successor)
 *                └─ B (oblast) ── B1
 *
 * P1 (A1, published): m1 100 done (deadline 03-31, local 1000, spent 800 in Q1), m2 50 in progress
 *   (deadline 05-31 → overdue, local 500; Q2 report submitted), m3 no state (Jan–Dec; Q2 draft).
 * P2 (A2, not published): m4 20 ongoing (republican 2000, spent 300 in Q1; Q2 accepted), m5 removed.
 * P3 (A3 → A2, published): m6 10 postponed (deadline 02-28 → overdue).
 * P4 (B1, published): m7 100 done (deadline 06-30, local 3000, spent 1500 in Q1; Q2: lead accepted,
 *   co R-org none), m8 cancelled (deadline 01-31: cancelled is never overdue).
 * P5 (R itself, published): m9 40 in progress, no deadline; no Q2 report.
 * P6 (A1) draft and P7 (B) archived, 100 % each: never counted.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { ROOT } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import {
  measureBodies,
  measureFunding,
  measureState,
  measures,
  organizations,
  programs,
  progressReports,
  reportingPeriods,
  reportSpending,
  territories,
} from "../../db/schema.ts";
import { type Actor, ANONYMOUS } from "../../domain/access.ts";
import { isAppError } from "../../domain/errors.ts";
import { refreshProgramSummary } from "../shared/program-summary.ts";
import { createTerritory, type NewTerritory } from "../territories/create-territory.ts";
import { getRollup } from "./get-rollup.ts";

const TODAY = "2026-06-15";

interface MeasureSpec {
  percent?: number;
  status?: string;
  deadlineFrom?: string;
  deadlineTo?: string;
  repeat?: "yearly" | "ongoing";
  removed?: boolean;
  lead: number;
  co?: number;
  funding?: [code: string, planned: number];
  spentQ1?: number;
  q2?: "draft" | "submitted" | "accepted";
}

async function tree(db: Db) {
  const add = async (code: string, parentId: number | null, level: NewTerritory["level"]) =>
    createTerritory(db, ROOT, { code, parentId, level, nameKy: `${code} ky`, nameRu: `${code} ru` });
  const r = await add("R", null, "republic");
  const a = await add("A", r.id, "oblast");
  const b = await add("B", r.id, "oblast");
  const a1 = await add("A1", a.id, "district");
  const a2 = await add("A2", a.id, "district");
  const a3 = await add("A3", a.id, "district");
  const b1 = await add("B1", b.id, "district");
  await db
    .update(territories)
    .set({ validTo: "2025-12-31", successorId: a2.id })
    .where(eq(territories.id, a3.id));
  return { r, a, b, a1, a2, a3, b1 };
}

async function org(db: Db, territoryId: number, name: string) {
  const [row] = await db.insert(organizations).values({ territoryId, name }).returning();
  return (row as { id: number }).id;
}

async function program(
  db: Db,
  territoryId: number,
  options: { status?: "draft" | "approved" | "archived"; published?: boolean },
  specs: MeasureSpec[],
) {
  const [p] = await db
    .insert(programs)
    .values({
      territoryId,
      title: `program of ${territoryId}`,
      periodFrom: 2026,
      periodTo: 2027,
      language: "ky",
      status: options.status ?? "approved",
      published: options.published ?? true,
    })
    .returning();
  const programId = (p as { id: number }).id;
  const period = async (quarter: number) => {
    const [row] = await db.insert(reportingPeriods).values({ programId, year: 2026, quarter }).returning();
    return (row as { id: number }).id;
  };
  const q1 = await period(1);
  const q2 = await period(2);
  for (const [i, s] of specs.entries()) {
    const [m] = await db
      .insert(measures)
      .values({
        programId,
        position: i + 1,
        task: "task",
        action: `measure ${i + 1}`,
        deadlineText: s.deadlineTo ?? "",
        deadlineFrom: s.deadlineFrom ?? null,
        deadlineTo: s.deadlineTo ?? null,
        repeat: s.repeat ?? null,
        result: "result",
        addedInVersion: 1,
        removedInVersion: s.removed ? 2 : null,
      })
      .returning();
    const measureId = (m as { id: number }).id;
    await db
      .insert(measureBodies)
      .values({ measureId, organizationId: s.lead, name: "lead", role: "lead", position: 1 });
    if (s.co)
      await db
        .insert(measureBodies)
        .values({ measureId, organizationId: s.co, name: "co", role: "co", position: 2 });
    if (s.funding)
      await db
        .insert(measureFunding)
        .values({ measureId, code: s.funding[0], text: s.funding[0], planned: s.funding[1] });
    if (s.status)
      await db.insert(measureState).values({
        measureId,
        programId,
        percent: s.percent ?? 0,
        status: s.status,
        done: s.status === "done",
        spent: s.spentQ1 ?? 0,
        // a state is made from an accepted lead report (a measure without one has no state here)
        lastAcceptedPeriodId: q1,
      });
    const report = async (periodId: number, workflow: "draft" | "submitted" | "accepted") => {
      const [row] = await db
        .insert(progressReports)
        .values({ measureId, periodId, organizationId: s.lead, status: "in_progress", percent: 10, workflow })
        .returning();
      return (row as { id: number }).id;
    };
    if (s.spentQ1) {
      const reportId = await report(q1, "accepted");
      await db
        .insert(reportSpending)
        .values({ reportId, code: s.funding?.[0] ?? "local", amount: s.spentQ1 });
    }
    if (s.q2) await report(q2, s.q2);
  }
  // the rows above stand for the plan and report writes, which end by refreshing the summaries
  await refreshProgramSummary(db, programId);
  return programId;
}

async function world(db: Db) {
  const t = await tree(db);
  const o = {
    r: await org(db, t.r.id, "R org"),
    a1: await org(db, t.a1.id, "A1 org"),
    a2: await org(db, t.a2.id, "A2 org"),
    a3: await org(db, t.a3.id, "A3 org"),
    b1: await org(db, t.b1.id, "B1 org"),
  };
  await program(db, t.a1.id, {}, [
    {
      percent: 100,
      status: "done",
      deadlineTo: "2026-03-31",
      lead: o.a1,
      funding: ["local", 1000],
      spentQ1: 800,
    },
    {
      percent: 50,
      status: "in_progress",
      deadlineTo: "2026-05-31",
      lead: o.a1,
      funding: ["local", 500],
      q2: "submitted",
    },
    { deadlineFrom: "2026-01-01", deadlineTo: "2026-12-31", lead: o.a1, q2: "draft" },
  ]);
  await program(db, t.a2.id, { published: false }, [
    {
      percent: 20,
      status: "in_progress",
      repeat: "ongoing",
      lead: o.a2,
      funding: ["republican", 2000],
      spentQ1: 300,
      q2: "accepted",
    },
    { percent: 90, status: "in_progress", removed: true, lead: o.a2, funding: ["local", 9999] },
  ]);
  await program(db, t.a3.id, {}, [
    { percent: 10, status: "postponed", deadlineTo: "2026-02-28", lead: o.a3 },
  ]);
  await program(db, t.b1.id, {}, [
    {
      percent: 100,
      status: "done",
      deadlineTo: "2026-06-30",
      lead: o.b1,
      co: o.r,
      funding: ["local", 3000],
      spentQ1: 1500,
      q2: "accepted",
    },
    { percent: 0, status: "cancelled", deadlineTo: "2026-01-31", lead: o.b1 },
  ]);
  await program(db, t.r.id, {}, [{ percent: 40, status: "in_progress", lead: o.r }]);
  await program(db, t.a1.id, { status: "draft" }, [
    { percent: 100, status: "done", lead: o.a1, funding: ["local", 7] },
  ]);
  await program(db, t.b.id, { status: "archived" }, [
    { percent: 100, status: "done", lead: o.b1, funding: ["local", 7] },
  ]);
  return t;
}

const planner = (t: { id: number; path: string }): Actor => ({
  userId: 99,
  label: "user:99 (planner)",
  organizationId: null,
  grants: [{ role: "planner", territoryId: t.id, territoryPath: t.path }],
});

describe.each(testEngines())("territory roll-ups on %s", (engine) => {
  it("sums the programs below each child; totals = children + own, made from the summed inputs", async () => {
    const { db } = await freshDatabase(engine);
    await world(db);
    const r = await getRollup(db, ROOT, { code: "R", period: "2026-Q2", today: TODAY });
    expect(r.territory).toEqual({ code: "R", name: "R ky" });
    expect(r.period).toBe("2026-Q2");
    const line = (code: string) => r.children.find((c) => c.code === code);
    expect(r.children.map((c) => c.code)).toEqual(["A", "B"]);
    const { formula: formulaA, ...lineA } = line("A") ?? { formula: null };
    const { formula: formulaB, ...lineB } = line("B") ?? { formula: null };
    expect(lineA).toEqual({
      code: "A",
      name: "A ky",
      programs: 3,
      measures: 5,
      done: 1,
      inProgress: 2,
      notStarted: 1,
      overdue: 2,
      progress: 36, // (100 + 50 + 0 + 20 + 10) / 5
      reportingRate: 66.7, // 2 of 3 pairs: m2 submitted, m4 accepted, m3 a draft
      planned: 3500,
      spent: 1100,
    });
    expect(lineB).toEqual({
      code: "B",
      name: "B ky",
      programs: 1,
      measures: 2,
      done: 1,
      inProgress: 0,
      notStarted: 0,
      overdue: 0,
      progress: 50,
      reportingRate: 50, // m7: lead accepted, co (R org) nothing
      planned: 3000,
      spent: 1500,
    });
    expect(r.totals.own).toMatchObject({
      programs: 1,
      measures: 1,
      inProgress: 1,
      progress: 40,
      reportingRate: 0,
    });
    expect(r.totals).toMatchObject({
      programs: 5,
      measures: 8,
      done: 2,
      inProgress: 3,
      notStarted: 1,
      postponed: 1,
      cancelled: 1,
      overdue: 2,
      percentSum: 320,
      progress: 40, // 320 / 8, not the mean of 36, 50 and 40
      expected: 6,
      submitted: 3,
      reportingRate: 50,
      planned: 6500,
      spent: 2600,
    });
    expect(r.totals.byFunding).toEqual([
      { code: "local", planned: 4500, spent: 2300 },
      { code: "republican", planned: 2000, spent: 300 },
    ]);
    for (const k of [
      "programs",
      "measures",
      "done",
      "inProgress",
      "notStarted",
      "overdue",
      "planned",
      "spent",
    ] as const)
      expect(r.totals[k]).toBe(r.children.reduce((n, c) => n + c[k], r.totals.own[k]));
    // formulas: A counts m1..m4, m6 (m3 has no report), leaves out m5 (removed) and the draft's
    // measure; B counts m7 m8 and leaves out the archived program's; own: m9 alone
    const territoryRule = { rule: "equal", over: "territory", plannedCost: null };
    expect(formulaA).toMatchObject({
      ...territoryRule,
      counted: 5,
      withoutReport: 1,
      leftOut: [
        { reason: "removed", measures: 1 },
        { reason: "program_not_approved", measures: 1 },
      ],
    });
    expect(formulaB).toMatchObject({
      ...territoryRule,
      counted: 2,
      withoutReport: 0,
      leftOut: [{ reason: "program_not_approved", measures: 1 }],
    });
    expect(r.totals.own.formula).toMatchObject({ counted: 1, withoutReport: 0, leftOut: [] });
    expect(r.totals.formula).toMatchObject({
      ...territoryRule,
      counted: 8,
      withoutReport: 1,
      leftOut: [
        { reason: "removed", measures: 1 },
        { reason: "program_not_approved", measures: 2 },
      ],
    });
    expect(r.totals.formula.text).toBe(
      "Mean of the percent of 8 measures of the approved programs of the territory and below, whatever each program's own rule, each measure with equal weight, one decimal. 1 measure without an accepted lead report counts as 0 %. Left out: 1 measure removed by a later version of the plan; 2 measures of programs not approved (draft or archived).",
    );
    expect(r.totals.formula.reportingRate).toMatch(/submitted \/ expected/);
  });

  it("counts a merged territory's programs under its successor, and the oblast's lines add up", async () => {
    const { db } = await freshDatabase(engine);
    await world(db);
    const a = await getRollup(db, ROOT, { code: "A", period: "2026-Q2", today: TODAY });
    expect(a.children.map((c) => c.code)).toEqual(["A1", "A2"]); // A3 merged into A2: no line of its own
    expect(a.children[1]).toMatchObject({
      code: "A2",
      programs: 2, // P2 and P3 of A3
      measures: 2,
      overdue: 1,
      progress: 15, // (20 + 10) / 2
      reportingRate: 100,
      planned: 2000,
      spent: 300,
    });
    expect(a.totals).toMatchObject({ programs: 3, measures: 5, progress: 36, reportingRate: 66.7 });
    const a3 = await getRollup(db, ROOT, { code: "A3", period: "2026-Q2", today: TODAY });
    expect(a3.totals.programs).toBe(0);
  });

  it("scopes: a district's planner sees its subtree, 403 on a sibling; anonymous sees published only", async () => {
    const { db } = await freshDatabase(engine);
    const t = await world(db);
    const own = await getRollup(db, planner(t.a1), { code: "A1", period: "2026-Q2", today: TODAY });
    expect(own.totals.programs).toBe(1);
    for (const code of ["A2", "A", "R"]) {
      const refused = await getRollup(db, planner(t.a1), { code, period: "2026-Q2", today: TODAY }).catch(
        (e) => e,
      );
      expect(isAppError(refused, "forbidden")).toBe(true);
    }
    const visitor = await getRollup(db, ANONYMOUS, { code: "R", period: "2026-Q2", today: TODAY });
    // P2 (not published) left out: m1 m2 m3 m6 m7 m8 m9 = 300 / 7
    expect(visitor.totals).toMatchObject({ programs: 4, measures: 7, progress: 42.9 });
    // nor its removed measure; the draft and the archived program are published, so named as left out
    expect(visitor.totals.formula).toMatchObject({
      counted: 7,
      leftOut: [{ reason: "program_not_approved", measures: 2 }],
    });
    const missing = await getRollup(db, ROOT, { code: "NONE", period: "2026-Q2", today: TODAY }).catch(
      (e) => e,
    );
    expect(isAppError(missing, "not_found")).toBe(true);
  });
});
