import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../../tests/setup/error-code.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { ROOT } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import * as s from "../../db/schema.ts";
import { logIn } from "../users/sessions.ts";
import { loadDemo } from "./load-demo.ts";

const scratch = () => mkdtempSync(join(tmpdir(), "demo-test-"));

async function rows<T>(db: Db, query: string): Promise<T[]> {
  return ((await db.execute(sql.raw(query))) as unknown as { rows: T[] }).rows;
}

describe.each(testEngines())("loadDemo on %s", (engine) => {
  it("loads users, programs, periods and reports as the demo defines them (today 2026-09-30)", async () => {
    const { db } = await freshDatabase(engine);
    const dataDir = scratch();
    const summary = await loadDemo(db, dataDir, new Date("2026-09-30T00:00:00Z"), ROOT);

    // 6 users, one role each; 5 territories; 10 Tash-Kömür + 6 Chong-Alai bodies.
    const [users] = await db.select({ n: count() }).from(s.users);
    expect(users?.n).toBe(6);
    const [roles] = await db.select({ n: count() }).from(s.userRoles);
    expect(roles?.n).toBe(6);
    const [orgs] = await db.select({ n: count() }).from(s.organizations);
    expect(orgs?.n).toBe(16);
    // the demo logins work
    expect(await logIn(db, "planner.tk", "demo-planner-tk", new Date())).toBeTruthy();

    const programs = await db.select().from(s.programs).orderBy(s.programs.id);
    expect(programs.map((p) => [p.periodFrom, p.periodTo, p.status, p.published])).toEqual([
      [2026, 2026, "approved", true],
      [2025, 2030, "approved", true],
    ]);

    // Tash-Kömür 2026: Q1, Q2 closed, Q3 open. Chong-Alai 2025–2030: 2025-Q1 … 2026-Q2 closed, 2026-Q3 open.
    const periods = await rows<{ program_id: number; status: string; n: number }>(
      db,
      "select program_id, status, count(*)::int as n from reporting_periods group by 1, 2 order by 1, 2",
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
       join reporting_periods p on p.id = r.period_id group by 1, 2 order by 1, 2`,
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
       where r.workflow = 'submitted' order by 1`,
    );
    expect(submitted.map((r) => r.key)).toEqual(["2026-Q3", "2026-Q3"]);

    // Measure state comes from the accepted reports: the five reported measures of each program
    // have a percent; the first of them is done from the second reported quarter on (the
    // other four are due after 2026-06-30 in both plans, so none of them is done).
    const state = await rows<{ program_id: number; reported: number; done: number }>(
      db,
      `select program_id, count(*) filter (where percent > 0)::int as reported,
              count(*) filter (where done)::int as done from measure_state group by 1 order by 1`,
    );
    expect(state).toEqual([
      { program_id: 1, reported: 5, done: 1 },
      { program_id: 2, reported: 5, done: 1 },
    ]);

    // One file on the first report of each program's first reported quarter, stored on disk.
    const files = await db.select().from(s.attachments);
    expect(files).toHaveLength(2);
    for (const f of files) expect(existsSync(join(dataDir, f.storagePath))).toBe(true);

    // A second load is refused and changes nothing.
    expect(await errorCodeOf(loadDemo(db, dataDir, new Date("2026-09-30T00:00:00Z"), ROOT))).toBe("conflict");
    const [after] = await db.select({ n: count() }).from(s.users);
    expect(after?.n).toBe(6);
  });
});

describe("loadDemo early in the programs (pglite)", () => {
  it("on 2025-05-15: Tash-Kömür has no period yet; Chong-Alai has 2025-Q1 closed and 2025-Q2 open", async () => {
    const { db } = await freshDatabase("pglite");
    const summary = await loadDemo(db, scratch(), new Date("2025-05-15T00:00:00Z"), ROOT);
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
  });
});
