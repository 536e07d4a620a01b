/**
 * SQL twins of the pure progress rules in src/domain/measure-progress.ts, over the aliases
 * `m` (measures) and `ms` (measure_state, left-joined), and a reader of raw query rows.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";

/** WHERE clause: the measure is overdue on `today` — the same rule as isOverdue(). */
export function overdueSql(today: string): SQL {
  return sql`(
    (m.repeat = 'yearly' and ms.first_open_year is not null and make_date(ms.first_open_year, 12, 31) < ${today}::date)
    or (m.repeat is null and m.deadline_to is not null and m.deadline_to < ${today}::date and not coalesce(ms.done, false))
  )`;
}

/** WHERE clause: bodies report on the measure in the quarter [start, end] — as isActiveInQuarter(). */
export function activeInQuarterSql(start: string, end: string): SQL {
  return sql`(
    m.repeat is not null
    or coalesce(m.deadline_from, m.deadline_to) is null
    or (coalesce(m.deadline_from, m.deadline_to) <= ${end}::date and coalesce(m.deadline_to, m.deadline_from) >= ${start}::date)
  )`;
}

/** The rows of a raw query, on either driver. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}
