import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { users } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { refusal } from "../programs/program-access.ts";
import { write } from "../shared/write.ts";
import { administers, loadUser } from "./get-user.ts";

/** What may be changed of a user; `active` only by an admin. */
export interface UserPatch {
  displayName?: string;
  active?: boolean;
  locale?: "ky" | "ru" | "en";
}

const shown = (u: typeof users.$inferSelect) => ({
  id: u.id,
  login: u.login,
  displayName: u.displayName,
  organizationId: u.organizationId,
  active: u.active,
  locale: u.locale,
  rowVersion: u.rowVersion,
});

/**
 * Edits a user when `ifMatch` is their row_version (else conflict, nothing changed). An admin over
 * their organization may change everything; a user their own name and language, not `active`.
 */
export async function updateUser(db: Db, actor: Actor, userId: number, patch: UserPatch, ifMatch: number) {
  if (actor.userId === null && actor.grants.length === 0) throw refusal(actor, "");
  const current = await loadUser(db, userId);
  const admin = administers(actor, current.territoryPath);
  if (!admin && actor.userId !== userId)
    throw new AppError("forbidden", "changing a user needs the admin role over their organization");
  if (!admin && patch.active !== undefined)
    throw new AppError("forbidden", "only an admin activates or deactivates a user");
  if (patch.displayName !== undefined && patch.displayName.trim() === "")
    throw new AppError("invalid_input", "a display name cannot be empty");
  return write(db, actor, async (tx, audit) => {
    const [row] = await tx
      .update(users)
      .set({ ...patch, rowVersion: ifMatch + 1 })
      .where(and(eq(users.id, userId), eq(users.rowVersion, ifMatch)))
      .returning();
    if (!row) {
      const [now] = await tx.select({ v: users.rowVersion }).from(users).where(eq(users.id, userId));
      throw new AppError("conflict", `user ${userId} was changed by someone else`, { rowVersion: now?.v });
    }
    const after = shown(row);
    await audit({ action: "update", entity: "user", entityId: userId, before: shown(current), after });
    return after;
  });
}
