import { hash } from "@node-rs/argon2";
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/connect.ts";
import { organizations, sessions, territories, userRoles, users } from "../db/schema.ts";
import { type Actor, allows, type Role } from "../domain/access.ts";
import { AppError } from "../domain/errors.ts";
import { write } from "./write.ts";

const MIN_PASSWORD = 8;

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD)
    throw new AppError("invalid_input", `the password must have at least ${MIN_PASSWORD} characters`);
}

async function territoryPath(db: Db, territoryId: number): Promise<string> {
  const [t] = await db
    .select({ path: territories.path })
    .from(territories)
    .where(eq(territories.id, territoryId));
  if (!t) throw new AppError("not_found", `territory ${territoryId} not found`);
  return t.path;
}

async function requireAdminOver(db: Db, actor: Actor, territoryId: number): Promise<void> {
  if (!allows(actor, "admin.manage", await territoryPath(db, territoryId)))
    throw new AppError("forbidden", "managing users of this territory needs the admin role over it");
}

/** Adds a user of an organization; the organization's territory decides who may add them. */
export async function createUser(
  db: Db,
  actor: Actor,
  input: {
    login: string;
    displayName: string;
    password: string;
    organizationId: number | null;
    locale?: "ky" | "ru" | "en";
  },
) {
  checkPassword(input.password);
  const login = input.login.trim().toLowerCase();
  if (!/^[a-z0-9._@-]{3,64}$/.test(login))
    throw new AppError("invalid_input", "a login has 3–64 latin letters, digits or . _ @ -");
  if (input.organizationId !== null) {
    const [org] = await db.select().from(organizations).where(eq(organizations.id, input.organizationId));
    if (!org) throw new AppError("not_found", `organization ${input.organizationId} not found`);
    await requireAdminOver(db, actor, org.territoryId);
  } else if (!allows(actor, "admin.manage", "/")) {
    throw new AppError("forbidden", "only a republic-wide admin adds users without an organization");
  }
  const passwordHash = await hash(input.password);
  return write(db, actor, async (tx, audit) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.login, login));
    if (existing) throw new AppError("conflict", `login "${login}" is taken`);
    const [user] = await tx
      .insert(users)
      .values({
        login,
        displayName: input.displayName,
        organizationId: input.organizationId,
        passwordHash,
        locale: input.locale ?? "ky",
      })
      .returning({
        id: users.id,
        login: users.login,
        displayName: users.displayName,
        organizationId: users.organizationId,
      });
    await audit({ action: "create", entity: "user", entityId: user?.id ?? null, after: user });
    return user as NonNullable<typeof user>;
  });
}

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
