/**
 * What a territory roll-up's formulas count, per bucket (the child territory a program's last
 * successor's path runs through, 0 for the territory's own): the progress inputs of the counted
 * (approved) programs' measures — removed ones counted as left out — and the current measures of
 * draft and archived programs, left out of roll-ups. The same programs and buckets as
 * rollup-sql.ts (`programsOf`, which counts the approved ones only).
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { NO_INPUTS, type ProgressInputs } from "../../domain/progress-formula.ts";
import { inputsFromRow, progressInputsSql, rowsOf } from "../shared/progress-sql.ts";
import type { RollupScope } from "./rollup-sql.ts";

/** The inputs of a bucket's formula. */
export interface BucketFormulaInputs {
  inputs: ProgressInputs;
  notApproved: number;
}

// Every program of the subtree, approved or not, with its bucket and whether roll-ups count it.
// TODO(rollup-sql.ts owner): programsOf there is this CTE filtered on `counted`; one of them should
// be built from the other (kept apart only because that file was being changed at the same time).
function everyProgramOf(scope: RollupScope): SQL {
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

/** Each bucket's formula inputs (a bucket without any program is absent). */
export async function bucketFormulaInputs(
  db: Db,
  scope: RollupScope,
): Promise<Map<number, BucketFormulaInputs>> {
  const rows = await rowsOf<Record<string, unknown> & { bucket: number; counted: unknown }>(
    db,
    sql`${everyProgramOf(scope)}
        select pr.bucket, pr.counted, ${progressInputsSql()}
        from progs pr join measures m on m.program_id = pr.id
        left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id
        group by pr.bucket, pr.counted`,
  );
  const buckets = new Map<number, BucketFormulaInputs>();
  for (const row of rows) {
    const bucket = Number(row.bucket);
    const entry = buckets.get(bucket) ?? { inputs: NO_INPUTS, notApproved: 0 };
    const inputs = inputsFromRow(row);
    // PGlite and pg both give booleans; "t" is what a text cast would give
    if (row.counted === true || row.counted === "t") entry.inputs = inputs;
    else entry.notApproved = inputs.measures;
    buckets.set(bucket, entry);
  }
  return buckets;
}
