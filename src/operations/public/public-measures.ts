import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { PublicMeasure } from "../../domain/views/public.ts";
import { rowsOf } from "../shared/progress-sql.ts";

/**
 * A program's current measures (or one of them) as the portal shows them: the plan's fields, the
 * state from accepted reports (no report: not_started, 0 %), bodies by the names the plan gives
 * them (organizations, never people), planned money by source.
 */
export async function publicMeasures(
  db: Db,
  programId: number,
  measureId?: number,
): Promise<PublicMeasure[]> {
  const one: SQL = measureId === undefined ? sql`true` : sql`m.id = ${measureId}`;
  return rowsOf<PublicMeasure>(
    db,
    sql`select m.id, m.section_id as "sectionId", m.number, m.task, m.action, m.deadline_text as deadline, m.result,
          coalesce(ms.status, 'not_started') as status, coalesce(ms.percent, 0) as percent,
          coalesce((select json_agg(b.name order by b.position) from measure_bodies b where b.measure_id = m.id), '[]') as bodies,
          coalesce((select json_agg(json_build_object('code', f.code, 'planned', f.planned) order by f.id)
                    from measure_funding f where f.measure_id = m.id), '[]') as funding
        from measures m left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id
        where m.program_id = ${programId} and m.removed_in_version is null and ${one}
        order by m.position`,
  );
}
