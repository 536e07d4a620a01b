/**
 * A planner switches a program's progress weighting (If-Match, audit row) and every door that
 * answers the program's progress — the list, the program, its dashboard — follows the rule and
 * says how it counted, with numbers worked out by hand.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { createProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import { auditLog, measureState, measures } from "../../db/schema.ts";
import type { Dashboard, Formula, Program, ProgramListItem } from "../../domain/views.ts";
import { refreshProgramSummary } from "../../operations/shared/program-summary.ts";

/**
 * Fixture m1…m6 with states set directly: m1 100 % and m2 80 % (accepted lead reports), the rest
 * 0 % without one; planned costs m1 1 000 000, m2 3 000 000, m3 1 000 000, m4 and m5 none; m6
 * removed by version 2.
 */
async function setUp(db: Db) {
  const world = await createWorld(db);
  const f = await createProgramFixture(db, world);
  const id = (key: string) => f.measureIds[key] as number;
  const state = (key: string, percent: number) =>
    db
      .update(measureState)
      .set({ percent, lastAcceptedPeriodId: 1 })
      .where(eq(measureState.measureId, id(key)));
  await state("m1", 100);
  await state("m2", 80);
  for (const [key, costAmount] of [
    ["m1", 1_000_000],
    ["m2", 3_000_000],
    ["m3", 1_000_000],
  ] as const)
    await db
      .update(measures)
      .set({ costAmount })
      .where(eq(measures.id, id(key)));
  await db
    .update(measures)
    .set({ removedInVersion: 2 })
    .where(eq(measures.id, id("m6")));
  // the rows stand for reviews and a plan version, whose writes refresh the program's summaries
  await refreshProgramSummary(db, f.programId);
  return f.programId;
}

describe.each(testEngines())("progress weighting and its formula through the API (%s)", (engine) => {
  // a fresh PGlite takes its time on a busy machine
  it("follows the program's rule everywhere and shows the formula", async () => {
    const { db } = await freshDatabase(engine);
    const programId = await setUp(db);
    const api = apiFor(db);
    const planner = await api.as("planner-tk");
    const url = `/api/v1/programs/${programId}`;
    const figures = async () => {
      const program = (await planner.get<Program>(url)).body;
      const list = (await planner.get<{ items: ProgramListItem[] }>("/api/v1/programs")).body.items;
      const item = list.find((p) => p.id === programId) as ProgramListItem;
      const dashboard = (await planner.get<Dashboard>(`${url}/dashboard`)).body;
      return { program, item, dashboard };
    };

    // equal: (100 + 80 + 0 + 0 + 0) / 5 = 36.0; m3 m4 m5 without a report; m6 removed
    const equal = await figures();
    const equalFormula: Partial<Formula> = {
      rule: "equal",
      over: "program",
      counted: 5,
      withoutReport: 3,
      plannedCost: null,
      leftOut: [{ reason: "removed", measures: 1 }],
    };
    expect(equal.program).toMatchObject({ progressWeighting: "equal", measureCount: 5, progress: 36 });
    expect(equal.program.formula).toMatchObject(equalFormula);
    expect(equal.item).toMatchObject({ progressWeighting: "equal", measureCount: 5, progress: 36 });
    expect(equal.item.formula).toEqual(equal.program.formula);
    expect(equal.dashboard.totals).toMatchObject({ measures: 5, percent: 36, formula: equalFormula });

    // the rule is a program edit: If-Match required, a wrong value refused, executors refused
    expect((await planner.patch(url, { progressWeighting: "cost" })).status).toBe(400);
    const v = { "if-match": `"${equal.program.rowVersion}"` };
    expect((await planner.patch(url, { progressWeighting: "by-size" }, v)).status).toBe(400);
    expect((await (await api.as("executor-tk")).patch(url, { progressWeighting: "cost" }, v)).status).toBe(
      403,
    );
    const saved = await planner.patch<Program>(url, { progressWeighting: "cost" }, v);
    expect(saved.status).toBe(200);
    expect(saved.body.progressWeighting).toBe("cost");
    expect(saved.headers.get("etag")).toBe(`"${equal.program.rowVersion + 1}"`);
    expect((await planner.patch(url, { progressWeighting: "equal" }, v)).status).toBe(409);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "program"), eq(auditLog.action, "update")));
    expect(audit?.before).toMatchObject({ progressWeighting: "equal" });
    expect(audit?.after).toMatchObject({ progressWeighting: "cost" });

    // cost: (100 × 1 000 000 + 80 × 3 000 000 + 0 × 1 000 000) / 5 000 000 = 340 / 5 = 68.0
    const cost = await figures();
    const costFormula: Partial<Formula> = {
      rule: "cost",
      counted: 3,
      withoutReport: 1,
      plannedCost: 5_000_000,
      leftOut: [
        { reason: "no_cost", measures: 2 },
        { reason: "removed", measures: 1 },
      ],
    };
    expect(cost.program).toMatchObject({ progressWeighting: "cost", progress: 68, formula: costFormula });
    expect(cost.item).toMatchObject({ progressWeighting: "cost", progress: 68, formula: costFormula });
    expect(cost.dashboard.totals).toMatchObject({ percent: 68, formula: costFormula });
    // section 1 holds m1 m2 m3: the same 68.0; section 2 (m4 m5 without cost, m6 removed): 0, none counted
    expect(cost.dashboard.bySection.map((s) => [s.percent, s.formula.counted])).toEqual([
      [68, 3],
      [0, 0],
    ]);
    expect(cost.program.formula.text).toBe(
      "Mean of the percent of 3 measures, weighted by planned cost (5000000 som in all), one decimal. 1 measure without an accepted lead report counts as 0 %. Left out: 2 measures without a planned cost; 1 measure removed by a later version of the plan.",
    );
  }, 90_000);
});
