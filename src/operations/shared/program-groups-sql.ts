/**
 * The statements that recompute `program_groups`: a program's dashboard figures per section,
 * responsible organization, body named without an organization, and funding code, from the base
 * tables (part of the current-state summaries, src/operations/shared/program-summary.ts). A group
 * is kept while it holds a current measure; its inputs count removed measures too, so that the
 * formula can name what it left out.
 */
import { type SQL, sql } from "drizzle-orm";
import { progressInputsSql } from "./progress-sql.ts";

const CURRENT = sql`m.removed_in_version is null`;
const STATE = sql`left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id`;
const SHOWN = sql`having count(*) filter (where ${CURRENT}) > 0`;
const INPUT_COLUMNS = sql.raw(
  "measures, without_report, percent_sum, costed, costed_without_report, cost_tiyin, weighted_tiyin, removed",
);

/** Measure bodies of the scope's programs, one row per measure and organization (or name). */
function bodiesOf(inScope: SQL, matched: boolean): SQL {
  const who = matched ? sql`b.organization_id` : sql`btrim(b.name)`;
  const filter = matched ? sql`b.organization_id is not null` : sql`b.organization_id is null`;
  return sql`select b.measure_id, ${who} as who, bool_or(b.role = 'lead') as lead
    from measure_bodies b join measures m on m.id = b.measure_id
    where ${inScope} and ${filter} group by b.measure_id, ${who}`;
}

/** The delete and insert of the groups of the programs `inScope` (SQL over `m.program_id`) selects. */
export function groupsSql(inScope: SQL, inScopeRows: SQL): SQL[] {
  const inputs = progressInputsSql();
  const bodies = (kind: string, matched: boolean) =>
    sql`select m.program_id, ${sql.raw(`'${kind}'`)}, b.who::text, ${matched ? sql`b.who` : sql`null::int`},
          count(*) filter (where b.lead and ${CURRENT}), ${inputs}, 0, 0
        from (${bodiesOf(inScope, matched)}) b join measures m on m.id = b.measure_id ${STATE}
        group by m.program_id, b.who ${SHOWN}`;
  return [
    sql`delete from program_groups where ${inScopeRows}`,
    sql`insert into program_groups (program_id, kind, key, ref_id, lead, ${INPUT_COLUMNS}, planned, spent)
        with lines as (
          select m.program_id, f.measure_id, f.code, sum(f.planned) as planned
          from measure_funding f join measures m on m.id = f.measure_id
          where ${inScope} group by m.program_id, f.measure_id, f.code
        ), spent as (
          select m.program_id, s.code, sum(s.amount) as spent
          from report_spending s join progress_reports r on r.id = s.report_id
          join measures m on m.id = r.measure_id
          where ${CURRENT} and ${inScope} and r.workflow = 'accepted' group by m.program_id, s.code
        )
        select m.program_id, 'section', coalesce(m.section_id::text, ''), m.section_id, 0, ${inputs}, 0, 0
        from measures m ${STATE} where ${inScope} group by m.program_id, m.section_id ${SHOWN}
        union all ${bodies("body", true)}
        union all ${bodies("unmatched", false)}
        union all
        select m.program_id, 'funding', f.code, null::int, 0, ${inputs},
          coalesce(sum(f.planned) filter (where ${CURRENT}), 0), coalesce(max(sp.spent), 0)
        from lines f join measures m on m.id = f.measure_id ${STATE}
        left join spent sp on sp.program_id = m.program_id and sp.code = f.code
        group by m.program_id, f.code ${SHOWN}`,
  ];
}
