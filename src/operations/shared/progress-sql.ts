/**
 * The one SQL twin of each pure progress rule in src/domain/measure-progress.ts (held to it by
 * progress-sql.test.ts), over a measures alias and its left-joined measure_state alias, and a
 * reader of raw query rows. Lists, dashboards and reports all use these; nobody writes their own.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";

/** Today as the ISO date SQL compares deadlines with. */
export function isoDay(today: Date): string {
  return today.toISOString().slice(0, 10);
}

/** The aliases a rule is written over: measures and their (possibly absent) measure_state. */
export interface MeasureAliases {
  measure: string;
  state: string;
}

const DEFAULT_ALIASES: MeasureAliases = { measure: "m", state: "ms" };

/**
 * SQL true when the measure is overdue on `today` — isOverdue(): never when cancelled or ongoing;
 * yearly — 31 December of its first open year has passed; dated — deadline_to passed, not done.
 */
export function overdueSql(today: string, aliases: MeasureAliases = DEFAULT_ALIASES): SQL {
  const m = sql.raw(aliases.measure);
  const s = sql.raw(aliases.state);
  return sql`(coalesce(${s}.status, '') <> 'cancelled' and (
    (${m}.repeat = 'yearly' and ${s}.first_open_year is not null and make_date(${s}.first_open_year, 12, 31) < ${today}::date)
    or (${m}.repeat is null and ${m}.deadline_to is not null and ${m}.deadline_to < ${today}::date and not coalesce(${s}.done, false))
  ))`;
}

/** SQL true when bodies report on the measure in the quarter [start, end] — isActiveInQuarter(). */
export function activeInQuarterSql(start: string, end: string, measure = "m"): SQL {
  const m = sql.raw(measure);
  return sql`(
    ${m}.repeat is not null
    or coalesce(${m}.deadline_from, ${m}.deadline_to) is null
    or (coalesce(${m}.deadline_from, ${m}.deadline_to) <= ${end}::date and coalesce(${m}.deadline_to, ${m}.deadline_from) >= ${start}::date)
  )`;
}

/** The rows of a raw query, on either driver. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}
