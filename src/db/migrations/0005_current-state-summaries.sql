CREATE TABLE "program_deadlines" (
	"program_id" integer NOT NULL,
	"day" date NOT NULL,
	"measures" integer NOT NULL,
	CONSTRAINT "program_deadlines_program_id_day_pk" PRIMARY KEY("program_id","day")
);
--> statement-breakpoint
CREATE TABLE "program_funding" (
	"program_id" integer NOT NULL,
	"code" text NOT NULL,
	"planned" numeric(16, 2) NOT NULL,
	"spent" numeric(16, 2) NOT NULL,
	CONSTRAINT "program_funding_program_id_code_pk" PRIMARY KEY("program_id","code")
);
--> statement-breakpoint
CREATE TABLE "program_quarter_rate" (
	"program_id" integer NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"expected" integer NOT NULL,
	"submitted" integer NOT NULL,
	CONSTRAINT "program_quarter_rate_program_id_year_quarter_pk" PRIMARY KEY("program_id","year","quarter")
);
--> statement-breakpoint
CREATE TABLE "program_summary" (
	"program_id" integer PRIMARY KEY NOT NULL,
	"measures" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"in_progress" integer DEFAULT 0 NOT NULL,
	"not_started" integer DEFAULT 0 NOT NULL,
	"postponed" integer DEFAULT 0 NOT NULL,
	"cancelled" integer DEFAULT 0 NOT NULL,
	"percent_sum" integer DEFAULT 0 NOT NULL,
	"without_report" integer DEFAULT 0 NOT NULL,
	"costed" integer DEFAULT 0 NOT NULL,
	"costed_without_report" integer DEFAULT 0 NOT NULL,
	"cost_tiyin" numeric DEFAULT 0 NOT NULL,
	"weighted_tiyin" numeric DEFAULT 0 NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"planned" numeric(16, 2) DEFAULT 0 NOT NULL,
	"spent" numeric(16, 2) DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "program_deadlines" ADD CONSTRAINT "program_deadlines_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_funding" ADD CONSTRAINT "program_funding_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_quarter_rate" ADD CONSTRAINT "program_quarter_rate_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_summary" ADD CONSTRAINT "program_summary_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Backfill: the summaries of every existing program, by the statements of
-- summaryStatements(ALL_PROGRAMS) in src/operations/shared/program-summary.ts (held to them by
-- src/operations/shared/summary-consistency.test.ts).
delete from program_summary where true;
--> statement-breakpoint
insert into program_summary (program_id, measures, without_report, percent_sum, costed,
          costed_without_report, cost_tiyin, weighted_tiyin, removed, done, in_progress, not_started,
          postponed, cancelled, spent, planned)
        select m.program_id, count(*) filter (where m.removed_in_version is null) as "measures",
    count(*) filter (where m.removed_in_version is null and ms.last_accepted_period_id is null) as "withoutReport",
    coalesce(sum(coalesce(ms.percent, 0)) filter (where m.removed_in_version is null), 0) as "percentSum",
    count(*) filter (where m.removed_in_version is null and m.cost_amount > 0) as "costed",
    count(*) filter (where m.removed_in_version is null and m.cost_amount > 0 and ms.last_accepted_period_id is null) as "costedWithoutReport",
    coalesce(sum(round(m.cost_amount * 100)) filter (where m.removed_in_version is null and m.cost_amount > 0), 0) as "costTiyin",
    coalesce(sum(coalesce(ms.percent, 0) * round(m.cost_amount * 100)) filter (where m.removed_in_version is null and m.cost_amount > 0), 0) as "weightedTiyin",
    count(*) filter (where not (m.removed_in_version is null)) as "removed", count(*) filter (where m.removed_in_version is null and coalesce(ms.status, 'not_started') = 'done'), count(*) filter (where m.removed_in_version is null and coalesce(ms.status, 'not_started') = 'in_progress'),
          count(*) filter (where m.removed_in_version is null and coalesce(ms.status, 'not_started') = 'not_started'), count(*) filter (where m.removed_in_version is null and coalesce(ms.status, 'not_started') = 'postponed'), count(*) filter (where m.removed_in_version is null and coalesce(ms.status, 'not_started') = 'cancelled'),
          coalesce(sum(ms.spent) filter (where m.removed_in_version is null), 0),
          coalesce((select sum(f.planned) from measure_funding f join measures fm on fm.id = f.measure_id
            where fm.program_id = m.program_id and fm.removed_in_version is null), 0)
        from measures m left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id where true group by m.program_id;
--> statement-breakpoint
insert into program_summary (program_id) select p.id from programs p
        where true on conflict do nothing;
--> statement-breakpoint
delete from program_deadlines where true;
--> statement-breakpoint
insert into program_deadlines (program_id, day, measures)
        select program_id, day, count(*) from (
          select m.program_id, (case when coalesce(ms.status, '') = 'cancelled' then null
    when m.repeat = 'yearly' then make_date(ms.first_open_year, 12, 31)
    when m.repeat is null and not coalesce(ms.done, false) then m.deadline_to end) as day
          from measures m left join measure_state ms on ms.measure_id = m.id and ms.program_id = m.program_id where m.removed_in_version is null and true
        ) x where day is not null group by program_id, day;
--> statement-breakpoint
delete from program_funding where true;
--> statement-breakpoint
insert into program_funding (program_id, code, planned, spent)
        with lines as (
          select m.program_id, m.id as measure_id, f.code, f.planned,
            min(f.code) over (partition by m.id) = max(f.code) over (partition by m.id) as one_code
          from measures m join measure_funding f on f.measure_id = m.id
          where m.removed_in_version is null and true
        ), single as (
          select distinct program_id, measure_id, code from lines where one_code
        ), amounts as (
          select program_id, code, coalesce(planned, 0) as planned, 0 as spent from lines
          union all
          select s1.program_id, s1.code, 0, ms.spent
          from single s1 join measure_state ms on ms.measure_id = s1.measure_id
          union all
          select m.program_id, s.code, 0, s.amount
          from measures m join progress_reports r on r.measure_id = m.id and r.workflow = 'accepted'
          join report_spending s on s.report_id = r.id
          where m.removed_in_version is null and true
            and not exists (select 1 from single s1 where s1.measure_id = m.id)
        )
        select program_id, code, sum(planned), sum(spent) from amounts group by program_id, code;
--> statement-breakpoint
delete from program_quarter_rate where true ;
--> statement-breakpoint
insert into program_quarter_rate (program_id, year, quarter, expected, submitted)
        with pairs as (
          select distinct m.program_id, m.id, b.organization_id, m.repeat, m.deadline_from, m.deadline_to
          from measures m join measure_bodies b on b.measure_id = m.id and b.organization_id is not null
          where m.removed_in_version is null and true
        ), quarters as (
          select p.id as program_id, y as year, qq as quarter, make_date(y, qq * 3 - 2, 1) as start,
            (make_date(y, qq * 3 - 2, 1) + interval '3 month' - interval '1 day')::date as finish
          from programs p, generate_series(p.period_from, p.period_to) y, generate_series(1, 4) qq
          where true 
        )
        select q.program_id, q.year, q.quarter, count(*),
          count(*) filter (where r.workflow in ('submitted', 'accepted'))
        from quarters q join pairs m on m.program_id = q.program_id and (
    m.repeat is not null
    or coalesce(m.deadline_from, m.deadline_to) is null
    or (coalesce(m.deadline_from, m.deadline_to) <= q.finish::date and coalesce(m.deadline_to, m.deadline_from) >= q.start::date)
  )
        left join reporting_periods rp on rp.program_id = q.program_id and rp.year = q.year and rp.quarter = q.quarter
        left join progress_reports r on r.period_id = rp.id and r.measure_id = m.id and r.organization_id = m.organization_id
        group by q.program_id, q.year, q.quarter;
