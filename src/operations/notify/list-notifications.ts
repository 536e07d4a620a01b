/**
 * The signed-in person's bell: their latest items and the unread count, and marking items read.
 * Marking read changes only the reader's own view, so it writes no audit row.
 */
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { notifications } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import type { NotificationList } from "../../domain/views/notifications.ts";
import { refusal } from "../programs/program-access.ts";

const LATEST = 50;

function ownId(actor: Actor): number {
  if (actor.userId === null) throw refusal(actor, "the bell belongs to a signed-in person");
  return actor.userId;
}

/** The actor's latest 50 items, newest first, and how many of all are unread. */
export async function listNotifications(db: Db, actor: Actor): Promise<NotificationList> {
  const userId = ownId(actor);
  const [rows, [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(LATEST),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      params: r.params as Record<string, string | number>,
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      read: r.readAt !== null,
    })),
    unread: unread?.n ?? 0,
  };
}

/** Marks the actor's items `ids` read (all of theirs when none are named); others' are untouched. */
export async function markNotificationsRead(
  db: Db,
  actor: Actor,
  ids: number[] | undefined,
  now: Date,
): Promise<NotificationList> {
  const userId = ownId(actor);
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids === undefined ? undefined : inArray(notifications.id, ids.length > 0 ? ids : [-1]),
      ),
    );
  return listNotifications(db, actor);
}
