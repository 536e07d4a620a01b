/**
 * The database schema, one for PGlite and PostgreSQL (SQL that runs on PostgreSQL 15). Names follow
 * the users' words: territory, organization (body), program, version, section, measure, period,
 * report. Ids are 4-byte integers so both drivers return plain numbers; sums are numeric read as
 * numbers; `row_version` counts updates for ETag / If-Match.
 */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { TERRITORY_LEVELS } from "../domain/territory-csv.ts";

/** Raw bytes; pg gives a Buffer and PGlite a Uint8Array, both read as Uint8Array. */
const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});
const money = (name: string) => numeric(name, { precision: 16, scale: 2, mode: "number" });
const created = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
const updated = () => timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

/** Republic → oblast → district / city → aiyl aimak; `path` ("/1/4/17/") makes subtree queries one LIKE. */
export const territories = pgTable(
  "territories",
  {
    id: serial("id").primaryKey(),
    code: text("code").notNull(),
    parentId: integer("parent_id").references((): AnyPgColumn => territories.id),
    level: text("level", { enum: TERRITORY_LEVELS }).notNull(),
    nameKy: text("name_ky").notNull(),
    nameRu: text("name_ru").notNull(),
    path: text("path").notNull(),
    validFrom: date("valid_from", { mode: "string" }),
    validTo: date("valid_to", { mode: "string" }),
    successorId: integer("successor_id").references((): AnyPgColumn => territories.id),
    rowVersion: integer("row_version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("territories_code").on(t.code),
    index("territories_path").on(sql`${t.path} text_pattern_ops`),
  ],
);

/** A body: mayor's office, department, agency, enterprise, partner "(макулдашуу боюнча)". */
export const organizations = pgTable(
  "organizations",
  {
    id: serial("id").primaryKey(),
    territoryId: integer("territory_id")
      .notNull()
      .references(() => territories.id),
    name: text("name").notNull(),
    nameRu: text("name_ru"),
    shortName: text("short_name"),
    partner: boolean("partner").notNull().default(false),
    rowVersion: integer("row_version").notNull().default(1),
  },
  (t) => [index("organizations_territory").on(t.territoryId)],
);

/** Other names of a body as plans write them (РМА ↔ Райондук мамлекеттик администрация); `key` is normalized. */
export const organizationAliases = pgTable(
  "organization_aliases",
  {
    id: serial("id").primaryKey(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    key: text("key").notNull(),
  },
  (t) => [
    uniqueIndex("organization_aliases_org_key").on(t.organizationId, t.key),
    index("organization_aliases_key").on(t.key),
  ],
);

/** A development program of a territory. */
export const programs = pgTable(
  "programs",
  {
    id: serial("id").primaryKey(),
    territoryId: integer("territory_id")
      .notNull()
      .references(() => territories.id),
    title: text("title").notNull(),
    periodFrom: integer("period_from").notNull(),
    periodTo: integer("period_to").notNull(),
    language: text("language", { enum: ["ky", "ru"] }).notNull(),
    approvalNumber: text("approval_number"),
    approvalDate: date("approval_date", { mode: "string" }),
    status: text("status", { enum: ["draft", "approved", "archived"] })
      .notNull()
      .default("draft"),
    published: boolean("published").notNull().default(false),
    /** How section and program progress weigh measures: equally, or by planned cost. */
    progressWeighting: text("progress_weighting", { enum: ["equal", "cost"] })
      .notNull()
      .default("equal"),
    /** Reports of a quarter are due this many days after it ends (reminders count from it). */
    reportDueDays: integer("report_due_days").notNull().default(5),
    currentVersion: integer("current_version").notNull().default(1),
    rowVersion: integer("row_version").notNull().default(1),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index("programs_territory").on(t.territoryId)],
);

/** One imported or amended state of a program: the plan/v1 document and its row-level diff from the previous. */
export const programVersions = pgTable(
  "program_versions",
  {
    id: serial("id").primaryKey(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    sourceName: text("source_name"),
    plan: jsonb("plan").notNull(),
    diff: jsonb("diff").notNull(),
    createdBy: integer("created_by"),
    createdAt: created(),
  },
  (t) => [uniqueIndex("program_versions_number").on(t.programId, t.number)],
);

/** A heading of the action table. */
export const sections = pgTable(
  "sections",
  {
    id: serial("id").primaryKey(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnyPgColumn => sections.id),
    code: text("code"),
    title: text("title").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("sections_program").on(t.programId)],
);

/** A row of the action table. A measure removed by a later version keeps its reports: `removedInVersion`. */
export const measures = pgTable(
  "measures",
  {
    id: serial("id").primaryKey(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    sectionId: integer("section_id").references(() => sections.id),
    position: integer("position").notNull(),
    number: text("number"),
    task: text("task").notNull(),
    action: text("action").notNull(),
    deadlineText: text("deadline_text").notNull(),
    deadlineFrom: date("deadline_from", { mode: "string" }),
    deadlineTo: date("deadline_to", { mode: "string" }),
    repeat: text("repeat", { enum: ["yearly", "ongoing"] }),
    result: text("result").notNull(),
    costAmount: money("cost_amount"),
    costText: text("cost_text"),
    addedInVersion: integer("added_in_version").notNull(),
    removedInVersion: integer("removed_in_version"),
    rowVersion: integer("row_version").notNull().default(1),
    updatedAt: updated(),
  },
  (t) => [index("measures_program").on(t.programId, t.position), index("measures_deadline").on(t.deadlineTo)],
);

/** A body responsible for a measure, as written, matched to an organization when one is known. */
export const measureBodies = pgTable(
  "measure_bodies",
  {
    id: serial("id").primaryKey(),
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    organizationId: integer("organization_id").references(() => organizations.id),
    name: text("name").notNull(),
    role: text("role", { enum: ["lead", "co"] }).notNull(),
    position: integer("position").notNull(),
  },
  (t) => [index("measure_bodies_measure").on(t.measureId), index("measure_bodies_org").on(t.organizationId)],
);

/** A funding source of a measure with its planned sum in som. */
export const measureFunding = pgTable(
  "measure_funding",
  {
    id: serial("id").primaryKey(),
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    text: text("text").notNull(),
    planned: money("planned"),
  },
  (t) => [index("measure_funding_measure").on(t.measureId), index("measure_funding_code").on(t.code)],
);

/** A numeric target of a measure (150 орун, 1437 га). */
export const indicators = pgTable(
  "indicators",
  {
    id: serial("id").primaryKey(),
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    unit: text("unit").notNull(),
    baseline: money("baseline"),
    target: money("target").notNull(),
    cumulative: boolean("cumulative").notNull().default(true),
  },
  (t) => [index("indicators_measure").on(t.measureId)],
);

/** A quarter of a program's years in which bodies report; open or closed. */
export const reportingPeriods = pgTable(
  "reporting_periods",
  {
    id: serial("id").primaryKey(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    quarter: integer("quarter").notNull(),
    status: text("status", { enum: ["open", "closed"] })
      .notNull()
      .default("closed"),
    /** Set by the planner for this period; null = the program's `report_due_days` after the quarter. */
    dueDate: date("due_date", { mode: "string" }),
    rowVersion: integer("row_version").notNull().default(1),
  },
  (t) => [uniqueIndex("reporting_periods_quarter").on(t.programId, t.year, t.quarter)],
);

/** What one body reports on one measure for one period. */
export const progressReports = pgTable(
  "progress_reports",
  {
    id: serial("id").primaryKey(),
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    periodId: integer("period_id")
      .notNull()
      .references(() => reportingPeriods.id, { onDelete: "cascade" }),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id),
    status: text("status", {
      enum: ["not_started", "in_progress", "done", "postponed", "cancelled"],
    }).notNull(),
    percent: integer("percent").notNull().default(0),
    doneText: text("done_text").notNull().default(""),
    delayReason: text("delay_reason").notNull().default(""),
    workflow: text("workflow", { enum: ["draft", "submitted", "accepted", "returned"] })
      .notNull()
      .default("draft"),
    resubmitted: boolean("resubmitted").notNull().default(false),
    reviewerComment: text("reviewer_comment"),
    authorId: integer("author_id"),
    reviewerId: integer("reviewer_id"),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true, mode: "date" }),
    rowVersion: integer("row_version").notNull().default(1),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex("progress_reports_one").on(t.measureId, t.periodId, t.organizationId),
    index("progress_reports_period").on(t.periodId, t.workflow),
    index("progress_reports_org").on(t.organizationId),
    // The dashboard's spending by source reads a program's accepted reports: index-only by measure.
    index("progress_reports_accepted").on(t.measureId, t.id).where(sql`${t.workflow} = 'accepted'`),
  ],
);

/** The actual value of an indicator a report states. */
export const reportValues = pgTable(
  "report_values",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => progressReports.id, { onDelete: "cascade" }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    value: money("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.indicatorId] })],
);

/** Money a report says was spent from one source. */
export const reportSpending = pgTable(
  "report_spending",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => progressReports.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    amount: money("amount").notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.code] })],
);

/** A file attached to a report, stored on disk under the data folder. */
export const attachments = pgTable(
  "attachments",
  {
    id: serial("id").primaryKey(),
    reportId: integer("report_id")
      .notNull()
      .references(() => progressReports.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    storagePath: text("storage_path").notNull(),
    /** Shown on the public portal (a photo of the work); private by default. */
    public: boolean("public").notNull().default(false),
    uploadedBy: integer("uploaded_by"),
    createdAt: created(),
    /** Optimistic lock of `public` (If-Match on PATCH /attachments/{id}). */
    rowVersion: integer("row_version").notNull().default(1),
  },
  (t) => [index("attachments_report").on(t.reportId)],
);

/**
 * The bytes of attachments, stored once per content hash in the database itself, so every server
 * process (on any machine) reads what another wrote, and a backup is the database alone.
 */
export const attachmentContents = pgTable("attachment_contents", {
  sha256: text("sha256").primaryKey(),
  content: bytes("content").notNull(),
});

/**
 * The current state of each measure, kept in the same transaction as each report so dashboards
 * never scan the report history. `percent` and `status` are the lead body's latest accepted
 * report; `firstOpenYear` is the first year of a yearly measure with no accepted "done" report.
 */
export const measureState = pgTable(
  "measure_state",
  {
    measureId: integer("measure_id")
      .primaryKey()
      .references(() => measures.id, { onDelete: "cascade" }),
    programId: integer("program_id").notNull(),
    percent: integer("percent").notNull().default(0),
    status: text("status").notNull().default("not_started"),
    done: boolean("done").notNull().default(false),
    firstOpenYear: integer("first_open_year"),
    lastAcceptedPeriodId: integer("last_accepted_period_id"),
    spent: money("spent").notNull().default(0),
    updatedAt: updated(),
  },
  (t) => [index("measure_state_program").on(t.programId)],
);

/** A person who signs in; belongs to one organization. */
export const users = pgTable(
  "users",
  {
    id: serial("id").primaryKey(),
    login: text("login").notNull(),
    displayName: text("display_name").notNull(),
    organizationId: integer("organization_id").references(() => organizations.id),
    passwordHash: text("password_hash").notNull(),
    active: boolean("active").notNull().default(true),
    locale: text("locale", { enum: ["ky", "ru", "en"] })
      .notNull()
      .default("ky"),
    email: text("email"),
    /** Reminder digests: never, one a day, or one a week. */
    notifyFrequency: text("notify_frequency", { enum: ["off", "daily", "weekly"] })
      .notNull()
      .default("daily"),
    /** Random token of the unsubscribe link that works without signing in. */
    unsubscribeToken: text("unsubscribe_token"),
    /** Heads of a body get the escalation of its overdue reports. */
    bodyHead: boolean("body_head").notNull().default(false),
    rowVersion: integer("row_version").notNull().default(1),
    createdAt: created(),
  },
  (t) => [uniqueIndex("users_login").on(t.login)],
);

/** A role of a user over a territory and everything below it. */
export const userRoles = pgTable(
  "user_roles",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["admin", "planner", "executor", "viewer"] }).notNull(),
    territoryId: integer("territory_id")
      .notNull()
      .references(() => territories.id),
  },
  (t) => [uniqueIndex("user_roles_one").on(t.userId, t.role, t.territoryId)],
);

/** A signed-in browser or client; the cookie holds the token, the table its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    id: serial("id").primaryKey(),
    tokenHash: text("token_hash").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: created(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("sessions_token").on(t.tokenHash)],
);

/** Every write: who, when, what, before and after; written in the same transaction as the change. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    userId: integer("user_id"),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [index("audit_log_entity").on(t.entity, t.entityId), index("audit_log_at").on(t.at)],
);

/**
 * An uploaded plan between preview and save (the import wizard): the parsed plan, its warnings and
 * its cells' confidences,
 * edited cell by cell (`row_version` for If-Match), saved once (`saved_at`), gone after `expires_at`.
 */
export const importSessions = pgTable(
  "import_sessions",
  {
    id: serial("id").primaryKey(),
    territoryId: integer("territory_id")
      .notNull()
      .references(() => territories.id),
    programId: integer("program_id").references(() => programs.id),
    fileName: text("file_name").notNull(),
    plan: jsonb("plan").notNull(),
    warnings: jsonb("warnings").notNull(),
    /** The cells the importer is less than sure of (CellConfidence[]); an edited cell leaves it. */
    cells: jsonb("cells").notNull().default([]),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "cascade" }),
    rowVersion: integer("row_version").notNull().default(1),
    createdAt: created(),
    updatedAt: updated(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    savedAt: timestamp("saved_at", { withTimezone: true, mode: "date" }),
    savedProgramId: integer("saved_program_id").references(() => programs.id),
    savedVersion: integer("saved_version"),
  },
  (t) => [index("import_sessions_expires").on(t.expiresAt)],
);

/**
 * A socio-economic indicator of territories (population, registered unemployed, own revenue …):
 * the catalogue. `rollup` says how a parent's figure is made from its children's.
 */
export const socioIndicators = pgTable(
  "socio_indicators",
  {
    id: serial("id").primaryKey(),
    code: text("code").notNull(),
    nameKy: text("name_ky").notNull(),
    nameRu: text("name_ru").notNull(),
    unit: text("unit").notNull(),
    direction: text("direction", { enum: ["higher", "lower"] }).notNull(),
    periodicity: text("periodicity", { enum: ["quarter", "year"] }).notNull(),
    rollup: text("rollup", { enum: ["sum", "population_mean", "none"] }).notNull(),
    rowVersion: integer("row_version").notNull().default(1),
  },
  (t) => [uniqueIndex("socio_indicators_code").on(t.code)],
);

/** A territory's baseline of an indicator and, optionally, the program that sets its targets. */
export const socioIndicatorBaselines = pgTable(
  "socio_indicator_baselines",
  {
    territoryId: integer("territory_id")
      .notNull()
      .references(() => territories.id),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => socioIndicators.id, { onDelete: "cascade" }),
    programId: integer("program_id").references(() => programs.id, { onDelete: "set null" }),
    year: integer("year").notNull(),
    value: money("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.territoryId, t.indicatorId] })],
);

/** The target of an indicator for a territory in one year. */
export const socioIndicatorTargets = pgTable(
  "socio_indicator_targets",
  {
    territoryId: integer("territory_id")
      .notNull()
      .references(() => territories.id),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => socioIndicators.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    value: money("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.territoryId, t.indicatorId, t.year] })],
);

/** An actual value of an indicator: a quarter (1–4) or the whole year (quarter 0); who and from where. */
export const socioIndicatorValues = pgTable(
  "socio_indicator_values",
  {
    territoryId: integer("territory_id")
      .notNull()
      .references(() => territories.id),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => socioIndicators.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    quarter: integer("quarter").notNull().default(0),
    value: money("value").notNull(),
    source: text("source").notNull(),
    enteredBy: integer("entered_by").references(() => users.id, { onDelete: "set null" }),
    enteredAt: timestamp("entered_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.territoryId, t.indicatorId, t.year, t.quarter] }),
    index("socio_indicator_values_indicator").on(t.indicatorId, t.year, t.quarter),
  ],
);

/** The measures that serve an indicator. */
export const socioIndicatorMeasures = pgTable(
  "socio_indicator_measures",
  {
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => socioIndicators.id, { onDelete: "cascade" }),
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.measureId] })],
);

/**
 * Every message is written here in the same transaction as what caused it, then sent by one worker
 * at a time; `dedupe_key` (e.g. "digest:<user>:<day>") makes a second pass or a crash send nothing twice.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: serial("id").primaryKey(),
    channel: text("channel").notNull().default("email"),
    dedupeKey: text("dedupe_key").notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    bodyHtml: text("body_html"),
    status: text("status", { enum: ["pending", "sending", "sent", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    lastError: text("last_error"),
    createdAt: created(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [uniqueIndex("outbox_dedupe").on(t.dedupeKey), index("outbox_due").on(t.status, t.nextAttemptAt)],
);

/** An item of a person's in-app notification list (the bell): a message code, its params and a link. */
export const notifications = pgTable(
  "notifications",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    params: jsonb("params").notNull().default({}),
    link: text("link").notNull(),
    dedupeKey: text("dedupe_key"),
    createdAt: created(),
    readAt: timestamp("read_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("notifications_user").on(t.userId, t.createdAt),
    uniqueIndex("notifications_dedupe").on(t.userId, t.dedupeKey),
  ],
);

/** Counters of fixed time windows shared by every process: login throttling, feedback rate limits. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true, mode: "date" }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/** A citizen's question or comment on a program or one of its measures, and its moderation. */
export const feedback = pgTable(
  "feedback",
  {
    id: serial("id").primaryKey(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    measureId: integer("measure_id").references(() => measures.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    authorName: text("author_name"),
    contact: text("contact"),
    /** The author agreed that the name may be shown; the contact is never shown. */
    showName: boolean("show_name").notNull().default(false),
    status: text("status", { enum: ["pending", "published", "hidden"] })
      .notNull()
      .default("pending"),
    hiddenReason: text("hidden_reason"),
    answer: text("answer"),
    answeredBy: integer("answered_by").references(() => users.id, { onDelete: "set null" }),
    answeredAt: timestamp("answered_at", { withTimezone: true, mode: "date" }),
    rowVersion: integer("row_version").notNull().default(1),
    createdAt: created(),
  },
  (t) => [index("feedback_program").on(t.programId, t.status)],
);

/** A meeting with residents about a program: when, where, how many came, what they asked. */
export const residentMeetings = pgTable(
  "resident_meetings",
  {
    id: serial("id").primaryKey(),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    place: text("place").notNull(),
    participants: integer("participants").notNull(),
    questions: text("questions").notNull().default(""),
    measureIds: jsonb("measure_ids").notNull().default([]),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: created(),
  },
  (t) => [index("resident_meetings_program").on(t.programId)],
);

/**
 * Current-state summaries of a program (docs/decisions/015-current-state-summaries.md), kept in
 * the transaction of every write that changes their inputs by refreshProgramSummary
 * (src/operations/shared/program-summary.ts) so that territory roll-ups read one row per program
 * instead of every measure. `program_summary`: counts and sums over the program's measures
 * (current ones unless named otherwise), the progress inputs of progress-formula.ts included.
 */
export const programSummary = pgTable("program_summary", {
  programId: integer("program_id")
    .primaryKey()
    .references(() => programs.id, { onDelete: "cascade" }),
  measures: integer("measures").notNull().default(0),
  done: integer("done").notNull().default(0),
  inProgress: integer("in_progress").notNull().default(0),
  notStarted: integer("not_started").notNull().default(0),
  postponed: integer("postponed").notNull().default(0),
  cancelled: integer("cancelled").notNull().default(0),
  percentSum: integer("percent_sum").notNull().default(0),
  withoutReport: integer("without_report").notNull().default(0),
  costed: integer("costed").notNull().default(0),
  costedWithoutReport: integer("costed_without_report").notNull().default(0),
  costTiyin: numeric("cost_tiyin", { mode: "number" }).notNull().default(0),
  weightedTiyin: numeric("weighted_tiyin", { mode: "number" }).notNull().default(0),
  /** Measures a later plan version removed (never counted, named in formulas). */
  removed: integer("removed").notNull().default(0),
  planned: money("planned").notNull().default(0),
  spent: money("spent").notNull().default(0),
});

/**
 * Open current measures of a program by the day after which they are overdue (a dated measure's
 * deadline_to while not done; a yearly one's 31 December of its first open year; never cancelled
 * ones): "overdue on today" is the sum of the days before today, whatever today is.
 */
export const programDeadlines = pgTable(
  "program_deadlines",
  {
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    measures: integer("measures").notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.day] })],
);

/** Planned and spent of a program's current measures by funding code (the roll-up's rule). */
export const programFunding = pgTable(
  "program_funding",
  {
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    planned: money("planned").notNull(),
    spent: money("spent").notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.code] })],
);

/** A quarter's expected (measure, body) pairs of a program and how many were submitted or accepted. */
export const programQuarterRate = pgTable(
  "program_quarter_rate",
  {
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    quarter: integer("quarter").notNull(),
    expected: integer("expected").notNull(),
    submitted: integer("submitted").notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.year, t.quarter] })],
);

/**
 * A program's dashboard groups (docs/decisions/015-current-state-summaries.md), kept with the
 * other summaries: per section (`key` = section id, "" without one), responsible organization
 * (`key` = organization id), body named without an organization (`key` = the name as written) and
 * funding code (`key` = the code), the ProgressInputs of its measures (current and removed, as
 * progress-formula.ts counts them), lead measures (bodies), planned and spent (funding). Labels
 * (section titles, organization names) are joined when read, so a rename is never stale here.
 */
export const programGroups = pgTable(
  "program_groups",
  {
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["section", "body", "unmatched", "funding"] }).notNull(),
    key: text("key").notNull(),
    /** The section's or the organization's id (null for the others and for measures without a section). */
    refId: integer("ref_id"),
    lead: integer("lead").notNull().default(0),
    measures: integer("measures").notNull().default(0),
    withoutReport: integer("without_report").notNull().default(0),
    percentSum: integer("percent_sum").notNull().default(0),
    costed: integer("costed").notNull().default(0),
    costedWithoutReport: integer("costed_without_report").notNull().default(0),
    costTiyin: numeric("cost_tiyin", { mode: "number" }).notNull().default(0),
    weightedTiyin: numeric("weighted_tiyin", { mode: "number" }).notNull().default(0),
    removed: integer("removed").notNull().default(0),
    planned: money("planned").notNull().default(0),
    spent: money("spent").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.programId, t.kind, t.key] })],
);

/**
 * A resumable (tus) upload of a report attachment while it arrives (docs/decisions/017): who sends
 * it, to which report, its declared name, type and `size`, and how many bytes have been `received`.
 * The bytes wait in upload_pieces; the last piece creates the attachment (`attachment_id`) and
 * drops the pieces in the same transaction. Gone after `expires_at` (24 h), finished or not.
 */
export const uploadSessions = pgTable(
  "upload_sessions",
  {
    id: text("id").primaryKey(),
    reportId: integer("report_id")
      .notNull()
      .references(() => progressReports.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    received: integer("received").notNull().default(0),
    attachmentId: integer("attachment_id").references(() => attachments.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("upload_sessions_expires").on(t.expiresAt)],
);

/** The bytes of an upload received so far, one row per stored piece, from byte `start` on. */
export const uploadPieces = pgTable(
  "upload_pieces",
  {
    uploadId: text("upload_id")
      .notNull()
      .references(() => uploadSessions.id, { onDelete: "cascade" }),
    start: integer("start").notNull(),
    content: bytes("content").notNull(),
  },
  (t) => [primaryKey({ columns: [t.uploadId, t.start] })],
);
