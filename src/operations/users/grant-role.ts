import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { userRoles, users } from "../../db/schema.ts";
import type { Actor, Role } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { write } from "../shared/write.ts";
import { requireAdminOver } from "./user-rules.ts";

/** Grants a role over a territory subtree (idempotent). */
export async function grantRole(db: Db, actor: Actor, userId: number, role: Role, territoryId: number) {
  await requireAdminOver(db, actor, territoryId);
  return write(db, actor, async (tx, audit) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) throw new AppError("not_found", `user ${userId} not found`);
    const inserted = await tx
      .insert(userRoles)
      .values({ userId, role, territoryId })
      .onConflictDoNothing()
      .returning();
    if (inserted.length > 0)
      await audit({ action: "grant", entity: "user_role", entityId: userId, after: { role, territoryId } });
  });
}

/** Takes a role away. */
export async function revokeRole(db: Db, actor: Actor, userId: number, role: Role, territoryId: number) {
  await requireAdminOver(db, actor, territoryId);
  return write(db, actor, async (tx, audit) => {
    const where = and(
      eq(userRoles.userId, userId),
      eq(userRoles.role, role),
      eq(userRoles.territoryId, territoryId),
    );
    const removed = await tx.delete(userRoles).where(where).returning();
    if (removed.length > 0)
      await audit({ action: "revoke", entity: "user_role", entityId: userId, before: { role, territoryId } });
  });
}
