import { and, asc, count, desc, eq, like, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { programs, territories } from "../../db/schema.ts";
import { type Actor, scopesOf } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { limitOffset, type Page, type PageRequest } from "../shared/list-page.ts";
import { storedInputsSql, storedOverdueSql } from "../shared/program-summary.ts";
import { inputsFromRow, isoDay } from "../shared/progress-sql.ts";
import { programProgress } from "./program-progress.ts";

/** Filters of the program list; territoryId includes the territories below it. */
export interface ProgramFilters {
  territoryId?: number;
  status?: "draft" | "approved" | "archived";
  published?: boolean;
}

import type { ProgramListItem } from "../../domain/views.ts";

export type { ProgramListItem };

/**
 * Programs the actor may read (program.read over the territory, or published, for anyone):
 * progress by the program's weighting over its current measures (no report counts 0) with its
 * formula, overdue as of today.
 */
export async function listPrograms(
  db: Db,
  actor: Actor,
  filters: ProgramFilters,
  page: PageRequest,
  today: Date,
): Promise<Page<ProgramListItem>> {
  const day = isoDay(today);
  const visible = or(
    eq(programs.published, true),
    ...scopesOf(actor, "program.read").map((p) => like(territories.path, `${p}%`)),
  ) as SQL;
  const where: SQL[] = [visible];
  if (filters.territoryId !== undefined) {
    const [t] = await db.select().from(territories).where(eq(territories.id, filters.territoryId));
    if (!t) throw new AppError("not_found", `territory ${filters.territoryId} not found`);
    where.push(like(territories.path, `${t.path}%`));
  }
  if (filters.status) where.push(eq(programs.status, filters.status));
  if (filters.published !== undefined) where.push(eq(programs.published, filters.published));
  // Each row reads its program's summaries (kept in every write's transaction) by primary key.
  const { limit, offset } = limitOffset(page);
  const rows = await db
    .select({
      program: programs,
      territory: { id: territories.id, nameKy: territories.nameKy, nameRu: territories.nameRu },
      inputs: sql<unknown>`${storedInputsSql(sql`${programs.id}`)}`,
      overdue: sql<number>`${storedOverdueSql(sql`${programs.id}`, day)}`,
    })
    .from(programs)
    .innerJoin(territories, eq(territories.id, programs.territoryId))
    .where(and(...where))
    .orderBy(asc(territories.path), desc(programs.periodFrom), asc(programs.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(programs)
    .innerJoin(territories, eq(territories.id, programs.territoryId))
    .where(and(...where));
  return {
    items: rows.map(({ program: p, territory, inputs, overdue }) => ({
      id: p.id,
      title: p.title,
      territory,
      period: { from: p.periodFrom, to: p.periodTo },
      language: p.language,
      status: p.status,
      published: p.published,
      version: p.currentVersion,
      progressWeighting: p.progressWeighting,
      ...programProgress(p.progressWeighting, inputsFromRow(inputs)),
      overdue: Number(overdue),
    })),
    total: total?.n ?? 0,
    ...page,
  };
}
