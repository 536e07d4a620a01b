/**
 * The rows an official report is made of, read for one program: its current measures with their
 * bodies, funding (with what accepted reports spent from each source), indicators (with the latest
 * accepted value up to the period's end), state, and the text of the period's accepted reports.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { compareQuarters, type Quarter } from "../../domain/quarter.ts";
import type { MeasureInput } from "../../reports/report-input.ts";
import { rowsOf } from "../shared/progress-sql.ts";

type MeasureRow = Omit<MeasureInput, "bodies" | "funding" | "indicators" | "doneText" | "delayReason"> & {
  id: number;
};

/** Items of rows grouped by their measure id. */
function byMeasure<T extends { measureId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) out.set(r.measureId, [...(out.get(r.measureId) ?? []), r]);
  return out;
}

/** The program's current measures as report rows; `quarters` are the period's, in order. */
export async function loadReportMeasures(
  db: Db,
  programId: number,
  quarters: Quarter[],
): Promise<MeasureInput[]> {
  const last = quarters[quarters.length - 1] as Quarter;
  const current = sql`m.program_id = ${programId} and m.removed_in_version is null`;
  const read = <T>(q: ReturnType<typeof sql>) => rowsOf<T>(db, q);
  const measures = await read<MeasureRow>(sql`
    select m.id, m.section_id as "sectionId", m.number, m.task, m.action, m.deadline_text as "deadlineText",
      m.deadline_to::text as "deadlineTo", m.repeat, m.result,
      coalesce(ms.status, 'not_started') as status, coalesce(ms.percent, 0) as percent,
      coalesce(ms.done, false) as done, ms.first_open_year as "firstOpenYear",
      m.cost_amount as "plannedCost", ms.last_accepted_period_id is not null as reported
    from measures m left join measure_state ms on ms.measure_id = m.id where ${current} order by m.position`);
  const bodies = byMeasure(
    await read<{
      measureId: number;
      name: string;
      role: "lead" | "co";
      orgId: number | null;
      orgName: string | null;
    }>(sql`
      select b.measure_id as "measureId", b.name, b.role, o.id as "orgId", o.name as "orgName"
      from measure_bodies b join measures m on m.id = b.measure_id left join organizations o on o.id = b.organization_id
      where ${current} order by b.measure_id, b.position`),
  );
  const funding = byMeasure(
    await read<{ measureId: number; code: string; text: string; planned: number | null; spent: number }>(sql`
      select f.measure_id as "measureId", f.code, f.text, f.planned,
        coalesce((select sum(s.amount) from report_spending s join progress_reports r on r.id = s.report_id
                  where r.measure_id = f.measure_id and r.workflow = 'accepted' and s.code = f.code), 0) as spent
      from measure_funding f join measures m on m.id = f.measure_id where ${current} order by f.measure_id, f.id`),
  );
  const indicators = byMeasure(
    await read<{ measureId: number; unit: string; target: number; actual: number | null }>(sql`
      select i.measure_id as "measureId", i.unit, i.target,
        (select v.value from report_values v join progress_reports r on r.id = v.report_id
           join reporting_periods p on p.id = r.period_id
         where v.indicator_id = i.id and r.workflow = 'accepted'
           and (p.year < ${last.year} or (p.year = ${last.year} and p.quarter <= ${last.quarter}))
         order by p.year desc, p.quarter desc, r.id desc limit 1) as actual
      from indicators i join measures m on m.id = i.measure_id where ${current} order by i.measure_id, i.id`),
  );
  const texts = await periodTexts(db, programId, quarters);
  return measures.map(({ id, ...m }) => {
    const seen = new Set<string>();
    return {
      ...m,
      percent: Number(m.percent),
      plannedCost: m.plannedCost === null || m.plannedCost === undefined ? null : Number(m.plannedCost),
      reported: m.reported === true,
      bodies: (bodies.get(id) ?? []).map((b) => ({
        name: b.name,
        role: b.role,
        organization: b.orgId === null ? null : { id: b.orgId, name: b.orgName ?? b.name },
      })),
      // what was spent from a source is counted once, on the measure's first line of it
      funding: (funding.get(id) ?? []).map((f) => {
        const first = !seen.has(f.code);
        seen.add(f.code);
        return { code: f.code, text: f.text, planned: f.planned, spent: first ? Number(f.spent) : 0 };
      }),
      indicators: (indicators.get(id) ?? []).map((i) => ({
        unit: i.unit,
        target: i.target,
        actual: i.actual,
      })),
      doneText: texts.get(id)?.doneText ?? "",
      delayReason: texts.get(id)?.delayReason ?? "",
    };
  });
}

/**
 * What the period's accepted reports say was done and why it is late, per measure: the lead body's
 * report of the latest quarter of the period, else a co-executor's.
 */
async function periodTexts(db: Db, programId: number, quarters: Quarter[]) {
  const rows = await rowsOf<{
    measureId: number;
    year: number;
    quarter: number;
    lead: boolean;
    doneText: string;
    delayReason: string;
  }>(
    db,
    sql`select r.measure_id as "measureId", p.year, p.quarter, r.done_text as "doneText", r.delay_reason as "delayReason",
          exists (select 1 from measure_bodies b where b.measure_id = r.measure_id and b.role = 'lead'
                  and b.organization_id = r.organization_id) as lead
        from progress_reports r join reporting_periods p on p.id = r.period_id
        where p.program_id = ${programId} and r.workflow = 'accepted'
          and (p.year, p.quarter) in (${sql.join(
            quarters.map((q) => sql`(${q.year}, ${q.quarter})`),
            sql`, `,
          )})
        order by r.id`,
  );
  const best = new Map<number, (typeof rows)[number]>();
  for (const r of rows) {
    const held = best.get(r.measureId);
    const better =
      !held ||
      Number(r.lead) - Number(held.lead) > 0 ||
      (r.lead === held.lead && compareQuarters(r, held) >= 0);
    if (better) best.set(r.measureId, r);
  }
  return best;
}

/** How many of the program's measures a later version removed (the report's footnote names them). */
export async function countRemovedMeasures(db: Db, programId: number): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*) as n from measures where program_id = ${programId} and removed_in_version is not null`,
  );
  return Number(row?.n ?? 0);
}
