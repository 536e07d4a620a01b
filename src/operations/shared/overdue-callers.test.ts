/**
 * One answer to "which measures are overdue" from every door that counts them: the program list,
 * the measure list (flag and filter), the dashboard and the official report. The fixture has a
 * cancelled measure, one done after its deadline, a postponed one and a yearly one whose latest
 * report says done while an earlier year is still open; the expected sets are worked out by hand.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import { measureState } from "../../db/schema.ts";
import { getDashboard } from "../dashboard/get-dashboard.ts";
import { buildReport } from "../exchange/build-report.ts";
import { listMeasures } from "../measures/list-measures.ts";
import { listPrograms } from "../programs/list-programs.ts";
import { refreshProgramSummary } from "./program-summary.ts";

type State = { status: string; percent: number; done: boolean; firstOpenYear?: number | null };

/**
 * m1 (due 2026-06-30) cancelled; m2 (due 2026-09-30) done late; m3 (due 2027-12-31) postponed;
 * m4 yearly 2026–2028, its latest report says done but 2026 is still open; m5 ongoing; m6 undated.
 */
const STATES: Record<string, State> = {
  m1: { status: "cancelled", percent: 10, done: false },
  m2: { status: "done", percent: 100, done: true },
  m3: { status: "postponed", percent: 20, done: false },
  m4: { status: "done", percent: 100, done: true, firstOpenYear: 2026 },
  m5: { status: "in_progress", percent: 50, done: false },
  m6: { status: "in_progress", percent: 30, done: false },
};

/** By hand: cancelled, done, ongoing and undated never; m4 once 2026 has ended; m3 after 2027. */
const EXPECTED: [today: string, keys: string[]][] = [
  ["2026-12-31", []],
  ["2027-01-05", ["m4"]],
  ["2028-01-02", ["m3", "m4"]],
];

async function overdueEverywhere(db: Db, programId: number, today: string) {
  const date = new Date(`${today}T00:00:00Z`);
  const page = { page: 1, pageSize: 100 };
  const programs = await listPrograms(db, ROOT, {}, page, date);
  const all = await listMeasures(db, ROOT, programId, {}, page, date);
  const filtered = await listMeasures(db, ROOT, programId, { overdue: true }, page, date);
  const dashboard = await getDashboard(db, ROOT, programId, { today });
  const report = await buildReport(db, ROOT, programId, { period: "2026", lang: "ky", today });
  return {
    programList: programs.items.find((p) => p.id === programId)?.overdue,
    measureFlags: all.items.filter((m) => m.overdue).map((m) => m.id),
    measureFilter: filtered.items.map((m) => m.id),
    dashboardCount: dashboard.totals.overdue,
    dashboardList: dashboard.overdue.map((o) => o.measureId),
    reportCount: report.summary.totals.overdue,
    reportList: report.summary.overdue.map((o) => o.action),
  };
}

for (const engine of testEngines()) {
  describe(`overdue is one rule across lists, dashboard and report (${engine})`, () => {
    it("gives the hand-worked set everywhere", async () => {
      const { db } = await freshDatabase(engine);
      const world = await createWorld(db);
      const f = await createProgramFixture(db, world);
      for (const [key, state] of Object.entries(STATES))
        await db
          .update(measureState)
          .set(state)
          .where(eq(measureState.measureId, f.measureIds[key] as number));
      // the states stand for accepted reports, whose review refreshes the program's summaries
      await refreshProgramSummary(db, f.programId);
      for (const [today, keys] of EXPECTED) {
        const ids = keys.map((k) => f.measureIds[k] as number);
        expect(await overdueEverywhere(db, f.programId, today), today).toEqual({
          programList: ids.length,
          measureFlags: ids,
          measureFilter: ids,
          dashboardCount: ids.length,
          dashboardList: ids,
          reportCount: ids.length,
          reportList: keys.map((k) => `Иш-чара ${k}`),
        });
      }
    });
  });
}
