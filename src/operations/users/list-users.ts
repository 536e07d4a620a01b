import { and, asc, count, eq, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { organizations, territories, users } from "../../db/schema.ts";
import { type Actor, scopesOf } from "../../domain/access.ts";
import { refusal } from "../programs/program-access.ts";
import { limitOffset, type PageRequest } from "../shared/list-page.ts";
import { rolesOf, userView } from "./get-user.ts";

/** Filters of the user list: q is part of the login or display name, any case. */
export interface UserFilters {
  q?: string;
  organizationId?: number;
  active?: boolean;
}

/**
 * Users of the organizations in the territories the actor administers (a root-wide admin also
 * sees users without an organization), with their roles, by login.
 */
export async function listUsers(db: Db, actor: Actor, filters: UserFilters, page: PageRequest) {
  const scopes = scopesOf(actor, "admin.manage");
  if (scopes.length === 0) throw refusal(actor, "listing users needs the admin role");
  const where: SQL[] = [];
  if (!scopes.includes("/"))
    where.push(or(...scopes.map((p) => sql`${territories.path} like ${`${p}%`}`)) as SQL);
  if (filters.q && filters.q.trim() !== "") {
    const pattern = `%${filters.q
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(${users.login} like ${pattern} or lower(${users.displayName}) like ${pattern})`);
  }
  if (filters.organizationId !== undefined) where.push(eq(users.organizationId, filters.organizationId));
  if (filters.active !== undefined) where.push(eq(users.active, filters.active));
  const from = () =>
    db
      .select({ user: users, organizationName: organizations.name, territoryPath: territories.path })
      .from(users)
      .leftJoin(organizations, eq(organizations.id, users.organizationId))
      .leftJoin(territories, eq(territories.id, organizations.territoryId))
      .where(and(...where));
  const { limit, offset } = limitOffset(page);
  const rows = await from().orderBy(asc(users.login)).limit(limit).offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .leftJoin(territories, eq(territories.id, organizations.territoryId))
    .where(and(...where));
  const roles = await rolesOf(
    db,
    rows.map((r) => r.user.id),
  );
  const items = rows.map((r) =>
    userView(
      { ...r.user, organizationName: r.organizationName, territoryPath: r.territoryPath ?? "/" },
      roles.get(r.user.id) ?? [],
    ),
  );
  return { items, total: total?.n ?? 0, ...page };
}
