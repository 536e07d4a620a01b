/**
 * The outbox as admins read it: messages to users of the organizations in the territories they
 * administer (a message to nobody's user, e.g. a deleted one, only for a republic-wide admin),
 * newest first, optionally of one status. Without SMTP_URL this is where messages are read.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { type Actor, scopesOf } from "../../domain/access.ts";
import type { OutboxMessage } from "../../domain/views/notifications.ts";
import type { Page } from "../../domain/views.ts";
import { refusal } from "../programs/program-access.ts";
import { limitOffset, type PageRequest } from "../shared/list-page.ts";
import { rowsOf } from "../shared/progress-sql.ts";

/** A page of the outbox the actor administers. */
export async function listOutbox(
  db: Db,
  actor: Actor,
  filter: { status?: OutboxMessage["status"] },
  page: PageRequest,
): Promise<Page<OutboxMessage>> {
  const scopes = scopesOf(actor, "admin.manage");
  if (scopes.length === 0) throw refusal(actor, "reading the outbox needs the admin role");
  const where = visible(scopes, filter.status);
  const { limit, offset } = limitOffset(page);
  const [rows, [total]] = await Promise.all([
    rowsOf<OutboxRow>(
      db,
      sql`select o.* from outbox o ${where} order by o.created_at desc, o.id desc limit ${limit} offset ${offset}`,
    ),
    rowsOf<{ n: number }>(db, sql`select count(*) as n from outbox o ${where}`),
  ]);
  return { items: rows.map(view), total: Number(total?.n ?? 0), page: page.page, pageSize: page.pageSize };
}

function visible(scopes: string[], status: string | undefined): SQL {
  const path = sql`coalesce((select t.path from users u join organizations g on g.id = u.organization_id
      join territories t on t.id = g.territory_id where u.id = o.user_id), '/')`;
  const inScope = sql.join(
    scopes.map((s) => sql`${path} like ${`${s}%`}`),
    sql` or `,
  );
  return status === undefined ? sql`where (${inScope})` : sql`where (${inScope}) and o.status = ${status}`;
}

interface OutboxRow {
  id: number;
  channel: string;
  recipient: string;
  user_id: number | null;
  subject: string;
  body_text: string;
  status: OutboxMessage["status"];
  attempts: number;
  next_attempt_at: string | Date;
  last_error: string | null;
  created_at: string | Date;
  sent_at: string | Date | null;
}

const iso = (d: string | Date) => new Date(d).toISOString();

function view(r: OutboxRow): OutboxMessage {
  return {
    id: r.id,
    channel: r.channel,
    recipient: r.recipient,
    userId: r.user_id,
    subject: r.subject,
    bodyText: r.body_text,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: iso(r.next_attempt_at),
    lastError: r.last_error,
    createdAt: iso(r.created_at),
    sentAt: r.sent_at === null ? null : iso(r.sent_at),
  };
}
