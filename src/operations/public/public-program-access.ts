import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { programs, territories } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import type { PublicProgramHeader } from "../../domain/views/public.ts";

/**
 * The header of a program the portal may show: published AND approved (or archived after being
 * approved). A draft, an unpublished or a missing program is the same not_found, so the portal
 * never tells which programs exist unpublished.
 */
export async function loadPublicProgram(db: Db, programId: number): Promise<PublicProgramHeader> {
  const [row] = await db
    .select({ program: programs, territory: territories })
    .from(programs)
    .innerJoin(territories, eq(territories.id, programs.territoryId))
    .where(eq(programs.id, programId));
  const p = row?.program;
  if (!row || !p?.published || p.status === "draft")
    throw new AppError("not_found", `program ${programId} is not published`);
  return {
    id: p.id,
    title: p.title,
    territory: { code: row.territory.code, nameKy: row.territory.nameKy, nameRu: row.territory.nameRu },
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    approvalNumber: p.approvalNumber,
    approvalDate: p.approvalDate,
    status: p.status,
    progressWeighting: p.progressWeighting,
    currentVersion: p.currentVersion,
  };
}

/** SQL condition (over alias `p`) of a program the portal shows: the twin of loadPublicProgram. */
export const PUBLIC_PROGRAM_SQL = "p.published and p.status <> 'draft'";
