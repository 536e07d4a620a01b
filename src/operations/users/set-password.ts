import { hash } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { organizations, sessions, users } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { write } from "../shared/write.ts";
import { checkPassword, requireAdminOver } from "./user-rules.ts";

/** Sets a new password (the user's own, or by an admin over their organization) and ends their sessions. */
export async function setPassword(db: Db, actor: Actor, userId: number, password: string) {
  checkPassword(password);
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError("not_found", `user ${userId} not found`);
  if (actor.userId !== userId) {
    const [org] = user.organizationId
      ? await db.select().from(organizations).where(eq(organizations.id, user.organizationId))
      : [];
    if (org) await requireAdminOver(db, actor, org.territoryId);
    else if (!allows(actor, "admin.manage", "/"))
      throw new AppError("forbidden", "only an admin resets passwords");
  }
  const passwordHash = await hash(password);
  await write(db, actor, async (tx, audit) => {
    await tx
      .update(users)
      .set({ passwordHash, rowVersion: user.rowVersion + 1 })
      .where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await audit({ action: "set_password", entity: "user", entityId: userId });
  });
}
