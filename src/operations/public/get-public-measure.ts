import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { sections } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import type { PublicMeasurePageData } from "../../domain/views/public.ts";
import { publicMeasures } from "./public-measures.ts";
import { loadPublicProgram } from "./public-program-access.ts";
import { publicPhotos, publicReports } from "./public-reports.ts";
import { publicFeedback } from "./public-voices.ts";

/** One current measure of a published program, with what was done each quarter and its questions. */
export async function getPublicMeasure(
  db: Db,
  programId: number,
  measureId: number,
): Promise<PublicMeasurePageData> {
  const program = await loadPublicProgram(db, programId);
  const [measure] = await publicMeasures(db, programId, measureId);
  if (!measure) throw new AppError("not_found", `program ${programId} has no measure ${measureId}`);
  const [section] =
    measure.sectionId === null
      ? []
      : await db
          .select({ code: sections.code, title: sections.title })
          .from(sections)
          .where(and(eq(sections.id, measure.sectionId), eq(sections.programId, programId)));
  return {
    program,
    section: section ?? null,
    measure,
    reports: await publicReports(db, programId, measureId),
    photos: await publicPhotos(db, programId, measureId),
    feedback: await publicFeedback(db, programId, measureId),
  };
}
