import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import { meanOfSum } from "../../domain/measure-progress.ts";
import type { PublicProgramItem, PublicTerritory } from "../../domain/views/public.ts";
import { rowsOf } from "../shared/progress-sql.ts";
import { PUBLIC_PROGRAM_SQL } from "./public-program-access.ts";

/** A territory by its code, the territories above it, and the published programs in and below it. */
export async function getPublicTerritory(db: Db, code: string): Promise<PublicTerritory> {
  const [t] = await db.select().from(territories).where(eq(territories.code, code));
  if (!t) throw new AppError("not_found", `no territory ${code}`);
  const parentIds = t.path.split("/").filter(Boolean).map(Number).slice(0, -1);
  const parents =
    parentIds.length === 0
      ? []
      : await rowsOf<PublicTerritory["parents"][number]>(
          db,
          sql`select code, name_ky as "nameKy", name_ru as "nameRu" from territories
              where id in (${sql.join(parentIds, sql`, `)}) order by length(path)`,
        );
  type Row = Omit<PublicProgramItem, "territory" | "percent"> & {
    nameKy: string;
    nameRu: string;
    percentSum: number;
  };
  const programs = await rowsOf<Row>(
    db,
    sql`select p.id, p.title, p.period_from as "periodFrom", p.period_to as "periodTo",
          t.name_ky as "nameKy", t.name_ru as "nameRu",
          count(m.id)::int as measures, coalesce(sum(coalesce(ms.percent, 0)), 0)::int as "percentSum"
        from programs p join territories t on t.id = p.territory_id
        left join measures m on m.program_id = p.id and m.removed_in_version is null
        left join measure_state ms on ms.measure_id = m.id and ms.program_id = p.id
        where ${sql.raw(PUBLIC_PROGRAM_SQL)} and t.path like ${`${t.path}%`}
        group by p.id, t.path, t.name_ky, t.name_ru order by t.path, p.period_from desc, p.id`,
  );
  return {
    territory: { code: t.code, nameKy: t.nameKy, nameRu: t.nameRu },
    parents,
    programs: programs.map(({ nameKy, nameRu, percentSum, ...p }) => ({
      ...p,
      percent: meanOfSum(percentSum, p.measures),
      territory: { nameKy, nameRu },
    })),
  };
}
