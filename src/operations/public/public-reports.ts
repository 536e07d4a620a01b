import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { PublicPhoto, PublicReport } from "../../domain/views/public.ts";
import { rowsOf } from "../shared/progress-sql.ts";

const period = sql`rp.year || '-Q' || rp.quarter`;
const measureFilter = (measureId?: number): SQL =>
  measureId === undefined ? sql`true` : sql`m.id = ${measureId}`;

/**
 * What was done, quarter by quarter: ACCEPTED reports only (a draft, a submitted or a returned
 * report is the body's and the planner's business until it is accepted), by body name.
 */
export async function publicReports(db: Db, programId: number, measureId?: number): Promise<PublicReport[]> {
  return rowsOf<PublicReport>(
    db,
    sql`select r.measure_id as "measureId", ${period} as period, o.name as body, r.status, r.percent, r.done_text as "doneText"
        from progress_reports r
        join measures m on m.id = r.measure_id
        join reporting_periods rp on rp.id = r.period_id
        join organizations o on o.id = r.organization_id
        where m.program_id = ${programId} and m.removed_in_version is null and r.workflow = 'accepted'
          and ${measureFilter(measureId)}
        order by rp.year, rp.quarter, m.position, o.name`,
  );
}

/** Photos marked public, of accepted reports, images only. */
export async function publicPhotos(db: Db, programId: number, measureId?: number): Promise<PublicPhoto[]> {
  return rowsOf<PublicPhoto>(
    db,
    sql`select a.id, r.measure_id as "measureId", ${period} as period, a.file_name as "fileName"
        from attachments a
        join progress_reports r on r.id = a.report_id
        join measures m on m.id = r.measure_id
        join reporting_periods rp on rp.id = r.period_id
        where m.program_id = ${programId} and m.removed_in_version is null and r.workflow = 'accepted'
          and a.public and a.mime_type like 'image/%' and ${measureFilter(measureId)}
        order by rp.year, rp.quarter, a.id`,
  );
}
