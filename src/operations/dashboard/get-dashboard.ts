import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import {
  type ProgressInputs,
  progressFormula,
  progressOf,
  type Weighting,
} from "../../domain/progress-formula.ts";
import { quarterKey, quarterOf } from "../../domain/quarter.ts";
import { readableProgram } from "../programs/program-access.ts";
import { getReportingRate } from "../reporting/get-reporting-rate.ts";
import { inputsFromRow, overdueSql, progressInputsSql, rowsOf } from "../shared/progress-sql.ts";

/** A group's figure by the program's rule, with its formula, from its summed inputs. */
function figureOf(rule: Weighting, row: Partial<Record<keyof ProgressInputs, unknown>>) {
  const inputs = inputsFromRow(row);
  return {
    measures: inputs.measures,
    percent: progressOf(rule, inputs),
    formula: progressFormula(rule, inputs),
  };
}

/**
 * A program's dashboard from measure_state and plan tables only (never the report history;
 * spending by source reads the program's accepted reports' spending lines). Progress of the
 * program, a section, a body (lead or co) or a funding source follows the program's weighting
 * (equal, or by planned cost) over its current measures, a measure without an accepted lead
 * report counting 0, one decimal; each comes with its formula. Bodies
 * linked to an organization are in `byBody`; the others, by their name, in `byUnmatchedBody`.
 */
export async function getDashboard(
  db: Db,
  actor: Actor,
  programId: number,
  options: { today: string; period?: string },
) {
  const program = await readableProgram(db, actor, programId);
  const rule = program.progressWeighting;
  // Groups read every measure of the program, removed ones too, so that the formula can count
  // what it left out; a group is shown while it has a current measure.
  const all = sql`m.program_id = ${programId}`;
  const current = sql`${all} and m.removed_in_version is null`;
  const shown = sql`having count(*) filter (where m.removed_in_version is null) > 0`;
  // ms.program_id = m.program_id (always true) lets the planner fetch the program's states by the
  // measure_state_program index instead of scanning every state (docs/benchmarks.md, API).
  const state = sql`left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id`;
  const inputs = progressInputsSql();
  const read = <T>(q: SQL) => rowsOf<T & Partial<Record<keyof ProgressInputs, unknown>>>(db, q);
  const group = (row: Partial<Record<keyof ProgressInputs, unknown>>) => figureOf(rule, row);
  const [totals] = await read<{ overdue: number }>(
    sql`select ${inputs}, count(*) filter (where m.removed_in_version is null and ${overdueSql(options.today)}) as overdue
        from measures m ${state} where ${all}`,
  );
  const byStatus = await read<{ status: string; measures: number }>(
    sql`select coalesce(ms.status, 'not_started') as status, count(*) as measures
        from measures m ${state} where ${current} group by 1 order by 1`,
  );
  const bySection = await read<{ sectionId: number | null; code: string | null; title: string | null }>(
    sql`select s.id as "sectionId", s.code, s.title, ${inputs}
        from measures m ${state} left join sections s on s.id = m.section_id
        where ${all} group by s.id, s.code, s.title, s.position ${shown} order by s.position nulls last`,
  );
  const byBody = await read<{ organizationId: number; name: string; lead: number }>(
    sql`select o.id as "organizationId", o.name, count(*) filter (where b.lead and m.removed_in_version is null) as lead, ${inputs}
        from (select b.measure_id, b.organization_id, bool_or(b.role = 'lead') as lead
              from measure_bodies b join measures m on m.id = b.measure_id
              where ${all} and b.organization_id is not null group by b.measure_id, b.organization_id) b
        join measures m on m.id = b.measure_id and m.program_id = ${programId} ${state} join organizations o on o.id = b.organization_id
        group by o.id, o.name ${shown} order by o.name, o.id`,
  );
  // Bodies the plan names but no organization was linked to: grouped by their name as written.
  const byUnmatchedBody = await read<{ name: string; lead: number }>(
    sql`select b.name, count(*) filter (where b.lead and m.removed_in_version is null) as lead, ${inputs}
        from (select b.measure_id, btrim(b.name) as name, bool_or(b.role = 'lead') as lead
              from measure_bodies b join measures m on m.id = b.measure_id
              where ${all} and b.organization_id is null group by b.measure_id, btrim(b.name)) b
        join measures m on m.id = b.measure_id and m.program_id = ${programId} ${state}
        group by b.name ${shown} order by b.name`,
  );
  const byFunding = await read<{ code: string; planned: number; spent: number }>(
    sql`with f as (
          select f.measure_id, f.code, sum(f.planned) as planned
          from measure_funding f join measures m on m.id = f.measure_id where ${all} group by f.measure_id, f.code
        ), spent as (
          select s.code, sum(s.amount) as spent
          from report_spending s join progress_reports r on r.id = s.report_id join measures m on m.id = r.measure_id
          where ${current} and r.workflow = 'accepted' group by s.code
        )
        select f.code, ${inputs},
          coalesce(sum(f.planned) filter (where m.removed_in_version is null), 0) as planned, coalesce(max(sp.spent), 0) as spent
        from f join measures m on m.id = f.measure_id
        left join measure_state ms on ms.measure_id = f.measure_id and ms.program_id = ${programId} left join spent sp on sp.code = f.code
        group by f.code ${shown} order by f.code`,
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
    totals: { ...group(totals ?? {}), overdue: Number(totals?.overdue ?? 0) },
    byStatus,
    bySection: bySection.map((r) => ({ sectionId: r.sectionId, code: r.code, title: r.title, ...group(r) })),
    byBody: byBody.map((r) => ({
      organizationId: r.organizationId,
      name: r.name,
      lead: Number(r.lead),
      ...group(r),
    })),
    byUnmatchedBody: byUnmatchedBody.map((r) => ({ name: r.name, lead: Number(r.lead), ...group(r) })),
    byFunding: byFunding.map((r) => ({
      code: r.code,
      planned: Number(r.planned),
      spent: Number(r.spent),
      ...group(r),
    })),
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
