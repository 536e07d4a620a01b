/**
 * The SQL of a territory roll-up: every counted program of a subtree placed in one bucket — the
 * child territory its (last successor's) path runs through, or 0 for the territory's own — and
 * the additive inputs of each bucket read from current-state rows (measures, measure_state,
 * measure_funding, reports of the quarter). Overdue and "active in the quarter" are the one SQL
 * twin of each rule (progress-sql.ts).
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { type Quarter, quarterEnd, quarterStart } from "../../domain/quarter.ts";
import { EMPTY_SUMS, type RollupSums } from "../../domain/rollup.ts";
import { activeInQuarterSql, overdueSql, rowsOf } from "../shared/progress-sql.ts";

/** Where a roll-up looks: the subtree's path, and whether only published programs count. */
export interface RollupScope {
  path: string;
  publishedOnly: boolean;
}

/**
 * CTEs `home` (each program territory → its last successor, itself when it has none) and `progs`
 * (the counted programs of the subtree with their bucket: the child's id, 0 for the territory's own).
 */
function programsOf(scope: RollupScope): SQL {
  const published = scope.publishedOnly ? sql`and p.published` : sql``;
  return sql`with recursive chain(start_id, cur_id, depth) as (
      select t.id, t.id, 0 from territories t where t.id in (select territory_id from programs)
      union all
      select c.start_id, t.successor_id, c.depth + 1
      from chain c join territories t on t.id = c.cur_id
      where t.successor_id is not null and c.depth < 64
    ), home as (
      select distinct on (start_id) start_id, cur_id from chain order by start_id, depth desc
    ), progs as (
      select p.id, p.period_from, p.period_to,
        case when ht.path = ${scope.path} then 0
          else split_part(substr(ht.path, ${scope.path.length + 1}::int), '/', 1)::int end as bucket
      from programs p join home h on h.start_id = p.territory_id join territories ht on ht.id = h.cur_id
      where p.status = 'approved' ${published} and ht.path like ${`${scope.path}%`}
    )`;
}

const CURRENT = sql`join measures m on m.program_id = pr.id and m.removed_in_version is null`;

/** The additive inputs of each bucket (0 = the territory's own programs) that holds a program. */
export async function bucketSums(
  db: Db,
  scope: RollupScope,
  q: Quarter,
  today: string,
): Promise<Map<number, RollupSums>> {
  const status = (s: string) => sql`count(*) filter (where coalesce(ms.status, 'not_started') = ${s})`;
  const rows = await rowsOf<Record<keyof RollupSums, number> & { bucket: number }>(
    db,
    sql`${programsOf(scope)}, counted as (
          select bucket, count(*) as programs from progs group by bucket
        ), meas as (
          select pr.bucket, count(*) as measures, ${status("done")} as done, ${status("in_progress")} as in_progress,
            ${status("not_started")} as not_started, ${status("postponed")} as postponed,
            ${status("cancelled")} as cancelled, count(*) filter (where ${overdueSql(today)}) as overdue,
            coalesce(sum(coalesce(ms.percent, 0)), 0) as percent_sum, coalesce(sum(ms.spent), 0) as spent
          from progs pr ${CURRENT}
          left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id
          group by pr.bucket
        ), planned as (
          select pr.bucket, coalesce(sum(f.planned), 0) as planned
          from progs pr ${CURRENT} join measure_funding f on f.measure_id = m.id group by pr.bucket
        ), pairs as materialized (
          select distinct pr.bucket, m.id as measure_id, b.organization_id
          from progs pr ${CURRENT}
          join measure_bodies b on b.measure_id = m.id and b.organization_id is not null
          where ${q.year}::int between pr.period_from and pr.period_to
            and ${activeInQuarterSql(quarterStart(q), quarterEnd(q))}
        ), quarter_reports as materialized (
          -- the quarter's reports read once through its periods (one per program), then matched to
          -- the pairs by a hash join (materialized: inlined, the planner probed it once per pair, 57,000
          -- nested look-ups on the national scale)
          select r.measure_id, r.organization_id, r.workflow
          from progs pr
          join reporting_periods rp on rp.program_id = pr.id and rp.year = ${q.year}::int and rp.quarter = ${q.quarter}::int
          join progress_reports r on r.period_id = rp.id
        ), rate as (
          select p.bucket, count(*) as expected,
            count(*) filter (where r.workflow in ('submitted', 'accepted')) as submitted
          from pairs p
          left join quarter_reports r on r.measure_id = p.measure_id and r.organization_id = p.organization_id
          group by p.bucket
        )
        select c.bucket, c.programs, coalesce(x.measures, 0) as measures, coalesce(x.done, 0) as done,
          coalesce(x.in_progress, 0) as "inProgress", coalesce(x.not_started, 0) as "notStarted",
          coalesce(x.postponed, 0) as postponed, coalesce(x.cancelled, 0) as cancelled,
          coalesce(x.overdue, 0) as overdue, coalesce(x.percent_sum, 0) as "percentSum",
          coalesce(x.spent, 0) as spent, coalesce(f.planned, 0) as planned,
          coalesce(r.expected, 0) as expected, coalesce(r.submitted, 0) as submitted
        from counted c left join meas x on x.bucket = c.bucket left join planned f on f.bucket = c.bucket
        left join rate r on r.bucket = c.bucket`,
  );
  const keys = Object.keys(EMPTY_SUMS) as (keyof RollupSums)[];
  return new Map(
    rows.map((row) => [
      Number(row.bucket),
      Object.fromEntries(keys.map((k) => [k, Number(row[k])])) as unknown as RollupSums,
    ]),
  );
}

/**
 * Planned (funding lines) and spent (accepted reports' spending) by funding code over the subtree.
 * A measure funded from one source can spend only from it (reports name only the measure's own
 * codes), so its spent is its current-state measure_state.spent; only measures with several
 * sources (or none) read their reports' spending lines — on the national scale that spares
 * reading ≈ 900,000 accepted reports on every roll-up. (Spending a report once put under a code a
 * later plan version dropped counts under the measure's one remaining source.)
 */
export async function fundingSums(db: Db, scope: RollupScope) {
  const rows = await rowsOf<{ code: string; planned: number; spent: number }>(
    db,
    sql`${programsOf(scope)}, lines as (
          select m.id as measure_id, f.code, f.planned,
            min(f.code) over (partition by m.id) = max(f.code) over (partition by m.id) as one_code
          from progs pr ${CURRENT} join measure_funding f on f.measure_id = m.id
        ), f as (
          select code, coalesce(sum(planned), 0) as planned from lines group by code
        ), single as (
          select distinct l.measure_id, l.code from lines l where l.one_code
        ), sp as (
          select x.code, sum(x.spent) as spent from (
            select s1.code, ms.spent
            from single s1 join measure_state ms on ms.measure_id = s1.measure_id
            union all
            select s.code, s.amount
            from progs pr ${CURRENT}
            join progress_reports r on r.measure_id = m.id and r.workflow = 'accepted'
            join report_spending s on s.report_id = r.id
            where not exists (select 1 from single s1 where s1.measure_id = m.id)
          ) x group by x.code
        )
        select coalesce(f.code, sp.code) as code, coalesce(f.planned, 0) as planned, coalesce(sp.spent, 0) as spent
        from f full join sp on sp.code = f.code order by 1`,
  );
  return rows.map((r) => ({ code: r.code, planned: Number(r.planned), spent: Number(r.spent) }));
}
