/**
 * The facts the reminder schedule works on: every (measure, responsible body) pair of the open
 * periods whose reminders may have started, with the body's report for the period. Which periods
 * and which pairs are owed is decided by the pure rules (due-date.ts, reminders.ts), not here.
 */
import { and, asc, eq, isNotNull, isNull, ne } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import {
  measureBodies,
  measures,
  organizations,
  programs,
  progressReports,
  reportingPeriods,
  territories,
} from "../../db/schema.ts";
import { addDays, periodDueDate } from "../../domain/due-date.ts";
import { quarterKey } from "../../domain/quarter.ts";
import type { ReportDueFacts } from "../../domain/reminders.ts";

/** An open period of a program that is not archived, with its due date. */
export interface DuePeriod {
  periodId: number;
  programId: number;
  programTitle: string;
  territoryPath: string;
  period: string;
  dueDate: string;
}

/** Open periods whose reminders start on or before `today` (`lookahead` days before the due date). */
export async function duePeriods(
  db: Db,
  today: string,
  lookahead: number,
  where: { programId?: number } = {},
): Promise<DuePeriod[]> {
  const rows = await db
    .select({ period: reportingPeriods, program: programs, territoryPath: territories.path })
    .from(reportingPeriods)
    .innerJoin(programs, eq(programs.id, reportingPeriods.programId))
    .innerJoin(territories, eq(territories.id, programs.territoryId))
    .where(
      and(
        eq(reportingPeriods.status, "open"),
        ne(programs.status, "archived"),
        where.programId === undefined ? undefined : eq(programs.id, where.programId),
      ),
    )
    .orderBy(asc(reportingPeriods.id));
  return rows
    .map(({ period, program, territoryPath }) => ({
      periodId: period.id,
      programId: program.id,
      programTitle: program.title,
      territoryPath,
      period: quarterKey(period),
      dueDate: periodDueDate(period, program.reportDueDays, period.dueDate),
    }))
    .filter((p) => addDays(p.dueDate, -lookahead) <= today);
}

/** Every (current measure, matched responsible body) pair of a period, with the body's report step. */
export async function reportFactsOf(
  db: Db,
  period: DuePeriod,
  organizationId?: number,
): Promise<ReportDueFacts[]> {
  const rows = await db
    .selectDistinct({
      measureId: measures.id,
      measureNumber: measures.number,
      measureAction: measures.action,
      deadlineFrom: measures.deadlineFrom,
      deadlineTo: measures.deadlineTo,
      repeat: measures.repeat,
      organizationId: organizations.id,
      organizationName: organizations.name,
      workflow: progressReports.workflow,
    })
    .from(measures)
    .innerJoin(measureBodies, eq(measureBodies.measureId, measures.id))
    .innerJoin(organizations, eq(organizations.id, measureBodies.organizationId))
    .leftJoin(
      progressReports,
      and(
        eq(progressReports.measureId, measures.id),
        eq(progressReports.organizationId, organizations.id),
        eq(progressReports.periodId, period.periodId),
      ),
    )
    .where(
      and(
        eq(measures.programId, period.programId),
        isNull(measures.removedInVersion),
        isNotNull(measureBodies.organizationId),
        organizationId === undefined ? undefined : eq(organizations.id, organizationId),
      ),
    );
  const { periodId: _, ...common } = period;
  return rows.map((r) => ({ ...common, ...r }));
}

/** The facts of every period in `periods`. */
export async function dueFacts(db: Db, periods: DuePeriod[]): Promise<ReportDueFacts[]> {
  const all = await Promise.all(periods.map((p) => reportFactsOf(db, p)));
  return all.flat();
}
