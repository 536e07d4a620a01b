/**
 * The current-state summaries of programs (program_summary, program_deadlines, program_funding,
 * program_quarter_rate, program_groups; docs/decisions/015-current-state-summaries.md), recomputed
 * from the base tables inside the transaction of every write that changes their inputs, so
 * roll-ups and dashboards read a few rows per program and are never stale. The statements are
 * built once here for one program or for all (for all programs they are the backfills of the
 * migrations that added the tables, `BACKFILLS`, and the benchmark's fill;
 * summary-consistency.test.ts holds the migrations to them).
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { Quarter } from "../../domain/quarter.ts";
import { groupsSql } from "./program-groups-sql.ts";
import { activeInQuarterSql, overdueAfterSql, progressInputsSql, storedInputsOf } from "./progress-sql.ts";

/** Which programs a refresh recomputes: one, or every program (the backfill). */
export type SummaryScope = { programId: number; quarter?: Quarter } | "all";
export const ALL_PROGRAMS: SummaryScope = "all";

// SQL true for the scope's programs, over a program id column.
function inScope(scope: SummaryScope, column: string): SQL {
  return scope === "all" ? sql`true` : sql`${sql.raw(column)} = ${scope.programId}`;
}

const CURRENT = sql`m.removed_in_version is null`;
const STATE = sql`left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id`;

function programSummarySql(scope: SummaryScope): SQL[] {
  const status = (s: string) =>
    // a literal, not a parameter: the backfill in migration 0005 is this SQL as text
    sql`count(*) filter (where ${CURRENT} and coalesce(ms.status, 'not_started') = ${sql.raw(`'${s}'`)})`;
  return [
    sql`delete from program_summary where ${inScope(scope, "program_id")}`,
    sql`insert into program_summary (program_id, measures, without_report, percent_sum, costed,
          costed_without_report, cost_tiyin, weighted_tiyin, removed, done, in_progress, not_started,
          postponed, cancelled, spent, planned)
        select m.program_id, ${progressInputsSql()}, ${status("done")}, ${status("in_progress")},
          ${status("not_started")}, ${status("postponed")}, ${status("cancelled")},
          coalesce(sum(ms.spent) filter (where ${CURRENT}), 0),
          coalesce((select sum(f.planned) from measure_funding f join measures fm on fm.id = f.measure_id
            where fm.program_id = m.program_id and fm.removed_in_version is null), 0)
        from measures m ${STATE} where ${inScope(scope, "m.program_id")} group by m.program_id`,
    // a program without measures has its row of zeros
    sql`insert into program_summary (program_id) select p.id from programs p
        where ${inScope(scope, "p.id")} on conflict do nothing`,
  ];
}

function deadlinesSql(scope: SummaryScope): SQL[] {
  return [
    sql`delete from program_deadlines where ${inScope(scope, "program_id")}`,
    sql`insert into program_deadlines (program_id, day, measures)
        select program_id, day, count(*) from (
          select m.program_id, ${overdueAfterSql()} as day
          from measures m ${STATE} where ${CURRENT} and ${inScope(scope, "m.program_id")}
        ) x where day is not null group by program_id, day`,
  ];
}

/**
 * Planned and spent by funding code of current measures. A measure funded from one source can
 * spend only from it (reports name only the measure's own codes), so its spent is its
 * measure_state.spent; only measures with several sources (or none) read their accepted reports'
 * spending lines. (Spending once put under a code a later plan version dropped counts under the
 * measure's one remaining source.)
 */
function fundingSql(scope: SummaryScope): SQL[] {
  return [
    sql`delete from program_funding where ${inScope(scope, "program_id")}`,
    sql`insert into program_funding (program_id, code, planned, spent)
        with lines as (
          select m.program_id, m.id as measure_id, f.code, f.planned,
            min(f.code) over (partition by m.id) = max(f.code) over (partition by m.id) as one_code
          from measures m join measure_funding f on f.measure_id = m.id
          where ${CURRENT} and ${inScope(scope, "m.program_id")}
        ), single as (
          select distinct program_id, measure_id, code from lines where one_code
        ), amounts as (
          select program_id, code, coalesce(planned, 0) as planned, 0 as spent from lines
          union all
          select s1.program_id, s1.code, 0, ms.spent
          from single s1 join measure_state ms on ms.measure_id = s1.measure_id
          union all
          select m.program_id, s.code, 0, s.amount
          from measures m join progress_reports r on r.measure_id = m.id and r.workflow = 'accepted'
          join report_spending s on s.report_id = r.id
          where ${CURRENT} and ${inScope(scope, "m.program_id")}
            and not exists (select 1 from single s1 where s1.measure_id = m.id)
        )
        select program_id, code, sum(planned), sum(spent) from amounts group by program_id, code`,
  ];
}

/**
 * Per quarter of the program's years: the expected (measure, organization) pairs — lead or co,
 * current measures active in the quarter — and those whose report is submitted or accepted.
 */
function quarterRateSql(scope: SummaryScope): SQL[] {
  const one = scope !== "all" && scope.quarter;
  const quarterOnly = one ? sql`and year = ${one.year} and quarter = ${one.quarter}` : sql``;
  const seriesOnly = one ? sql`and y = ${one.year} and qq = ${one.quarter}` : sql``;
  return [
    sql`delete from program_quarter_rate where ${inScope(scope, "program_id")} ${quarterOnly}`,
    sql`insert into program_quarter_rate (program_id, year, quarter, expected, submitted)
        with pairs as (
          select distinct m.program_id, m.id, b.organization_id, m.repeat, m.deadline_from, m.deadline_to
          from measures m join measure_bodies b on b.measure_id = m.id and b.organization_id is not null
          where ${CURRENT} and ${inScope(scope, "m.program_id")}
        ), quarters as (
          select p.id as program_id, y as year, qq as quarter, make_date(y, qq * 3 - 2, 1) as start,
            (make_date(y, qq * 3 - 2, 1) + interval '3 month' - interval '1 day')::date as finish
          from programs p, generate_series(p.period_from, p.period_to) y, generate_series(1, 4) qq
          where ${inScope(scope, "p.id")} ${seriesOnly}
        )
        select q.program_id, q.year, q.quarter, count(*),
          count(*) filter (where r.workflow in ('submitted', 'accepted'))
        from quarters q join pairs m on m.program_id = q.program_id and ${activeInQuarterSql(sql`q.start`, sql`q.finish`)}
        left join reporting_periods rp on rp.program_id = q.program_id and rp.year = q.year and rp.quarter = q.quarter
        left join progress_reports r on r.period_id = rp.id and r.measure_id = m.id and r.organization_id = m.organization_id
        group by q.program_id, q.year, q.quarter`,
  ];
}

function programGroupsSql(scope: SummaryScope): SQL[] {
  return groupsSql(inScope(scope, "m.program_id"), inScope(scope, "program_id"));
}

/** The migration that added each summary table, and the statements that backfill it. */
export const BACKFILLS: Record<string, (scope: SummaryScope) => SQL[]> = {
  "0005_current-state-summaries": (scope) => [
    ...programSummarySql(scope),
    ...deadlinesSql(scope),
    ...fundingSql(scope),
    ...quarterRateSql(scope),
  ],
  "0007_program-groups": programGroupsSql,
};

/** Every statement that recomputes the scope's summaries, in order. */
export function summaryStatements(scope: SummaryScope): SQL[] {
  return Object.values(BACKFILLS).flatMap((statements) => statements(scope));
}

/** A scalar subquery: a program's ProgressInputs as program_summary keeps them, as one JSON object. */
export function storedInputsSql(programId: SQL): SQL {
  return sql`(select row_to_json(x) from (
      select ${storedInputsOf("s")} from program_summary s where s.program_id = ${programId}) x)`;
}

/** A scalar subquery: a program's current measures overdue on `day` (YYYY-MM-DD), from program_deadlines. */
export function storedOverdueSql(programId: SQL, day: string): SQL {
  return sql`(select coalesce(sum(d.measures), 0)::int from program_deadlines d
    where d.program_id = ${programId} and d.day < ${day}::date)`;
}

/**
 * Recomputes a program's summaries inside the caller's transaction, after its writes; with a
 * quarter, the reporting rate of that quarter only (a report's workflow changes nothing else of
 * the rate). The program row is locked first so that concurrent writes to one program recompute
 * one after the other, each seeing the other's committed rows (read committed), never a stale sum.
 */
export async function refreshProgramSummary(tx: Db, programId: number, quarter?: Quarter) {
  await lockProgram(tx, programId);
  for (const statement of summaryStatements({ programId, quarter })) await tx.execute(statement);
}

/**
 * Recomputes only a quarter's reporting rate: after a report is submitted or returned, which
 * changes nothing else of the summaries (only accepted reports move measure states, spending and
 * progress). Cheap on purpose: every write to a program waits for the one before it on the lock,
 * and submits come in bursts at the end of a quarter (the reliability suite's load test).
 */
export async function refreshQuarterRate(tx: Db, programId: number, quarter: Quarter) {
  await lockProgram(tx, programId);
  for (const statement of quarterRateSql({ programId, quarter })) await tx.execute(statement);
}

// Concurrent writes to one program recompute one after the other, each seeing the other's rows.
async function lockProgram(tx: Db, programId: number) {
  await tx.execute(sql`select id from programs where id = ${programId} for no key update`);
}

/** Recomputes the summaries of every program (a store filled outside the operations: benchmarks). */
export async function refreshAllSummaries(db: Db) {
  for (const statement of summaryStatements(ALL_PROGRAMS)) await db.execute(statement);
}
