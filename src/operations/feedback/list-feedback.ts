import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { FeedbackItem, FeedbackStatus } from "../../domain/views/feedback.ts";
import { managedProgram } from "../programs/program-access.ts";
import { limitOffset, type PageRequest } from "../shared/list-page.ts";
import { rowsOf } from "../shared/progress-sql.ts";

/**
 * A program's moderation queue for its planner (program.manage over its territory), oldest first,
 * optionally of one status.
 */
export async function listFeedback(
  db: Db,
  actor: Actor,
  programId: number,
  filter: { status?: FeedbackStatus | undefined },
  page: PageRequest,
) {
  await managedProgram(db, actor, programId);
  const { limit, offset } = limitOffset(page);
  const where = sql`f.program_id = ${programId} ${filter.status ? sql`and f.status = ${filter.status}` : sql``}`;
  const items = await feedbackItems(db, where, sql`limit ${limit} offset ${offset}`);
  const [total] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from feedback f where ${where}`,
  );
  return { items, total: total?.n ?? 0, ...page };
}

/** One question as the moderation queue shows it (no access check: the caller made it). */
export async function feedbackItem(db: Db, feedbackId: number): Promise<FeedbackItem> {
  const [item] = await feedbackItems(db, sql`f.id = ${feedbackId}`, sql``);
  if (!item) throw new AppError("not_found", `question ${feedbackId} not found`);
  return item;
}

// `verified` is read from the question's audit row: feedback has no column for it (decision 012).
function feedbackItems(db: Db, where: SQL, page: SQL): Promise<FeedbackItem[]> {
  return rowsOf<FeedbackItem>(
    db,
    sql`select f.id, f.program_id as "programId", f.measure_id as "measureId", m.number as "measureNumber",
          m.action as "measureAction", f.body, f.author_name as "authorName", f.contact, f.show_name as "showName",
          f.status, f.hidden_reason as "hiddenReason", f.answer, f.answered_at as "answeredAt",
          coalesce((select (a.after ->> 'verified')::boolean from audit_log a
                    where a.entity = 'feedback' and a.entity_id = f.id::text and a.action = 'create' limit 1), false) as verified,
          f.row_version as "rowVersion", f.created_at as "createdAt"
        from feedback f left join measures m on m.id = f.measure_id
        where ${where} order by f.created_at, f.id ${page}`,
  );
}
