import { sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import { ratePercent } from "../../domain/measure-progress.ts";
import { quarterEnd, quarterKey, quarterStart } from "../../domain/quarter.ts";
import type { BodyRate } from "../../domain/views.ts";
import { type ProgramWithPath, readableProgram } from "../programs/program-access.ts";
import { activeInQuarterSql, jsonOf, rowsOf } from "../shared/progress-sql.ts";
import { programQuarter } from "./report-scope.ts";

export type { BodyRate };

/**
 * Who reported in a quarter. Expected: every (measure, responsible organization) pair, lead or co,
 * of the program's current measures active in the quarter (deadline range overlaps it, yearly,
 * ongoing, or no deadline). Submitted: the pair's report is submitted or accepted (a returned one
 * counts again once resubmitted). Accepted: accepted. Rate = submitted / expected in percent.
 */
export async function getReportingRate(db: Db, actor: Actor, programId: number, periodKey: string) {
  return reportingRateOf(db, await readableProgram(db, actor, programId), periodKey);
}

/** The reporting rate of a program whose access the caller has already checked. */
export async function reportingRateOf(db: Db, program: ProgramWithPath, periodKey: string) {
  const programId = program.id;
  const q = programQuarter(program, periodKey);
  // One statement: the period (its status; none yet = closed) and every body's pairs.
  const [row] = await rowsOf<{ period: unknown; bodies: unknown }>(
    db,
    sql`with period as (
          select id, status from reporting_periods
          where program_id = ${programId} and year = ${q.year}::int and quarter = ${q.quarter}::int
        ), pairs as (
          select distinct m.id as measure_id, b.organization_id
          from measures m join measure_bodies b on b.measure_id = m.id
          where m.program_id = ${programId} and m.removed_in_version is null and b.organization_id is not null
            and ${activeInQuarterSql(quarterStart(q), quarterEnd(q))}
        ), bodies as (
          select p.organization_id as "organizationId", o.name,
            count(*) as expected,
            count(*) filter (where r.workflow in ('submitted', 'accepted')) as submitted,
            count(*) filter (where r.workflow = 'accepted') as accepted,
            count(*) filter (where r.workflow = 'returned') as returned,
            count(*) filter (where r.workflow = 'draft') as draft,
            coalesce(array_agg(p.measure_id order by p.measure_id)
              filter (where r.workflow is null or r.workflow in ('draft', 'returned')), '{}') as "notReported"
          from pairs p
          join organizations o on o.id = p.organization_id
          left join progress_reports r on r.measure_id = p.measure_id and r.organization_id = p.organization_id
            and r.period_id = (select id from period)
          group by p.organization_id, o.name
        )
        select (select row_to_json(x) from period x) as period,
          (select json_agg(b order by b.name, b."organizationId") from bodies b) as bodies`,
  );
  const period = jsonOf<{ status: "open" | "closed" }>(row?.period);
  const bodies = jsonOf<BodyRate[]>(row?.bodies) ?? [];
  const sum = (k: "expected" | "submitted" | "accepted" | "returned" | "draft") =>
    bodies.reduce((n, b) => n + Number(b[k]), 0);
  const expected = sum("expected");
  const submitted = sum("submitted");
  return {
    period: quarterKey(q),
    periodStatus: period?.status ?? ("closed" as const),
    expected,
    submitted,
    accepted: sum("accepted"),
    returned: sum("returned"),
    draft: sum("draft"),
    rate: ratePercent(submitted, expected),
    bodies: bodies.map((b) => ({ ...b, notReported: b.notReported.map(Number) })),
  };
}

/** The reporting rate of a period. */
export type ReportingRate = Awaited<ReturnType<typeof reportingRateOf>>;
