/**
 * A person's reminder settings: e-mail address and frequency (off, daily, weekly) — their own, or
 * any user's for an admin over their organization — and "head of the body" (gets escalations),
 * which only an admin sets. Updates need If-Match (the user's row version) and write an audit row.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { users } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { NotificationSettings } from "../../domain/views/notifications.ts";
import { refusal } from "../programs/program-access.ts";
import { write } from "../shared/write.ts";
import { administers, loadUser } from "../users/get-user.ts";

/** What may be changed. */
export interface SettingsPatch {
  email?: string | null;
  notifyFrequency?: "off" | "daily" | "weekly";
  bodyHead?: boolean;
}

const shown = (u: typeof users.$inferSelect): NotificationSettings => ({
  userId: u.id,
  email: u.email,
  notifyFrequency: u.notifyFrequency,
  bodyHead: u.bodyHead,
  rowVersion: u.rowVersion,
});

async function reachable(db: Db, actor: Actor, userId: number) {
  if (actor.userId === null && actor.grants.length === 0) throw refusal(actor, "");
  const user = await loadUser(db, userId);
  const admin = administers(actor, user.territoryPath);
  if (!admin && actor.userId !== userId)
    throw new AppError("forbidden", "another user's settings need the admin role over their organization");
  return { user, admin };
}

/** The settings of a user: the user themselves or an admin over their organization. */
export async function getNotificationSettings(db: Db, actor: Actor, userId: number) {
  return shown((await reachable(db, actor, userId)).user);
}

/** Changes the settings when `ifMatch` is the user's row version (else conflict, nothing changed). */
export async function updateNotificationSettings(
  db: Db,
  actor: Actor,
  userId: number,
  patch: SettingsPatch,
  ifMatch: number,
): Promise<NotificationSettings> {
  const { user, admin } = await reachable(db, actor, userId);
  if (!admin && patch.bodyHead !== undefined)
    throw new AppError("forbidden", "only an admin names the head of a body");
  const email = patch.email === undefined ? {} : { email: patch.email?.trim() || null };
  return write(db, actor, async (tx, audit) => {
    const [row] = await tx
      .update(users)
      .set({ ...patch, ...email, rowVersion: ifMatch + 1 })
      .where(and(eq(users.id, userId), eq(users.rowVersion, ifMatch)))
      .returning();
    if (!row)
      throw new AppError("conflict", `user ${userId} was changed by someone else`, {
        rowVersion: user.rowVersion,
      });
    const after = shown(row);
    await audit({ action: "update", entity: "user", entityId: userId, before: shown(user), after });
    return after;
  });
}
