import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { feedback } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { type ModerationAction, moderated } from "../../domain/feedback-moderation.ts";
import type { FeedbackItem } from "../../domain/views/feedback.ts";
import { managedProgram } from "../programs/program-access.ts";
import { write } from "../shared/write.ts";
import { feedbackItem } from "./list-feedback.ts";

/**
 * Publishes, hides (with a reason) or answers a question, by the program's planner, when `ifMatch`
 * is the question's row version (else conflict, nothing changed); one audit row.
 */
export async function moderateFeedback(
  db: Db,
  actor: Actor,
  feedbackId: number,
  input: ModerationAction,
  ifMatch: number,
  now: Date,
): Promise<FeedbackItem> {
  const [current] = await db.select().from(feedback).where(eq(feedback.id, feedbackId));
  if (!current) throw new AppError("not_found", `question ${feedbackId} not found`);
  await managedProgram(db, actor, current.programId);
  const next = moderated(input);
  const answered = next.answer === undefined ? {} : { answeredBy: actor.userId, answeredAt: now };
  return write(db, actor, async (tx, audit) => {
    const [row] = await tx
      .update(feedback)
      .set({ ...next, ...answered, rowVersion: ifMatch + 1 })
      .where(and(eq(feedback.id, feedbackId), eq(feedback.rowVersion, ifMatch)))
      .returning();
    if (!row)
      throw new AppError("conflict", `question ${feedbackId} was changed by someone else`, {
        rowVersion: current.rowVersion,
      });
    const { contact: _c, ...before } = current;
    const { contact: _a, ...after } = row;
    await audit({ action: input.action, entity: "feedback", entityId: feedbackId, before, after });
    return feedbackItem(tx, feedbackId);
  });
}
