import { asc } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import type { TerritoryNode } from "../../domain/views.ts";
import { refusal } from "../programs/program-access.ts";
import { limitOffset, type Page, type PageRequest } from "../shared/list-page.ts";

/** Every territory as a tree in pre-order; anyone signed in may read it. */
export async function listTerritories(db: Db, actor: Actor, page: PageRequest): Promise<Page<TerritoryNode>> {
  if (actor.userId === null && actor.grants.length === 0) throw refusal(actor, "");
  const rows = await db.select().from(territories).orderBy(asc(territories.path));
  // Paths sort "/1/10/" before "/1/2/"; order numerically by the ids along the path instead.
  const ids = (p: string) =>
    p
      .split("/")
      .filter((s) => s !== "")
      .map(Number);
  rows.sort((a, b) => {
    const x = ids(a.path);
    const y = ids(b.path);
    for (let i = 0; i < Math.min(x.length, y.length); i++)
      if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
    return x.length - y.length;
  });
  const { limit, offset } = limitOffset(page);
  const items = rows.slice(offset, offset + limit).map((t) => ({
    id: t.id,
    parentId: t.parentId,
    code: t.code,
    level: t.level,
    nameKy: t.nameKy,
    nameRu: t.nameRu,
    path: t.path,
    depth: ids(t.path).length - 1,
  }));
  return { items, total: rows.length, ...page };
}
