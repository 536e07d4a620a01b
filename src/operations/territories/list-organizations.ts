import { and, asc, count, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { organizationAliases, organizations, territories } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { Organization } from "../../domain/views.ts";
import { ancestorPaths } from "../programs/match-bodies.ts";
import { refusal } from "../programs/program-access.ts";
import { limitOffset, type Page, type PageRequest } from "../shared/list-page.ts";

/**
 * Bodies with their aliases; anyone signed in may read them. With territoryId: the bodies a plan
 * of that territory can name (its own and its ancestors'). q: part of a name or alias, any case.
 */
export async function listOrganizations(
  db: Db,
  actor: Actor,
  filters: { territoryId?: number; q?: string },
  page: PageRequest,
): Promise<Page<Organization>> {
  if (actor.userId === null && actor.grants.length === 0) throw refusal(actor, "");
  const where: SQL[] = [];
  if (filters.territoryId !== undefined) {
    const [t] = await db.select().from(territories).where(eq(territories.id, filters.territoryId));
    if (!t) throw new AppError("not_found", `territory ${filters.territoryId} not found`);
    where.push(inArray(territories.path, ancestorPaths(t.path)));
  }
  if (filters.q && filters.q.trim() !== "") {
    const pattern = `%${filters.q
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`(lower(${organizations.name}) like ${pattern} or exists (select 1 from organization_aliases a where a.organization_id = ${organizations.id} and lower(a.alias) like ${pattern}))`,
    );
  }
  const { limit, offset } = limitOffset(page);
  const rows = await db
    .select({ org: organizations, territoryPath: territories.path })
    .from(organizations)
    .innerJoin(territories, eq(territories.id, organizations.territoryId))
    .where(and(...where))
    .orderBy(asc(territories.path), asc(organizations.name), asc(organizations.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(organizations)
    .innerJoin(territories, eq(territories.id, organizations.territoryId))
    .where(and(...where));
  const ids = rows.map((r) => r.org.id);
  const aliases =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(organizationAliases)
          .where(inArray(organizationAliases.organizationId, ids))
          .orderBy(asc(organizationAliases.id));
  const items = rows.map(({ org }) => ({
    id: org.id,
    territoryId: org.territoryId,
    name: org.name,
    nameRu: org.nameRu,
    shortName: org.shortName,
    partner: org.partner,
    aliases: aliases.filter((a) => a.organizationId === org.id).map((a) => a.alias),
  }));
  return { items, total: total?.n ?? 0, ...page };
}
