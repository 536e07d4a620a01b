import { asc, eq, inArray } from "drizzle-orm";
import type { AttachmentStore } from "../../db/attachment-store.ts";
import type { Db } from "../../db/connect.ts";
import { indicators, measureFunding, measures, programs } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import {
  compareQuarters,
  isoDate,
  type Quarter,
  quarterEnd,
  quarterKey,
  quarterOf,
  quartersOfYears,
} from "../../domain/quarter.ts";
import { reachesDeadline } from "../../domain/report-workflow.ts";
import { addAttachment } from "../reporting/add-attachment.ts";
import { closePeriod } from "../reporting/close-period.ts";
import { openPeriod } from "../reporting/open-period.ts";
import { reviewReport } from "../reporting/review-report.ts";
import { saveReport } from "../reporting/save-report.ts";
import { submitReport } from "../reporting/submit-report.ts";
import { REPORTED_MEASURES, REPORTED_QUARTERS } from "./load-demo-data.ts";

/** How many of each thing the demo wrote for one program (or all). */
export interface DemoReports {
  accepted: number;
  returned: number;
  draft: number;
  submitted: number;
  attachments: number;
  periods: number;
}

type Outcome = "accepted" | "returned" | "draft" | "submitted";
type MeasureRow = typeof measures.$inferSelect;

/** Who writes and reviews the reports of one program, on which measures (the first it leads). */
export interface DemoReportPlan {
  programId: number;
  measures: number[];
  planner: Actor;
  executor: Actor;
  /** Where the attachments' bytes go. */
  files: AttachmentStore;
  today: Date;
}

/**
 * Writes one program's periods and reports (see REPORTED_MEASURES): every quarter before today's
 * gets a closed period; the last REPORTED_QUARTERS of them get reports, opened for the writing
 * and closed after; today's quarter stays open with one submitted report.
 */
export async function writeDemoReports(db: Db, p: DemoReportPlan): Promise<DemoReports> {
  const written: DemoReports = {
    accepted: 0,
    returned: 0,
    draft: 0,
    submitted: 0,
    attachments: 0,
    periods: 0,
  };
  const [program] = await db.select().from(programs).where(eq(programs.id, p.programId));
  if (!program) return written;
  const current = quarterOf(isoDate(p.today));
  const quarters = quartersOfYears(program.periodFrom, program.periodTo);
  const past = quarters.filter((q) => compareQuarters(q, current) < 0);
  const reported = past.slice(-REPORTED_QUARTERS);
  const rows = await db
    .select()
    .from(measures)
    .where(inArray(measures.id, p.measures.length > 0 ? p.measures : [0]));
  const byId = new Map(rows.map((m) => [m.id, m]));
  const list = p.measures.map((id) => byId.get(id) as MeasureRow);
  for (const q of past) {
    const k = reported.indexOf(q);
    if (k >= 0) {
      await openPeriod(db, p.planner, p.programId, quarterKey(q));
      const latest = k === reported.length - 1;
      for (const [j, measure] of list.slice(0, REPORTED_MEASURES).entries()) {
        const outcome: Outcome =
          latest && j === REPORTED_MEASURES - 1
            ? "draft"
            : latest && j === REPORTED_MEASURES - 2
              ? "returned"
              : "accepted";
        const attach = k === 0 && j === 0;
        await writeReport(db, p, measure, q, k, outcome, attach);
        written[outcome]++;
        if (attach) written.attachments++;
      }
    }
    await closePeriod(db, p.planner, p.programId, quarterKey(q));
    written.periods++;
  }
  if (quarters.some((q) => compareQuarters(q, current) === 0)) {
    await openPeriod(db, p.planner, p.programId, quarterKey(current));
    written.periods++;
    const next = list[REPORTED_MEASURES];
    if (next) {
      await writeReport(db, p, next, current, reported.length, "submitted", false);
      written.submitted++;
    }
  }
  return written;
}

/** One report: saved by the executor, then submitted and reviewed as the outcome says. */
async function writeReport(
  db: Db,
  p: DemoReportPlan,
  measure: MeasureRow,
  q: Quarter,
  k: number,
  outcome: Outcome,
  attach: boolean,
): Promise<void> {
  const due = reachesDeadline({
    deadlineTo: measure.deadlineTo,
    repeat: measure.repeat,
    periodEnd: quarterEnd(q),
    quarter: q.quarter,
  });
  // Accepted work that reached its deadline is done, and so is the first measure from the second
  // reported quarter on (a finished measure to see); the rest grows by a quarter each period.
  const done = outcome === "accepted" && (due || (k >= 1 && measure.id === p.measures[0]));
  const percent = done ? 100 : Math.min(90, 25 * (k + 1));
  const [funding] = await db
    .select()
    .from(measureFunding)
    .where(eq(measureFunding.measureId, measure.id))
    .orderBy(asc(measureFunding.id));
  const targets = await db
    .select()
    .from(indicators)
    .where(eq(indicators.measureId, measure.id))
    .orderBy(asc(indicators.id));
  const { report } = await saveReport(db, p.executor, {
    measureId: measure.id,
    period: quarterKey(q),
    status: done ? "done" : "in_progress",
    percent,
    doneText: done ? "Иш-чара толук аткарылды." : `Иш-чара аткарылууда: ${percent}% аткарылды.`,
    delayReason: due && !done ? "Каржылоо кечигип келди; иш кийинки чейректе бүтөт." : "",
    values: targets.map((t) => ({ indicatorId: t.id, value: Math.round((t.target * percent) / 100) })),
    spending:
      funding?.planned != null
        ? [{ code: funding.code, amount: Math.round(funding.planned * percent) / 100 }]
        : [],
  });
  if (attach) {
    const text = `Аткаруу актысы\nИш-чара: ${measure.action}\nМезгил: ${quarterKey(q)}\n`;
    await addAttachment(db, p.files, p.executor, {
      reportId: report.id,
      fileName: `akt-${quarterKey(q)}.txt`,
      mimeType: "text/plain",
      bytes: new TextEncoder().encode(text),
    });
  }
  if (outcome === "draft") return;
  await submitReport(db, p.executor, report.id);
  if (outcome === "submitted") return;
  await reviewReport(
    db,
    p.planner,
    report.id,
    outcome === "accepted"
      ? { action: "accept" }
      : { action: "return", comment: "Аткарылган иштин көлөмүн жана чыгымдарды тактап, актысын тиркеңиз." },
  );
}
