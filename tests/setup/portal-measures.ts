/** The ids of a program's current measures in plan order. */
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../src/db/connect.ts";
import { measures } from "../../src/db/schema.ts";

/** Measure ids of a program, current ones, by position. */
export async function measureIdsOf(db: Db, programId: number): Promise<number[]> {
  const rows = await db
    .select({ id: measures.id })
    .from(measures)
    .where(and(eq(measures.programId, programId), isNull(measures.removedInVersion)))
    .orderBy(asc(measures.position));
  return rows.map((r) => r.id);
}
