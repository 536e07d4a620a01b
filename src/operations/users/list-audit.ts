import { count, desc, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { auditLog } from "../../db/schema.ts";
import { type Actor, allows, type Permission } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { refusal } from "../programs/program-access.ts";
import { limitOffset, type PageRequest } from "../shared/list-page.ts";
import { loadUser } from "./get-user.ts";

/** The things whose audit trail can be asked for. */
export const AUDITED = [
  "program",
  "measure",
  "progress_report",
  "reporting_period",
  "attachment",
  "organization",
  "territory",
  "user",
] as const;
export type Audited = (typeof AUDITED)[number];

// Where each thing is (its territory path), found from its id.
const PATH: Record<Exclude<Audited, "user">, (id: number) => SQL> = {
  program: (id) =>
    sql`select t.path from programs p join territories t on t.id = p.territory_id where p.id = ${id}`,
  measure: (id) =>
    sql`select t.path from measures m join programs p on p.id = m.program_id join territories t on t.id = p.territory_id where m.id = ${id}`,
  progress_report: (id) =>
    sql`select t.path from progress_reports r join measures m on m.id = r.measure_id join programs p on p.id = m.program_id join territories t on t.id = p.territory_id where r.id = ${id}`,
  reporting_period: (id) =>
    sql`select t.path from reporting_periods rp join programs p on p.id = rp.program_id join territories t on t.id = p.territory_id where rp.id = ${id}`,
  attachment: (id) =>
    sql`select t.path from attachments a join progress_reports r on r.id = a.report_id join measures m on m.id = r.measure_id join programs p on p.id = m.program_id join territories t on t.id = p.territory_id where a.id = ${id}`,
  organization: (id) =>
    sql`select t.path from organizations o join territories t on t.id = o.territory_id where o.id = ${id}`,
  territory: (id) => sql`select t.path from territories t where t.id = ${id}`,
};

// The entries of a thing include those of what belongs to it: a measure's state, reports and
// their attachments; a program's versions and periods; a user's roles.
const ENTRIES: Record<Audited, (id: number) => SQL> = {
  program: (id) =>
    sql`(entity = 'program' and entity_id = ${String(id)}) or (entity = 'program_version' and entity_id like ${`${id}/%`}) or (entity = 'reporting_period' and entity_id in (select id::text from reporting_periods where program_id = ${id}))`,
  measure: (id) =>
    sql`(entity in ('measure', 'measure_state') and entity_id = ${String(id)}) or (entity = 'progress_report' and entity_id in (select id::text from progress_reports where measure_id = ${id})) or (entity = 'attachment' and entity_id in (select a.id::text from attachments a join progress_reports r on r.id = a.report_id where r.measure_id = ${id}))`,
  progress_report: (id) =>
    sql`(entity = 'progress_report' and entity_id = ${String(id)}) or (entity = 'attachment' and entity_id in (select id::text from attachments where report_id = ${id}))`,
  reporting_period: (id) => sql`entity = 'reporting_period' and entity_id = ${String(id)}`,
  attachment: (id) => sql`entity = 'attachment' and entity_id = ${String(id)}`,
  organization: (id) => sql`entity = 'organization' and entity_id = ${String(id)}`,
  territory: (id) => sql`entity = 'territory' and entity_id = ${String(id)}`,
  user: (id) => sql`entity in ('user', 'user_role') and entity_id = ${String(id)}`,
};

// Program things are audited for planners (program.manage), the rest for admins.
const NEEDS: Record<Audited, Permission> = {
  program: "program.manage",
  measure: "program.manage",
  progress_report: "program.manage",
  reporting_period: "program.manage",
  attachment: "program.manage",
  organization: "admin.manage",
  territory: "admin.manage",
  user: "admin.manage",
};

async function pathOf(db: Db, entity: Audited, id: number): Promise<string> {
  if (entity === "user") return (await loadUser(db, id)).territoryPath;
  const result = await db.execute<{ path: string }>(PATH[entity](id));
  const row = (result as unknown as { rows: { path: string }[] }).rows[0];
  if (!row) throw new AppError("not_found", `${entity} ${id} not found`);
  return row.path;
}

/**
 * The audit trail of one thing, newest first: for planners and admins over a program's territory
 * (program, measure, report, period, attachment), for admins over the territory of the rest.
 */
export async function listAudit(db: Db, actor: Actor, entity: Audited, entityId: number, page: PageRequest) {
  if (actor.userId === null && actor.grants.length === 0) throw refusal(actor, "");
  const path = await pathOf(db, entity, entityId);
  if (!allows(actor, NEEDS[entity], path))
    throw new AppError(
      "forbidden",
      `the audit trail of a ${entity} needs the ${NEEDS[entity]} right over it`,
    );
  const where = sql`(${ENTRIES[entity](entityId)})`;
  const { limit, offset } = limitOffset(page);
  const items = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(auditLog).where(where);
  return { items, total: total?.n ?? 0, ...page };
}
