import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { PublicFeedback, PublicMeeting } from "../../domain/views/public.ts";
import { rowsOf } from "../shared/progress-sql.ts";

/**
 * Published questions with their official answers, oldest first. The author's name only when they
 * agreed to show it; the contact never leaves the moderation queue.
 */
export async function publicFeedback(
  db: Db,
  programId: number,
  measureId?: number,
): Promise<PublicFeedback[]> {
  const one: SQL = measureId === undefined ? sql`true` : sql`f.measure_id = ${measureId}`;
  return rowsOf<PublicFeedback>(
    db,
    sql`select f.id, f.measure_id as "measureId", f.body,
          case when f.show_name then f.author_name end as "authorName",
          to_char(f.created_at at time zone 'UTC', 'YYYY-MM-DD') as "createdAt", f.answer,
          to_char(f.answered_at at time zone 'UTC', 'YYYY-MM-DD') as "answeredAt"
        from feedback f where f.program_id = ${programId} and f.status = 'published' and ${one}
        order by f.created_at, f.id`,
  );
}

/** The meetings with residents about a program, latest first. */
export async function publicMeetings(db: Db, programId: number): Promise<PublicMeeting[]> {
  return rowsOf<PublicMeeting>(
    db,
    sql`select held_on::text as "heldOn", place, participants, questions, measure_ids as "measureIds"
        from resident_meetings where program_id = ${programId} order by held_on desc, id desc`,
  );
}
