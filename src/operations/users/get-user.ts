import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { organizations, territories, userRoles, users } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { refusal } from "../programs/program-access.ts";

/** A user row with the path of their organization's territory ("/" for a user without one). */
export async function loadUser(db: Db, userId: number) {
  const [row] = await db
    .select({ user: users, organizationName: organizations.name, territoryPath: territories.path })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .leftJoin(territories, eq(territories.id, organizations.territoryId))
    .where(eq(users.id, userId));
  if (!row) throw new AppError("not_found", `user ${userId} not found`);
  // a user without an organization belongs to no territory: only a root-wide admin manages them,
  // the same rule as create-user and set-password
  return { ...row.user, organizationName: row.organizationName, territoryPath: row.territoryPath ?? "/" };
}

/** True when the actor is an admin over the user's organization. */
export const administers = (actor: Actor, territoryPath: string) =>
  allows(actor, "admin.manage", territoryPath);

/** The role grants of users, by user id, with each territory's names. */
export async function rolesOf(db: Db, userIds: number[]) {
  if (userIds.length === 0) return new Map<number, RoleView[]>();
  const rows = await db
    .select({
      userId: userRoles.userId,
      role: userRoles.role,
      territoryId: userRoles.territoryId,
      territoryNameKy: territories.nameKy,
      territoryNameRu: territories.nameRu,
    })
    .from(userRoles)
    .innerJoin(territories, eq(territories.id, userRoles.territoryId))
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(territories.path), asc(userRoles.role));
  const byUser = new Map<number, RoleView[]>();
  for (const { userId, ...role } of rows) byUser.set(userId, [...(byUser.get(userId) ?? []), role]);
  return byUser;
}

/** A role as the admin screen shows it. */
export interface RoleView {
  role: "admin" | "planner" | "executor" | "viewer";
  territoryId: number;
  territoryNameKy: string;
  territoryNameRu: string;
}

/** What the API shows of a user: never the password hash. */
export function userView(user: Awaited<ReturnType<typeof loadUser>>, roles: RoleView[]) {
  const { id, login, displayName, organizationId, organizationName, active, locale, rowVersion, createdAt } =
    user;
  // Named, not spread: the password hash, the unsubscribe token and the reminder settings (their
  // own endpoint) never leave through the user view.
  return {
    id,
    login,
    displayName,
    organizationId,
    organizationName,
    active,
    locale,
    rowVersion,
    createdAt,
    roles,
  };
}

/** One user with their roles: for an admin over their organization, or the user themself. */
export async function getUser(db: Db, actor: Actor, userId: number) {
  if (actor.userId === null && actor.grants.length === 0) throw refusal(actor, "");
  const user = await loadUser(db, userId);
  if (actor.userId !== userId && !administers(actor, user.territoryPath))
    throw new AppError("forbidden", "reading a user needs the admin role over their organization");
  return userView(user, (await rolesOf(db, [userId])).get(userId) ?? []);
}
