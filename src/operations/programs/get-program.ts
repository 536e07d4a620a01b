import { and, asc, desc, eq, gte } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { programVersions, sections, territories } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { readableProgram } from "./program-access.ts";
import { readProgramProgress } from "./program-progress.ts";

/**
 * A program's header, its progress by its weighting (with the formula), the sections of its
 * current version and the list of its versions.
 */
export async function getProgram(db: Db, actor: Actor, programId: number) {
  const program = await readableProgram(db, actor, programId);
  const [territory] = await db
    .select({
      id: territories.id,
      nameKy: territories.nameKy,
      nameRu: territories.nameRu,
      path: territories.path,
    })
    .from(territories)
    .where(eq(territories.id, program.territoryId));
  const sectionRows = await db
    .select({ id: sections.id, parentId: sections.parentId, code: sections.code, title: sections.title })
    .from(sections)
    .where(and(eq(sections.programId, programId), gte(sections.position, 0)))
    .orderBy(asc(sections.position));
  const versions = await db
    .select({
      number: programVersions.number,
      sourceName: programVersions.sourceName,
      createdBy: programVersions.createdBy,
      createdAt: programVersions.createdAt,
    })
    .from(programVersions)
    .where(eq(programVersions.programId, programId))
    .orderBy(desc(programVersions.number));
  const progress = await readProgramProgress(db, programId, program.progressWeighting);
  const { territoryPath: _, ...header } = program;
  return { ...header, ...progress, territory: territory ?? null, sections: sectionRows, versions };
}
