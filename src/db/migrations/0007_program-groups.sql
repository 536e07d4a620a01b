CREATE TABLE "program_groups" (
	"program_id" integer NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"ref_id" integer,
	"lead" integer DEFAULT 0 NOT NULL,
	"measures" integer DEFAULT 0 NOT NULL,
	"without_report" integer DEFAULT 0 NOT NULL,
	"percent_sum" integer DEFAULT 0 NOT NULL,
	"costed" integer DEFAULT 0 NOT NULL,
	"costed_without_report" integer DEFAULT 0 NOT NULL,
	"cost_tiyin" numeric DEFAULT 0 NOT NULL,
	"weighted_tiyin" numeric DEFAULT 0 NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"planned" numeric(16, 2) DEFAULT 0 NOT NULL,
	"spent" numeric(16, 2) DEFAULT 0 NOT NULL,
	CONSTRAINT "program_groups_program_id_kind_key_pk" PRIMARY KEY("program_id","kind","key")
);
--> statement-breakpoint
ALTER TABLE "program_groups" ADD CONSTRAINT "program_groups_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Backfill: the groups of every existing program, by the statements of BACKFILLS["0007_program-groups"]
-- in src/operations/shared/program-summary.ts (held to them by summary-consistency.test.ts).
delete from program_groups where true;
--> statement-breakpoint
insert into program_groups (program_id, kind, key, ref_id, lead, measures, without_report, percent_sum, costed, costed_without_report, cost_tiyin, weighted_tiyin, removed, planned, spent)
        with lines as (
          select m.program_id, f.measure_id, f.code, sum(f.planned) as planned
          from measure_funding f join measures m on m.id = f.measure_id
          where true group by m.program_id, f.measure_id, f.code
        ), spent as (
          select m.program_id, s.code, sum(s.amount) as spent
          from report_spending s join progress_reports r on r.id = s.report_id
          join measures m on m.id = r.measure_id
          where m.removed_in_version is null and true and r.workflow = 'accepted' group by m.program_id, s.code
        )
        select m.program_id, 'section', coalesce(m.section_id::text, ''), m.section_id, 0, count(*) filter (where m.removed_in_version is null) as "measures",
    count(*) filter (where m.removed_in_version is null and ms.last_accepted_period_id is null) as "withoutReport",
    coalesce(sum(coalesce(ms.percent, 0)) filter (where m.removed_in_version is null), 0) as "percentSum",
    count(*) filter (where m.removed_in_version is null and m.cost_amount > 0) as "costed",
    count(*) filter (where m.removed_in_version is null and m.cost_amount > 0 and ms.last_accepted_period_id is null) as "costedWithoutReport",
    coalesce(sum(round(m.cost_amount * 100)) filter (where m.removed_in_version is null and m.cost_amount > 0), 0) as "costTiyin",
    coalesce(sum(coalesce(ms.percent, 0) * round(m.cost_amount * 100)) filter (where m.removed_in_version is null and m.cost_amount > 0), 0) as "weightedTiyin",
    count(*) filter (where not (m.removed_in_version is null)) as "removed", 0, 0
        from measures m left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id where true group by m.program_id, m.section_id having count(*) filter (where m.removed_in_version is null) > 0
        union all select m.program_id, 'body', b.who::text, b.who,
          count(*) filter (where b.lead and m.removed_in_version is null), count(*) filter (where m.removed_in_version is null) as "measures",
    count(*) filter (where m.removed_in_version is null and ms.last_accepted_period_id is null) as "withoutReport",
    coalesce(sum(coalesce(ms.percent, 0)) filter (where m.removed_in_version is null), 0) as "percentSum",
    count(*) filter (where m.removed_in_version is null and m.cost_amount > 0) as "costed",
    count(*) filter (where m.removed_in_version is null and m.cost_amount > 0 and ms.last_accepted_period_id is null) as "costedWithoutReport",
    coalesce(sum(round(m.cost_amount * 100)) filter (where m.removed_in_version is null and m.cost_amount > 0), 0) as "costTiyin",
    coalesce(sum(coalesce(ms.percent, 0) * round(m.cost_amount * 100)) filter (where m.removed_in_version is null and m.cost_amount > 0), 0) as "weightedTiyin",
    count(*) filter (where not (m.removed_in_version is null)) as "removed", 0, 0
        from (select b.measure_id, b.organization_id as who, bool_or(b.role = 'lead') as lead
    from measure_bodies b join measures m on m.id = b.measure_id
    where true and b.organization_id is not null group by b.measure_id, b.organization_id) b join measures m on m.id = b.measure_id left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id
        group by m.program_id, b.who having count(*) filter (where m.removed_in_version is null) > 0
        union all select m.program_id, 'unmatched', b.who::text, null::int,
          count(*) filter (where b.lead and m.removed_in_version is null), count(*) filter (where m.removed_in_version is null) as "measures",
    count(*) filter (where m.removed_in_version is null and ms.last_accepted_period_id is null) as "withoutReport",
    coalesce(sum(coalesce(ms.percent, 0)) filter (where m.removed_in_version is null), 0) as "percentSum",
    count(*) filter (where m.removed_in_version is null and m.cost_amount > 0) as "costed",
    count(*) filter (where m.removed_in_version is null and m.cost_amount > 0 and ms.last_accepted_period_id is null) as "costedWithoutReport",
    coalesce(sum(round(m.cost_amount * 100)) filter (where m.removed_in_version is null and m.cost_amount > 0), 0) as "costTiyin",
    coalesce(sum(coalesce(ms.percent, 0) * round(m.cost_amount * 100)) filter (where m.removed_in_version is null and m.cost_amount > 0), 0) as "weightedTiyin",
    count(*) filter (where not (m.removed_in_version is null)) as "removed", 0, 0
        from (select b.measure_id, btrim(b.name) as who, bool_or(b.role = 'lead') as lead
    from measure_bodies b join measures m on m.id = b.measure_id
    where true and b.organization_id is null group by b.measure_id, btrim(b.name)) b join measures m on m.id = b.measure_id left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id
        group by m.program_id, b.who having count(*) filter (where m.removed_in_version is null) > 0
        union all
        select m.program_id, 'funding', f.code, null::int, 0, count(*) filter (where m.removed_in_version is null) as "measures",
    count(*) filter (where m.removed_in_version is null and ms.last_accepted_period_id is null) as "withoutReport",
    coalesce(sum(coalesce(ms.percent, 0)) filter (where m.removed_in_version is null), 0) as "percentSum",
    count(*) filter (where m.removed_in_version is null and m.cost_amount > 0) as "costed",
    count(*) filter (where m.removed_in_version is null and m.cost_amount > 0 and ms.last_accepted_period_id is null) as "costedWithoutReport",
    coalesce(sum(round(m.cost_amount * 100)) filter (where m.removed_in_version is null and m.cost_amount > 0), 0) as "costTiyin",
    coalesce(sum(coalesce(ms.percent, 0) * round(m.cost_amount * 100)) filter (where m.removed_in_version is null and m.cost_amount > 0), 0) as "weightedTiyin",
    count(*) filter (where not (m.removed_in_version is null)) as "removed",
          coalesce(sum(f.planned) filter (where m.removed_in_version is null), 0), coalesce(max(sp.spent), 0)
        from lines f join measures m on m.id = f.measure_id left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id
        left join spent sp on sp.program_id = m.program_id and sp.code = f.code
        group by m.program_id, f.code having count(*) filter (where m.removed_in_version is null) > 0;
