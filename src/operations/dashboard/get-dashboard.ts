import { sql } from "drizzle-orm";
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
import { reportingRateOf } from "../reporting/get-reporting-rate.ts";
import { storedOverdueSql } from "../shared/program-summary.ts";
import { inputsFromRow, jsonOf, overdueSql, rowsOf, storedInputsOf } from "../shared/progress-sql.ts";

/** A group's figure by the program's rule, with its formula, from its summed inputs. */
function figureOf(rule: Weighting, row: Partial<Record<keyof ProgressInputs, unknown>>) {
  const inputs = inputsFromRow(row);
  return {
    measures: inputs.measures,
    percent: progressOf(rule, inputs),
    formula: progressFormula(rule, inputs),
  };
}

type Inputs = Partial<Record<keyof ProgressInputs, unknown>>;
type Group = Inputs & {
  kind: string;
  key: string;
  refId: number | null;
  lead: number;
  planned: number;
  spent: number;
};
type Summary = Inputs & Record<(typeof STATUSES)[number], number> & { overdue: number };
type Labelled = Group & { code: string | null; title: string | null; name: string | null };

// measure_state's statuses, in the order the dashboard lists them (a measure without a state is not started)
const STATUSES = ["cancelled", "done", "in_progress", "not_started", "postponed"] as const;
const SUMMARY_INPUTS = sql`${storedInputsOf("s")}, ${sql.raw(STATUSES.map((k) => `s.${k}`).join(", "))}`;
const GROUP_INPUTS = sql`g.kind, g.key, g.ref_id as "refId", g.lead, ${storedInputsOf("g")}, g.planned, g.spent`;

/**
 * A program's dashboard, read from its current-state summaries (program_summary, program_groups,
 * program_deadlines: src/operations/shared/program-summary.ts, kept in each write's transaction —
 * never stale) and, for what depends on today or the quarter, the overdue measures and the
 * reporting rate. Progress of the program, a section, a body (lead or co) or a funding source
 * follows the program's weighting (equal, or by planned cost) over its current measures, a measure
 * without an accepted lead report counting 0, one decimal; each comes with its formula. Bodies
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
  const group = (row: Inputs) => figureOf(rule, row);
  const { summary, groups, overdue } = await readSummaries(db, programId, options.today);
  const of = (kind: string) => groups.filter((g) => g.kind === kind);
  const periodKey =
    options.period ?? quarterKey(clampQuarter(options.today, program.periodFrom, program.periodTo));
  return {
    programId,
    today: options.today,
    totals: { ...group(summary ?? {}), overdue: Number(summary?.overdue ?? 0) },
    byStatus: STATUSES.map((status) => ({ status, measures: Number(summary?.[status] ?? 0) })).filter(
      (s) => s.measures > 0,
    ),
    bySection: of("section").map((r) => ({
      sectionId: r.refId === null ? null : Number(r.refId),
      code: r.code,
      title: r.title,
      ...group(r),
    })),
    byBody: of("body").map((r) => ({
      organizationId: Number(r.refId),
      name: r.name ?? "",
      lead: Number(r.lead),
      ...group(r),
    })),
    byUnmatchedBody: of("unmatched").map((r) => ({ name: r.key, lead: Number(r.lead), ...group(r) })),
    byFunding: of("funding").map((r) => ({
      code: r.key,
      planned: Number(r.planned),
      spent: Number(r.spent),
      ...group(r),
    })),
    overdue,
    reportingRate: await reportingRateOf(db, program, periodKey),
  };
}

type OverdueMeasure = {
  measureId: number;
  number: string | null;
  action: string;
  deadlineTo: string | null;
  repeat: "yearly" | "ongoing" | null;
  percent: number;
  status: string;
  firstOpenYear: number | null;
};

/**
 * In one statement (each is a round trip and a plan; the dashboard is read far more often than
 * written): the program's summary with its overdue count on `today`, its groups with their labels
 * — joined here, not kept in the groups, so a renamed body or section shows its new name — and its
 * current measures overdue on `today`, in plan order.
 */
async function readSummaries(db: Db, programId: number, today: string) {
  const [row] = await rowsOf<{
    summary: Summary | null;
    groups: Labelled[] | null;
    overdue: OverdueMeasure[] | null;
  }>(
    db,
    sql`select
        (select row_to_json(x) from (
          select ${SUMMARY_INPUTS}, ${storedOverdueSql(sql`s.program_id`, today)} as overdue
          from program_summary s where s.program_id = ${programId}) x) as summary,
        (select json_agg(x order by x.kind, x.position nulls last, x.name, x."refId", x.key) from (
          select ${GROUP_INPUTS}, s.code, s.title, s.position, o.name
          from program_groups g
          left join sections s on g.kind = 'section' and s.id = g.ref_id
          left join organizations o on g.kind = 'body' and o.id = g.ref_id
          where g.program_id = ${programId}) x) as groups,
        (select json_agg(x order by x.position) from (
          select m.id as "measureId", m.number, m.action, m.deadline_to::text as "deadlineTo", m.repeat,
            coalesce(ms.percent, 0) as percent, coalesce(ms.status, 'not_started') as status,
            ms.first_open_year as "firstOpenYear", m.position
          from measures m left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id
          where m.program_id = ${programId} and m.removed_in_version is null and ${overdueSql(today)}) x) as overdue`,
  );
  return {
    summary: jsonOf<Summary>(row?.summary),
    groups: jsonOf<Labelled[]>(row?.groups) ?? [],
    overdue: (jsonOf<(OverdueMeasure & { position?: number })[]>(row?.overdue) ?? []).map(
      ({ position: _, ...m }: OverdueMeasure & { position?: number }) => m,
    ),
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
