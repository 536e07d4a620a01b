import { count, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { programVersions } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import type { PlanDiff } from "../../domain/plan-diff.ts";
import { limitOffset, type PageRequest } from "../shared/list-page.ts";
import { readableProgram } from "./program-access.ts";

/** A program's versions, newest first, each with how many measures it added, changed and removed. */
export async function listProgramVersions(db: Db, actor: Actor, programId: number, page: PageRequest) {
  await readableProgram(db, actor, programId);
  const { limit, offset } = limitOffset(page);
  const rows = await db
    .select({
      number: programVersions.number,
      sourceName: programVersions.sourceName,
      createdBy: programVersions.createdBy,
      createdAt: programVersions.createdAt,
      diff: programVersions.diff,
    })
    .from(programVersions)
    .where(eq(programVersions.programId, programId))
    .orderBy(desc(programVersions.number))
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(programVersions)
    .where(eq(programVersions.programId, programId));
  const items = rows.map(({ diff, ...v }) => {
    const d = diff as PlanDiff;
    return { ...v, added: d.added.length, changed: d.changed.length, removed: d.removed.length };
  });
  return { items, total: total?.n ?? 0, ...page };
}
