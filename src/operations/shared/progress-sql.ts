/**
 * The one SQL twin of each pure progress rule in src/domain/measure-progress.ts (held to it by
 * progress-sql.test.ts), over a measures alias and its left-joined measure_state alias, and a
 * reader of raw query rows. Lists, dashboards and reports all use these; nobody writes their own.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { NO_INPUTS, type ProgressInputs } from "../../domain/progress-formula.ts";

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
 * The day after which the measure is overdue, null when it never is — isOverdue(): never when
 * cancelled or ongoing; yearly — 31 December of its first open year; dated — deadline_to while not
 * done. Program summaries keep these days (program_deadlines), so overdue on any today is a sum.
 */
export function overdueAfterSql(aliases: MeasureAliases = DEFAULT_ALIASES): SQL {
  const m = sql.raw(aliases.measure);
  const s = sql.raw(aliases.state);
  return sql`(case when coalesce(${s}.status, '') = 'cancelled' then null
    when ${m}.repeat = 'yearly' then make_date(${s}.first_open_year, 12, 31)
    when ${m}.repeat is null and not coalesce(${s}.done, false) then ${m}.deadline_to end)`;
}

/** SQL true when the measure is overdue on `today` (its overdueAfterSql day has passed). */
export function overdueSql(today: string, aliases: MeasureAliases = DEFAULT_ALIASES): SQL {
  return sql`coalesce(${overdueAfterSql(aliases)} < ${today}::date, false)`;
}

/**
 * SQL true when bodies report on the measure in the quarter [start, end] — isActiveInQuarter();
 * the bounds are ISO dates or SQL date expressions.
 */
export function activeInQuarterSql(start: string | SQL, end: string | SQL, measure = "m"): SQL {
  const m = sql.raw(measure);
  return sql`(
    ${m}.repeat is not null
    or coalesce(${m}.deadline_from, ${m}.deadline_to) is null
    or (coalesce(${m}.deadline_from, ${m}.deadline_to) <= ${end}::date and coalesce(${m}.deadline_to, ${m}.deadline_from) >= ${start}::date)
  )`;
}

/**
 * A json column (json_agg, row_to_json) as a value: both drivers parse json, but a value that
 * went through a text cast or a driver without the parser arrives as its text.
 */
export function jsonOf<T>(value: unknown): T | null {
  return ((typeof value === "string" ? JSON.parse(value) : value) ?? null) as T | null;
}

/** The rows of a raw query, on either driver. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

/**
 * The aggregates of ProgressInputs (src/domain/progress-formula.ts, inputsOf) over rows of every
 * measure of a group, current and removed, with its left-joined state: the figure and its formula
 * both come from these sums (progressOf, progressFormula). A measure without an accepted lead
 * report has no last accepted period; a planned cost is measures.cost_amount > 0, in tiyin.
 */
export function progressInputsSql(aliases: MeasureAliases = DEFAULT_ALIASES): SQL {
  const m = sql.raw(aliases.measure);
  const s = sql.raw(aliases.state);
  const current = sql`${m}.removed_in_version is null`;
  const costed = sql`${current} and ${m}.cost_amount > 0`;
  const unreported = sql`${s}.last_accepted_period_id is null`;
  const cost = sql`round(${m}.cost_amount * 100)`;
  return sql`count(*) filter (where ${current}) as "measures",
    count(*) filter (where ${current} and ${unreported}) as "withoutReport",
    coalesce(sum(coalesce(${s}.percent, 0)) filter (where ${current}), 0) as "percentSum",
    count(*) filter (where ${costed}) as "costed",
    count(*) filter (where ${costed} and ${unreported}) as "costedWithoutReport",
    coalesce(sum(${cost}) filter (where ${costed}), 0) as "costTiyin",
    coalesce(sum(coalesce(${s}.percent, 0) * ${cost}) filter (where ${costed}), 0) as "weightedTiyin",
    count(*) filter (where not (${current})) as "removed"`;
}

/** The columns of program_summary and program_groups that keep a group's ProgressInputs, by input. */
export const STORED_INPUT_COLUMNS: Record<keyof ProgressInputs, string> = {
  measures: "measures",
  withoutReport: "without_report",
  percentSum: "percent_sum",
  costed: "costed",
  costedWithoutReport: "costed_without_report",
  costTiyin: "cost_tiyin",
  weightedTiyin: "weighted_tiyin",
  removed: "removed",
};

/** The stored inputs of the table aliased `alias`, each named as ProgressInputs names it. */
export function storedInputsOf(alias: string): SQL {
  return sql.raw(
    Object.entries(STORED_INPUT_COLUMNS)
      .map(([key, column]) => `${alias}.${column} as "${key}"`)
      .join(", "),
  );
}

/** A scalar subquery: the ProgressInputs of every measure of a program, as one JSON object. */
export function programInputsSql(programId: SQL | number): SQL {
  return sql`(select row_to_json(x) from (
      select ${progressInputsSql({ measure: "pm", state: "ps" })}
      from measures pm left join measure_state ps on ps.measure_id = pm.id and ps.program_id = pm.program_id
      where pm.program_id = ${programId}) x)`;
}

/** A row of progressInputsSql or the JSON of programInputsSql, as ProgressInputs. */
export function inputsFromRow(row: unknown): ProgressInputs {
  const fields = jsonOf<Record<string, unknown>>(row) ?? {};
  const inputs = { ...NO_INPUTS };
  for (const key of Object.keys(inputs) as (keyof ProgressInputs)[]) inputs[key] = Number(fields[key] ?? 0);
  return inputs;
}
