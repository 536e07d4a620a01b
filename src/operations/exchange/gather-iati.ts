/**
 * The IATI activity of a published program (src/reports/iati renders it): only what the portal
 * may show — a published, approved program; bodies by name; ACCEPTED report values only.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { ANONYMOUS } from "../../domain/access.ts";
import type { IatiActivity, IatiResult } from "../../reports/iati/iati-activity.ts";
import { renderIati } from "../../reports/iati/render-iati.ts";
import { getDashboard } from "../dashboard/get-dashboard.ts";
import { loadProgram } from "../programs/program-access.ts";
import { loadPublicProgram } from "../public/public-program-access.ts";
import { rowsOf } from "../shared/progress-sql.ts";

/** The program's IATI activity; not_found unless it is published and approved. */
export async function gatherIatiActivity(db: Db, programId: number, today: string): Promise<IatiActivity> {
  const p = await loadPublicProgram(db, programId);
  // The money planned by source is the dashboard's figure (one rule), read as a visitor.
  const dashboard = await getDashboard(db, ANONYMOUS, programId, { today });
  const { language } = await loadProgram(db, programId);
  return {
    programId,
    title: p.title,
    language,
    territory: p.territory,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    status: p.status === "archived" ? "archived" : "approved",
    approvalDate: p.approvalDate,
    measures: dashboard.totals.measures,
    bodies: await bodiesOf(db, programId),
    funding: dashboard.byFunding
      .filter((f) => f.planned > 0)
      .map((f) => ({ code: f.code, planned: f.planned })),
    results: await resultsOf(db, programId),
  };
}

/** The IATI 2.03 file of one published program, as of `today`. */
export async function iatiFileOf(db: Db, programId: number, today: string): Promise<string> {
  return renderIati([await gatherIatiActivity(db, programId, today)], today);
}

// Bodies of the current measures, each once, by the linked organization's name or as written.
async function bodiesOf(db: Db, programId: number): Promise<string[]> {
  const rows = await rowsOf<{ name: string }>(
    db,
    sql`select distinct coalesce(o.name, btrim(b.name)) as name
        from measure_bodies b join measures m on m.id = b.measure_id
        left join organizations o on o.id = b.organization_id
        where m.program_id = ${programId} and m.removed_in_version is null order by 1`,
  );
  return rows.map((r) => r.name);
}

interface IndicatorRow {
  id: number;
  measureId: number;
  number: string | null;
  action: string;
  unit: string;
  baseline: string | number | null;
  target: string | number;
}

// Measures with numeric targets, in plan order, each target with its accepted values by quarter.
async function resultsOf(db: Db, programId: number): Promise<IatiResult[]> {
  const indicators = await rowsOf<IndicatorRow>(
    db,
    sql`select i.id, m.id as "measureId", m.number, m.action, i.unit, i.baseline, i.target
        from indicators i join measures m on m.id = i.measure_id
        where m.program_id = ${programId} and m.removed_in_version is null order by m.position, i.id`,
  );
  const actuals = await acceptedValues(db, programId);
  const results = new Map<number, IatiResult>();
  for (const i of indicators) {
    const result = results.get(i.measureId) ?? { measureNumber: i.number, action: i.action, indicators: [] };
    results.set(i.measureId, result);
    result.indicators.push({
      unit: i.unit,
      baseline: i.baseline === null ? null : Number(i.baseline),
      target: Number(i.target),
      actuals: actuals.get(i.id) ?? [],
    });
  }
  return [...results.values()];
}

/**
 * The value of each indicator in each quarter from accepted reports; when several bodies' accepted
 * reports give one, the last accepted (highest id) counts, as in the official report.
 */
async function acceptedValues(db: Db, programId: number) {
  const rows = await rowsOf<{ indicatorId: number; year: number; quarter: number; value: string | number }>(
    db,
    sql`select distinct on (v.indicator_id, p.year, p.quarter)
          v.indicator_id as "indicatorId", p.year, p.quarter, v.value
        from report_values v join progress_reports r on r.id = v.report_id
        join reporting_periods p on p.id = r.period_id join measures m on m.id = r.measure_id
        where m.program_id = ${programId} and m.removed_in_version is null and r.workflow = 'accepted'
        order by v.indicator_id, p.year, p.quarter, r.id desc`,
  );
  const byIndicator = new Map<number, { year: number; quarter: number; value: number }[]>();
  for (const r of rows) {
    const list = byIndicator.get(r.indicatorId) ?? [];
    list.push({ year: Number(r.year), quarter: Number(r.quarter), value: Number(r.value) });
    byIndicator.set(r.indicatorId, list);
  }
  return byIndicator;
}
