/**
 * Generates a benchmark dataset in SQL (generate_series), fast on both engines:
 * oblast scale ≈ 50 territories, 5,000 measures, 100,000 reports; national ≈ 500 territories,
 * 50,000 measures, 1,000,000 reports. Every program has 100 measures in 5 sections, two bodies per
 * measure (lead and co-executor), one or two funding lines, 12 quarterly periods (2025–2027) and
 * a report per body for each of the first 10 periods.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/connect.ts";
import { refreshAllSummaries } from "../../src/operations/shared/program-summary.ts";

export type Scale = "oblast" | "national";

export const SCALES: Record<Scale, { oblasts: number; perOblast: number; reportsPerMeasure: number }> = {
  // 1 republic + 1 oblast + 49 districts; 49 programs × 100 measures × 2 bodies × 10 periods ≈ 100k reports
  oblast: { oblasts: 1, perOblast: 49, reportsPerMeasure: 20 },
  // 1 + 7 + 7 × 70 = 498 territories; 490 programs × 100 measures × 2 × 10 ≈ 1M reports
  national: { oblasts: 7, perOblast: 70, reportsPerMeasure: 20 },
};

/** Fills an empty, migrated database; returns the number of rows of the main tables. */
export async function generateDataset(db: Db, scale: Scale) {
  const { oblasts, perOblast } = SCALES[scale];
  const run = (query: ReturnType<typeof sql>) => db.execute(query);
  await run(sql`insert into territories (id, code, parent_id, level, name_ky, name_ru, path)
    values (1, '417', null, 'republic', 'Кыргыз Республикасы', 'Кыргызская Республика', '/1/')`);
  await run(sql`insert into territories (id, code, parent_id, level, name_ky, name_ru, path)
    select 1 + o, 'o' || o, 1, 'oblast', 'Облус ' || o, 'Область ' || o, '/1/' || (1 + o) || '/'
    from generate_series(1, ${oblasts}) o`);
  await run(sql`insert into territories (id, code, parent_id, level, name_ky, name_ru, path)
    select 1 + ${oblasts} + (o - 1) * ${perOblast} + d, 'd' || o || '-' || d, 1 + o, 'district',
      'Район ' || o || '-' || d, 'Район ' || o || '-' || d,
      '/1/' || (1 + o) || '/' || (1 + ${oblasts} + (o - 1) * ${perOblast} + d) || '/'
    from generate_series(1, ${oblasts}) o, generate_series(1, ${perOblast}) d`);
  // three bodies per district: the administration and two departments
  await run(sql`insert into organizations (territory_id, name, short_name)
    select t.id, case k when 1 then 'Райондук мамлекеттик администрация' when 2 then 'Билим берүү бөлүмү' else 'Суу чарба башкармалыгы' end,
      case k when 1 then 'РМА' else null end
    from territories t, generate_series(1, 3) as g(k) where t.level = 'district' order by t.id, g.k`);
  await run(sql`insert into programs (territory_id, title, period_from, period_to, language, status, published)
    select id, 'Өнүктүрүү программасы ' || name_ky, 2025, 2027, 'ky', 'approved', true
    from territories where level = 'district' order by id`);
  await run(sql`insert into program_versions (program_id, number, source_name, plan, diff)
    select id, 1, 'bench', '{}'::jsonb, '{}'::jsonb from programs`);
  await run(sql`insert into sections (program_id, code, title, position)
    select p.id, g.s::text, 'Бөлүм ' || g.s, g.s from programs p, generate_series(1, 5) as g(s) order by p.id, g.s`);
  await run(sql`insert into measures (program_id, section_id, position, number, task, action, deadline_text,
      deadline_from, deadline_to, repeat, result, cost_amount, added_in_version)
    select p.id, (select min(id) from sections where program_id = p.id) + (m - 1) / 20, m, m::text,
      'Милдет ' || ((m - 1) / 5 + 1), 'Иш-чара №' || m || ': мектеп куруу жана оңдоо, суу түтүгүн тартуу',
      case when m % 10 = 0 then 'Жыл сайын' when m % 10 = 5 then 'Туруктуу негизде' else '2026-жылдын ' || (m % 4 + 1) || '-чейреги' end,
      date '2025-01-01',
      case when m % 10 in (0, 5) then date '2027-12-31'
        else (date '2025-03-31' + ((m % 12) * interval '3 month'))::date end,
      case when m % 10 = 0 then 'yearly' when m % 10 = 5 then 'ongoing' else null end,
      'Натыйжа ' || m, (m * 1000)::numeric, 1
    from programs p, generate_series(1, 100) as g(m) order by p.id, g.m`);
  await run(sql`insert into measure_bodies (measure_id, organization_id, name, role, position)
    select m.id, o.id, o.name, case when o.rank = 1 then 'lead' else 'co' end, o.rank
    from measures m join programs p on p.id = m.program_id
    join (select id, name, territory_id, row_number() over (partition by territory_id order by id) as rank from organizations) o
      on o.territory_id = p.territory_id and o.rank in (1, 2 + m.position % 2)`);
  await run(sql`insert into measure_funding (measure_id, code, text, planned)
    select id, case when position % 3 = 0 then 'republican' else 'local' end,
      case when position % 3 = 0 then 'РБ' else 'ЖБ' end, cost_amount from measures`);
  await run(
    sql`insert into indicators (measure_id, unit, target) select id, 'орун', 100 from measures where position % 4 = 0`,
  );
  await run(sql`insert into reporting_periods (program_id, year, quarter, status)
    select p.id, y, q, case when y = 2026 and q = 3 then 'open' else 'closed' end
    from programs p, generate_series(2025, 2027) as gy(y), generate_series(1, 4) as gq(q) order by p.id, gy.y, gq.q`);
  await run(sql`insert into progress_reports (measure_id, period_id, organization_id, status, percent, done_text, workflow, submitted_at, reviewed_at)
    select b.measure_id, rp.id, b.organization_id,
      case when rp.rank >= 8 and b.measure_id % 3 = 0 then 'done' else 'in_progress' end,
      least(100, rp.rank * 10 + b.measure_id % 10), 'Аткарылган иштер', 
      case when rp.rank < 10 then 'accepted' when b.measure_id % 4 = 0 then 'submitted' else 'draft' end,
      now(), now()
    from measure_bodies b join measures m on m.id = b.measure_id
    join (select id, program_id, row_number() over (partition by program_id order by year, quarter) as rank from reporting_periods) rp
      on rp.program_id = m.program_id and rp.rank <= 10`);
  // spending under the measure's own funding code, as reports may name only those
  await run(sql`insert into report_spending (report_id, code, amount)
    select r.id, f.code, 1000 from progress_reports r join measure_funding f on f.measure_id = r.measure_id
    where r.workflow = 'accepted' and r.id % 2 = 0`);
  await run(sql`insert into measure_state (measure_id, program_id, percent, status, done, first_open_year, spent)
    select m.id, m.program_id, coalesce(r.percent, 0), coalesce(r.status, 'not_started'), coalesce(r.status = 'done', false),
      case when m.repeat = 'yearly' then 2026 else null end, coalesce(sp.spent, 0)
    from measures m
    -- spent = every accepted report's spending, as refresh-measure-state keeps it
    left join (select pr.measure_id, sum(s.amount) as spent from progress_reports pr
      join report_spending s on s.report_id = pr.id where pr.workflow = 'accepted' group by pr.measure_id) sp
      on sp.measure_id = m.id
    left join lateral (
      select pr.percent, pr.status from progress_reports pr
      join measure_bodies b on b.measure_id = pr.measure_id and b.organization_id = pr.organization_id and b.role = 'lead'
      join reporting_periods rp on rp.id = pr.period_id
      where pr.measure_id = m.id and pr.workflow = 'accepted' order by rp.year desc, rp.quarter desc limit 1) r on true`);
  // the programs' summaries, by the statements of migration 0005's backfill (the app keeps them
  // current in each write; this dataset is written around the operations)
  await refreshAllSummaries(db);
  for (const table of [
    "territories",
    "organizations",
    "programs",
    "sections",
    "measures",
    "reporting_periods",
  ])
    await run(
      sql.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`),
    );
  const counts = await db.execute(sql`select
    (select count(*) from territories) as territories, (select count(*) from programs) as programs,
    (select count(*) from measures) as measures, (select count(*) from progress_reports) as reports`);
  return (counts as unknown as { rows: Record<string, number>[] }).rows[0];
}
