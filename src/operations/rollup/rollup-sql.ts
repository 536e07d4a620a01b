/**
 * The SQL of a territory roll-up: every program of a subtree placed in one bucket — the child
 * territory its (last successor's) path runs through, or 0 for the territory's own — and each
 * bucket's additive inputs summed from the programs' current-state summaries
 * (src/operations/shared/program-summary.ts, kept in each write's transaction): one row per
 * program, never the measures or the reports.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { NO_INPUTS, type ProgressInputs } from "../../domain/progress-formula.ts";
import type { Quarter } from "../../domain/quarter.ts";
import { EMPTY_SUMS, type RollupSums } from "../../domain/rollup.ts";
import { inputsFromRow, jsonOf, rowsOf, STORED_INPUT_COLUMNS } from "../shared/progress-sql.ts";

/** Where a roll-up looks: the subtree's path, and whether only published programs count. */
export interface RollupScope {
  path: string;
  publishedOnly: boolean;
}

/** What one bucket holds: the sums of its approved programs and the inputs of its formula. */
export interface Bucket {
  sums: RollupSums;
  inputs: ProgressInputs;
  /** Current measures of draft and archived programs, left out of roll-ups. */
  notApproved: number;
}

/**
 * CTEs `home` (each program territory → its last successor, itself when it has none) and `progs`
 * (every program of the subtree with its bucket and whether roll-ups count it: approved ones).
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
      select p.id, p.status = 'approved' as counted,
        case when ht.path = ${scope.path} then 0
          else split_part(substr(ht.path, ${scope.path.length + 1}::int), '/', 1)::int end as bucket
      from programs p join home h on h.start_id = p.territory_id join territories ht on ht.id = h.cur_id
      where ht.path like ${`${scope.path}%`} ${published}
    )`;
}

const SUMMED: Record<string, string> = {
  ...STORED_INPUT_COLUMNS,
  done: "done",
  inProgress: "in_progress",
  notStarted: "not_started",
  postponed: "postponed",
  cancelled: "cancelled",
  spent: "spent",
  planned: "planned",
};

/** A child territory as the roll-up lists it. */
export interface ChildTerritory {
  id: number;
  code: string;
  nameKy: string;
  successorId: number | null;
}

/**
 * In one statement (the subtree's programs are found once): each bucket (0 = the territory's own
 * programs) that holds a program, approved or not, planned and spent by funding code over the
 * subtree's counted programs, and the territory's children by code.
 */
export async function rollupSums(
  db: Db,
  scope: RollupScope & { territoryId: number },
  q: Quarter,
  today: string,
) {
  const sums = Object.entries(SUMMED).map(([key, column]) => sql.raw(`sum(s.${column}) as "${key}"`));
  const [row] = await rowsOf<{ buckets: unknown; funding: unknown; children: unknown }>(
    db,
    sql`${programsOf(scope)}, late as (
          select d.program_id, sum(d.measures) as overdue from program_deadlines d
          where d.day < ${today}::date and d.program_id in (select id from progs) group by d.program_id
        )
        select
          (select json_agg(b) from (
            select pr.bucket, pr.counted, count(*) as programs, ${sql.join(sums, sql`, `)},
              sum(o.overdue) as overdue, sum(r.expected) as expected, sum(r.submitted) as submitted
            from progs pr left join program_summary s on s.program_id = pr.id
            left join late o on o.program_id = pr.id
            left join program_quarter_rate r on r.program_id = pr.id and r.year = ${q.year}::int and r.quarter = ${q.quarter}::int
            group by pr.bucket, pr.counted) b) as buckets,
          (select json_agg(f order by f.code) from (
            select f.code, sum(f.planned) as planned, sum(f.spent) as spent
            from progs pr join program_funding f on f.program_id = pr.id
            where pr.counted group by f.code) f) as funding,
          (select json_agg(c order by c.code) from (
            select t.id, t.code, t.name_ky as "nameKy", t.successor_id as "successorId"
            from territories t where t.parent_id = ${scope.territoryId}) c) as children`,
  );
  const json = <T>(v: unknown): T[] => jsonOf<T[]>(v) ?? [];
  const funding = json<{ code: string; planned: number; spent: number }>(row?.funding);
  return {
    buckets: bucketsOf(json<Record<string, unknown> & { bucket: number; counted: unknown }>(row?.buckets)),
    byFunding: funding.map((r) => ({ code: r.code, planned: Number(r.planned), spent: Number(r.spent) })),
    children: json<ChildTerritory>(row?.children),
  };
}

function bucketsOf(rows: (Record<string, unknown> & { bucket: number; counted: unknown })[]) {
  const buckets = new Map<number, Bucket>();
  const keys = Object.keys(EMPTY_SUMS) as (keyof RollupSums)[];
  for (const row of rows) {
    const bucket = Number(row.bucket);
    const entry = buckets.get(bucket) ?? { sums: EMPTY_SUMS, inputs: NO_INPUTS, notApproved: 0 };
    // PGlite and pg both give booleans; "t" is what a text cast would give
    if (row.counted === true || row.counted === "t") {
      entry.sums = Object.fromEntries(keys.map((k) => [k, Number(row[k] ?? 0)])) as unknown as RollupSums;
      entry.inputs = inputsFromRow(row);
    } else entry.notApproved = Number(row.measures ?? 0);
    buckets.set(bucket, entry);
  }
  return buckets;
}
