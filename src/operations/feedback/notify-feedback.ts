import { sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { notifications } from "../../db/schema.ts";
import { FEEDBACK_NOTIFICATION } from "../../domain/message-codes.ts";
import { rowsOf } from "../shared/progress-sql.ts";

/**
 * Tells the people who answer a question that it came, in their in-app notification list: the
 * planners over the program's territory and, for a question on a measure, the users of its
 * responsible bodies. The link opens the moderation screen of the program.
 */
export async function notifyFeedback(
  tx: Db,
  feedback: { id: number; programId: number; measureId: number | null },
): Promise<number> {
  const recipients = await rowsOf<{ id: number }>(
    tx,
    sql`select distinct u.id from users u
        where u.active and (
          exists (select 1 from user_roles r join territories t on t.id = r.territory_id
                  join programs p on p.id = ${feedback.programId} join territories pt on pt.id = p.territory_id
                  where r.user_id = u.id and r.role = 'planner' and pt.path like t.path || '%')
          or exists (select 1 from measure_bodies b
                     where b.measure_id = ${feedback.measureId} and b.organization_id = u.organization_id)
        )
        order by u.id`,
  );
  if (recipients.length === 0) return 0;
  await tx.insert(notifications).values(
    recipients.map((r) => ({
      userId: r.id,
      code: FEEDBACK_NOTIFICATION,
      params: { programId: feedback.programId, feedbackId: feedback.id },
      link: `/programs/${feedback.programId}/feedback`,
      dedupeKey: `feedback:${feedback.id}`,
    })),
  );
  return recipients.length;
}
