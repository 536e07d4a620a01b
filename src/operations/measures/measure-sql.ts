import { type SQL, sql } from "drizzle-orm";

/** Today as the ISO date SQL compares deadlines with. */
export function isoDay(today: Date): string {
  return today.toISOString().slice(0, 10);
}

/**
 * SQL true for an overdue measure (`m` the measures alias, `s` its measure_state, possibly absent):
 * not done or cancelled, and a one-off measure past its deadline_to, or a yearly measure with a
 * year still open before this one. Ongoing measures are never overdue.
 */
export function overdueSql(today: string, m: string, s: string): SQL {
  const M = sql.raw(m);
  const S = sql.raw(s);
  return sql`(coalesce(${S}.done, false) = false and coalesce(${S}.status, '') not in ('done', 'cancelled') and ((${M}.repeat is null and ${M}.deadline_to < ${today}::date) or (${M}.repeat = 'yearly' and ${S}.first_open_year is not null and make_date(${S}.first_open_year, 12, 31) < ${today}::date)))`;
}
