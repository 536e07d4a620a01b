import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../../tests/setup/error-code.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { ROOT } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import * as s from "../../db/schema.ts";
import { getRollup } from "../rollup/get-rollup.ts";
import { logIn } from "../users/sessions.ts";
import { loadDemo } from "./load-demo.ts";

async function rows<T>(db: Db, query: string): Promise<T[]> {
  return ((await db.execute(sql.raw(query))) as unknown as { rows: T[] }).rows;
}

describe.each(testEngines())("loadDemo on %s", (engine) => {
  it("loads users, programs, periods and reports as the demo defines them (today 2026-09-30)", async () => {
    const { db, files } = await freshDatabase(engine);
    const summary = await loadDemo(db, files, new Date("2026-09-30T00:00:00Z"), ROOT);

    // 8 users (the 6 of Tash-Kömür and Chong-Alai, a national and an Osh oblast planner), one role
    // each; 10 Tash-Kömür + 6 Chong-Alai bodies + 2 in each of the 13 generated programs' territories.
    const [users] = await db.select({ n: count() }).from(s.users);
    expect(users?.n).toBe(8);
    const [roles] = await db.select({ n: count() }).from(s.userRoles);
    expect(roles?.n).toBe(8);
    const [orgs] = await db.select({ n: count() }).from(s.organizations);
    expect(orgs?.n).toBe(16 + 13 * 2);
    // The register's 54 rows (republic, 7 oblasts, Bishkek and Osh, Bishkek's 4 districts, 40
    // districts) + Tash-Kömür city + 7 aiyl aimaks with local codes.
    const [territories] = await db.select({ n: count() }).from(s.territories);
    expect(territories?.n).toBe(54 + 1 + 7);
    // the demo logins work
    expect(await logIn(db, "planner.tk", "demo-planner-tk", new Date())).toBeTruthy();

    const programs = (await db.select().from(s.programs).orderBy(s.programs.id)).slice(0, 2);
    expect(programs.map((p) => [p.periodFrom, p.periodTo, p.status, p.published])).toEqual([
      [2026, 2026, "approved", true],
      [2025, 2030, "approved", true],
    ]);

    // Tash-Kömür 2026: Q1, Q2 closed, Q3 open. Chong-Alai 2025–2030: 2025-Q1 … 2026-Q2 closed, 2026-Q3 open.
    const periods = await rows<{ program_id: number; status: string; n: number }>(
      db,
      "select program_id, status, count(*)::int as n from reporting_periods where program_id <= 2 group by 1, 2 order by 1, 2",
    );
    expect(periods).toEqual([
      { program_id: 1, status: "closed", n: 2 },
      { program_id: 1, status: "open", n: 1 },
      { program_id: 2, status: "closed", n: 6 },
      { program_id: 2, status: "open", n: 1 },
    ]);

    // Reported quarters: TK 2026-Q1, Q2 (2); CA the last four past, 2025-Q3 … 2026-Q2. Five
    // measures each; in the latest, one returned and one draft; one submitted in 2026-Q3.
    // TK: 5 + 3 accepted; CA: 3 × 5 + 3 accepted.
    const byWorkflow = await rows<{ program_id: number; workflow: string; n: number }>(
      db,
      `select p.program_id, r.workflow, count(*)::int as n from progress_reports r
       join reporting_periods p on p.id = r.period_id where p.program_id <= 2 group by 1, 2 order by 1, 2`,
    );
    expect(byWorkflow).toEqual([
      { program_id: 1, workflow: "accepted", n: 8 },
      { program_id: 1, workflow: "draft", n: 1 },
      { program_id: 1, workflow: "returned", n: 1 },
      { program_id: 1, workflow: "submitted", n: 1 },
      { program_id: 2, workflow: "accepted", n: 18 },
      { program_id: 2, workflow: "draft", n: 1 },
      { program_id: 2, workflow: "returned", n: 1 },
      { program_id: 2, workflow: "submitted", n: 1 },
    ]);
    expect(summary.reports).toEqual({
      accepted: 26,
      returned: 2,
      draft: 2,
      submitted: 2,
      attachments: 2,
      periods: 10,
    });
    const submitted = await rows<{ key: string }>(
      db,
      `select p.year || '-Q' || p.quarter as key from progress_reports r join reporting_periods p on p.id = r.period_id
       where r.workflow = 'submitted' and p.program_id <= 2 order by 1`,
    );
    expect(submitted.map((r) => r.key)).toEqual(["2026-Q3", "2026-Q3"]);

    // Measure state comes from the accepted reports: the five reported measures of each program
    // have a percent; the first of them is done from the second reported quarter on (the
    // other four are due after 2026-06-30 in both plans, so none of them is done).
    const state = await rows<{ program_id: number; reported: number; done: number }>(
      db,
      `select program_id, count(*) filter (where percent > 0)::int as reported,
              count(*) filter (where done)::int as done from measure_state where program_id <= 2 group by 1 order by 1`,
    );
    expect(state).toEqual([
      { program_id: 1, reported: 5, done: 1 },
      { program_id: 2, reported: 5, done: 1 },
    ]);

    // One file on the first report of each program's first reported quarter, its bytes in the database.
    const stored = await db
      .select({ size: s.attachments.size, stored: s.attachmentContents.content })
      .from(s.attachments)
      .innerJoin(s.attachmentContents, eq(s.attachmentContents.sha256, s.attachments.sha256));
    expect(stored).toHaveLength(2);
    for (const f of stored) expect(f.stored.length).toBe(f.size);

    await expectGeneratedPrograms(db, summary.generated.measures);

    // A second load is refused and changes nothing.
    expect(await errorCodeOf(loadDemo(db, files, new Date("2026-09-30T00:00:00Z"), ROOT))).toBe("conflict");
    const [after] = await db.select({ n: count() }).from(s.users);
    expect(after?.n).toBe(8);
    // The demo writes ≈ 200 transactions; on a busy 2-core machine PGlite needs more than 30 s.
  }, 120_000);
});

/**
 * The generated programs (today 2026-09-30): 13 in six districts and seven aiyl aimaks of Jalal-Abad
 * and Osh oblasts, approved and published; each has 2026-Q1 and Q2 closed with accepted reports
 * and 2026-Q3 open with one submitted report (they start in 2025 or 2026, so those two are always
 * their last past quarters). The national roll-up counts them under their oblasts.
 */
async function expectGeneratedPrograms(db: Db, measures: number) {
  const generated = await rows<{ level: string; n: number; approved: number; published: number }>(
    db,
    `select t.level, count(*)::int as n, count(*) filter (where p.status = 'approved')::int as approved,
       count(*) filter (where p.published)::int as published
     from programs p join territories t on t.id = p.territory_id where p.id > 2 group by 1 order by 1`,
  );
  expect(generated).toEqual([
    { level: "aiyl_aimak", n: 7, approved: 7, published: 7 },
    { level: "district", n: 6, approved: 6, published: 6 },
  ]);
  const [stored] = await rows<{ n: number }>(
    db,
    "select count(*)::int as n from measures where program_id > 2 and removed_in_version is null",
  );
  expect(stored?.n).toBe(measures);
  // 6 to 12 measures each
  expect(measures).toBeGreaterThanOrEqual(13 * 6);
  expect(measures).toBeLessThanOrEqual(13 * 12);
  const periods = await rows<{ key: string; status: string; n: number }>(
    db,
    `select year || '-Q' || quarter as key, status, count(*)::int as n from reporting_periods
     where program_id > 2 group by 1, 2 order by 1, 2`,
  );
  expect(periods).toEqual([
    { key: "2026-Q1", status: "closed", n: 13 },
    { key: "2026-Q2", status: "closed", n: 13 },
    { key: "2026-Q3", status: "open", n: 13 },
  ]);
  const reports = await rows<{ key: string; workflow: string; programs: number }>(
    db,
    `select p.year || '-Q' || p.quarter as key, r.workflow, count(distinct p.program_id)::int as programs
     from progress_reports r join reporting_periods p on p.id = r.period_id where p.program_id > 2
     group by 1, 2 order by 1, 2`,
  );
  expect(reports.map((r) => [r.key, r.workflow])).toEqual([
    ["2026-Q1", "accepted"],
    ["2026-Q2", "accepted"],
    ["2026-Q3", "submitted"],
  ]);
  // one submitted report in every generated program's open quarter
  expect(reports[2]?.programs).toBe(13);
  // The republic's roll-up: Jalal-Abad = Tash-Kömür + 3 districts + 3 aiyl aimaks (Suzak 2,
  // Nooken 1); Osh = Chong-Alai + 3 districts + 4 aiyl aimaks (Alai 2, Chong-Alai 2).
  const rollup = await getRollup(db, ROOT, {
    code: "41700000000000",
    period: "2026-Q3",
    today: "2026-09-30",
  });
  expect(rollup.totals.programs).toBe(15);
  const byOblast = Object.fromEntries(rollup.children.map((c) => [c.code, c.programs]));
  expect(byOblast["41703000000000"]).toBe(7);
  expect(byOblast["41706000000000"]).toBe(8);
  expect(rollup.totals.measures).toBe(27 + 80 + measures);
}

describe("loadDemo early in the programs (pglite)", () => {
  it("on 2025-05-15: Tash-Kömür has no period yet; Chong-Alai has 2025-Q1 closed and 2025-Q2 open", async () => {
    const { db, files } = await freshDatabase("pglite");
    const summary = await loadDemo(db, files, new Date("2025-05-15T00:00:00Z"), ROOT);
    // Only one past quarter, which is then the latest: 3 accepted, 1 returned, 1 draft.
    expect(summary.reports).toEqual({
      accepted: 3,
      returned: 1,
      draft: 1,
      submitted: 1,
      attachments: 1,
      periods: 2,
    });
    const tk = await db.select().from(s.reportingPeriods).where(eq(s.reportingPeriods.programId, 1));
    expect(tk).toEqual([]);
  }, 120_000);
});
