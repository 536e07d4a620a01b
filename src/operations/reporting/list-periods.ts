import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { reportingPeriods } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { quarterKey, quartersOfYears } from "../../domain/quarter.ts";
import { readableProgram } from "../programs/program-access.ts";
import type { Page, PageRequest } from "../shared/list-page.ts";
import { type PeriodView, view } from "./period-status.ts";

/** Every quarter of the program's years with its status; never-opened quarters are closed with id null. */
export async function listPeriods(
  db: Db,
  actor: Actor,
  programId: number,
  page: PageRequest = { page: 1, pageSize: 100 },
): Promise<Page<PeriodView>> {
  const program = await readableProgram(db, actor, programId);
  const rows = await db.select().from(reportingPeriods).where(eq(reportingPeriods.programId, programId));
  const byKey = new Map(rows.map((r) => [quarterKey(r), r]));
  const all = quartersOfYears(program.periodFrom, program.periodTo).map((q): PeriodView => {
    const row = byKey.get(quarterKey(q));
    return row
      ? view(row)
      : {
          id: null,
          key: quarterKey(q),
          year: q.year,
          quarter: q.quarter,
          status: "closed",
          rowVersion: null,
        };
  });
  const start = (page.page - 1) * page.pageSize;
  return { items: all.slice(start, start + page.pageSize), total: all.length, ...page };
}
