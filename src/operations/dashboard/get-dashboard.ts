import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import { quarterKey, quarterOf } from "../../domain/quarter.ts";
import { readableProgram } from "../programs/program-access.ts";
import { getReportingRate } from "../reporting/get-reporting-rate.ts";
import { overdueSql, rowsOf } from "../shared/progress-sql.ts";

type Group = { measures: number; percent: number };

/**
 * A program's dashboard from measure_state and plan tables only (never the report history;
 * spending by source reads the program's accepted reports' spending lines). Progress of the
 * program, a section, a body (lead or co) or a funding source = the mean of its current measures'
 * percent, a measure without an accepted lead report counting 0, rounded to one decimal. Bodies
 * linked to an organization are in `byBody`; the others, by their name, in `byUnmatchedBody`.
 */
export async function getDashboard(
  db: Db,
  actor: Actor,
  programId: number,
  options: { today: string; period?: string },
) {
  const program = await readableProgram(db, actor, programId);
  const current = sql`m.program_id = ${programId} and m.removed_in_version is null`;
  // ms.program_id = m.program_id (always true) lets the planner fetch the program's states by the
  // measure_state_program index instead of scanning every state (docs/benchmarks.md, API).
  const state = sql`left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id`;
  const pct = sql`round(avg(coalesce(ms.percent, 0)), 1)`;
  const read = <T>(q: SQL) => rowsOf<T>(db, q);
  const [totals] = await read<Group & { overdue: number }>(
    sql`select count(*) as measures, coalesce(${pct}, 0) as percent, count(*) filter (where ${overdueSql(options.today)}) as overdue
        from measures m ${state} where ${current}`,
  );
  const byStatus = await read<{ status: string; measures: number }>(
    sql`select coalesce(ms.status, 'not_started') as status, count(*) as measures
        from measures m ${state} where ${current} group by 1 order by 1`,
  );
  const bySection = await read<
    Group & { sectionId: number | null; code: string | null; title: string | null }
  >(
    sql`select s.id as "sectionId", s.code, s.title, count(*) as measures, ${pct} as percent
        from measures m ${state} left join sections s on s.id = m.section_id
        where ${current} group by s.id, s.code, s.title, s.position order by s.position nulls last`,
  );
  const byBody = await read<Group & { organizationId: number; name: string; lead: number }>(
    sql`select o.id as "organizationId", o.name, count(*) as measures, count(*) filter (where b.lead) as lead, ${pct} as percent
        from (select b.measure_id, b.organization_id, bool_or(b.role = 'lead') as lead
              from measure_bodies b join measures m on m.id = b.measure_id
              where ${current} and b.organization_id is not null group by b.measure_id, b.organization_id) b
        join measures m on m.id = b.measure_id and m.program_id = ${programId} ${state} join organizations o on o.id = b.organization_id
        group by o.id, o.name order by o.name, o.id`,
  );
  // Bodies the plan names but no organization was linked to: grouped by their name as written.
  const byUnmatchedBody = await read<Group & { name: string; lead: number }>(
    sql`select b.name, count(*) as measures, count(*) filter (where b.lead) as lead, ${pct} as percent
        from (select b.measure_id, btrim(b.name) as name, bool_or(b.role = 'lead') as lead
              from measure_bodies b join measures m on m.id = b.measure_id
              where ${current} and b.organization_id is null group by b.measure_id, btrim(b.name)) b
        join measures m on m.id = b.measure_id and m.program_id = ${programId} ${state}
        group by b.name order by b.name`,
  );
  const byFunding = await read<Group & { code: string; planned: number; spent: number }>(
    sql`with f as (
          select f.measure_id, f.code, sum(f.planned) as planned
          from measure_funding f join measures m on m.id = f.measure_id where ${current} group by f.measure_id, f.code
        ), spent as (
          select s.code, sum(s.amount) as spent
          from report_spending s join progress_reports r on r.id = s.report_id join measures m on m.id = r.measure_id
          where ${current} and r.workflow = 'accepted' group by s.code
        )
        select f.code, count(*) as measures, round(avg(coalesce(ms.percent, 0)), 1) as percent,
          coalesce(sum(f.planned), 0) as planned, coalesce(max(sp.spent), 0) as spent
        from f left join measure_state ms on ms.measure_id = f.measure_id and ms.program_id = ${programId} left join spent sp on sp.code = f.code
        group by f.code order by f.code`,
  );
  const overdue = await read<{
    measureId: number;
    number: string | null;
    action: string;
    deadlineTo: string | null;
    repeat: "yearly" | "ongoing" | null;
    percent: number;
    status: string;
    firstOpenYear: number | null;
  }>(
    sql`select m.id as "measureId", m.number, m.action, m.deadline_to::text as "deadlineTo", m.repeat,
          coalesce(ms.percent, 0) as percent, coalesce(ms.status, 'not_started') as status, ms.first_open_year as "firstOpenYear"
        from measures m ${state} where ${current} and ${overdueSql(options.today)} order by m.position`,
  );
  const periodKey =
    options.period ?? quarterKey(clampQuarter(options.today, program.periodFrom, program.periodTo));
  return {
    programId,
    today: options.today,
    totals: totals ?? { measures: 0, percent: 0, overdue: 0 },
    byStatus,
    bySection,
    byBody,
    byUnmatchedBody,
    byFunding,
    overdue,
    reportingRate: await getReportingRate(db, actor, programId, periodKey),
  };
}

// The quarter of today, kept inside the program's years.
function clampQuarter(today: string, from: number, to: number) {
  const q = quarterOf(today);
  if (q.year < from) return { year: from, quarter: 1 };
  if (q.year > to) return { year: to, quarter: 4 };
  return q;
}

/** A program's dashboard. */
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
