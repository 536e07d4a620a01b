import { and, asc, eq, gte } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { sections } from "../../db/schema.ts";
import { ANONYMOUS } from "../../domain/access.ts";
import type { PublicProgram } from "../../domain/views/public.ts";
import { getDashboard } from "../dashboard/get-dashboard.ts";
import { publicMeasures } from "./public-measures.ts";
import { loadPublicProgram } from "./public-program-access.ts";
import { publicPhotos, publicReports } from "./public-reports.ts";
import { publicFeedback, publicMeetings } from "./public-voices.ts";

/**
 * Everything the public page of a program shows; not_found unless it is published and approved.
 * The figures are the dashboard's (one rule each), read as an anonymous visitor.
 */
export async function getPublicProgram(db: Db, programId: number, today: string): Promise<PublicProgram> {
  const program = await loadPublicProgram(db, programId);
  const dashboard = await getDashboard(db, ANONYMOUS, programId, { today });
  return {
    program,
    totals: {
      measures: dashboard.totals.measures,
      percent: dashboard.totals.percent,
      overdue: dashboard.totals.overdue,
      formula: dashboard.totals.formula,
    },
    byStatus: dashboard.byStatus,
    byFunding: dashboard.byFunding.map(({ code, planned, spent }) => ({ code, planned, spent })),
    sections: await db
      .select({ id: sections.id, code: sections.code, title: sections.title })
      .from(sections)
      .where(and(eq(sections.programId, programId), gte(sections.position, 0)))
      .orderBy(asc(sections.position)),
    measures: await publicMeasures(db, programId),
    reports: await publicReports(db, programId),
    photos: await publicPhotos(db, programId),
    feedback: await publicFeedback(db, programId),
    meetings: await publicMeetings(db, programId),
  };
}
