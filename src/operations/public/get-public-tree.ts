import { sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { PublicTerritoryNode } from "../../domain/views/public.ts";
import { rowsOf } from "../shared/progress-sql.ts";
import { PUBLIC_PROGRAM_SQL } from "./public-program-access.ts";

/**
 * The portal's territory tree: only territories with a published program in them or below them
 * (the whole register would be thousands of rows on a phone), in pre-order by path, each with its
 * own and its subtree's number of published programs.
 */
export async function getPublicTree(db: Db): Promise<PublicTerritoryNode[]> {
  return rowsOf<PublicTerritoryNode>(
    db,
    sql`with counts as (
          select t.path, count(*)::int as n from programs p join territories t on t.id = p.territory_id
          where ${sql.raw(PUBLIC_PROGRAM_SQL)} group by t.path
        )
        select t.code, t.name_ky as "nameKy", t.name_ru as "nameRu",
          (length(t.path) - length(replace(t.path, '/', '')) - 2)::int as depth,
          coalesce((select n from counts c where c.path = t.path), 0)::int as own,
          (select coalesce(sum(n), 0) from counts c where c.path like t.path || '%')::int as total
        from territories t
        where exists (select 1 from counts c where c.path like t.path || '%')
        order by t.path`,
  );
}
