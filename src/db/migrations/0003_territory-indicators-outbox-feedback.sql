CREATE TABLE "feedback" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"measure_id" integer,
	"body" text NOT NULL,
	"author_name" text,
	"contact" text,
	"show_name" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"hidden_reason" text,
	"answer" text,
	"answered_by" integer,
	"answered_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"code" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text NOT NULL,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel" text DEFAULT 'email' NOT NULL,
	"dedupe_key" text NOT NULL,
	"user_id" integer,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"body_html" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "resident_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"participants" integer NOT NULL,
	"questions" text DEFAULT '' NOT NULL,
	"measure_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "socio_indicator_baselines" (
	"territory_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"program_id" integer,
	"year" integer NOT NULL,
	"value" numeric(16, 2) NOT NULL,
	CONSTRAINT "socio_indicator_baselines_territory_id_indicator_id_pk" PRIMARY KEY("territory_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "socio_indicator_measures" (
	"indicator_id" integer NOT NULL,
	"measure_id" integer NOT NULL,
	CONSTRAINT "socio_indicator_measures_indicator_id_measure_id_pk" PRIMARY KEY("indicator_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "socio_indicator_targets" (
	"territory_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"year" integer NOT NULL,
	"value" numeric(16, 2) NOT NULL,
	CONSTRAINT "socio_indicator_targets_territory_id_indicator_id_year_pk" PRIMARY KEY("territory_id","indicator_id","year")
);
--> statement-breakpoint
CREATE TABLE "socio_indicator_values" (
	"territory_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer DEFAULT 0 NOT NULL,
	"value" numeric(16, 2) NOT NULL,
	"source" text NOT NULL,
	"entered_by" integer,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "socio_indicator_values_territory_id_indicator_id_year_quarter_pk" PRIMARY KEY("territory_id","indicator_id","year","quarter")
);
--> statement-breakpoint
CREATE TABLE "socio_indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_ky" text NOT NULL,
	"name_ru" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"periodicity" text NOT NULL,
	"rollup" text NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "progress_weighting" text DEFAULT 'equal' NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "report_due_days" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD COLUMN "due_date" date;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notify_frequency" text DEFAULT 'daily' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "unsubscribe_token" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "body_head" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_meetings" ADD CONSTRAINT "resident_meetings_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_meetings" ADD CONSTRAINT "resident_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socio_indicator_baselines" ADD CONSTRAINT "socio_indicator_baselines_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socio_indicator_baselines" ADD CONSTRAINT "socio_indicator_baselines_indicator_id_socio_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."socio_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socio_indicator_baselines" ADD CONSTRAINT "socio_indicator_baselines_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socio_indicator_measures" ADD CONSTRAINT "socio_indicator_measures_indicator_id_socio_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."socio_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socio_indicator_measures" ADD CONSTRAINT "socio_indicator_measures_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socio_indicator_targets" ADD CONSTRAINT "socio_indicator_targets_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socio_indicator_targets" ADD CONSTRAINT "socio_indicator_targets_indicator_id_socio_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."socio_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socio_indicator_values" ADD CONSTRAINT "socio_indicator_values_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socio_indicator_values" ADD CONSTRAINT "socio_indicator_values_indicator_id_socio_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."socio_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socio_indicator_values" ADD CONSTRAINT "socio_indicator_values_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_program" ON "feedback" USING btree ("program_id","status");--> statement-breakpoint
CREATE INDEX "notifications_user" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_dedupe" ON "outbox" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "resident_meetings_program" ON "resident_meetings" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "socio_indicator_values_indicator" ON "socio_indicator_values" USING btree ("indicator_id","year","quarter");--> statement-breakpoint
CREATE UNIQUE INDEX "socio_indicators_code" ON "socio_indicators" USING btree ("code");