import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import {
  indicators,
  measureFunding,
  progressReports,
  reportSpending,
  reportValues,
} from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { quarterEnd } from "../../domain/quarter.ts";
import { assertEditable, normalizeContent, type ReportStatus } from "../../domain/report-workflow.ts";
import { write } from "../shared/write.ts";
import { assertCanWrite, assertOpen, findPeriod, loadMeasureScope, programQuarter } from "./report-scope.ts";
import { loadReportView, type ReportView } from "./report-view.ts";

/** What a body types into its report of a measure for a quarter. */
export interface SaveReportInput {
  measureId: number;
  /** "2026-Q3" */
  period: string;
  /** The reporting body; defaults to the actor's organization (only admins name another). */
  organizationId?: number | null;
  status: ReportStatus;
  percent: number;
  doneText?: string;
  delayReason?: string;
  values?: { indicatorId: number; value: number }[];
  spending?: { code: string; amount: number }[];
  /** The row_version the edit is based on: required once the report exists. */
  ifMatch?: number | null;
}

/**
 * Creates or updates the draft report of the actor's organization on a measure for an open
 * period. An existing report is changed only when `ifMatch` equals its row_version (else
 * conflict, nothing changed) and only while it is a draft or returned (accepted ones are locked).
 */
export async function saveReport(
  db: Db,
  actor: Actor,
  input: SaveReportInput,
): Promise<{ report: ReportView; created: boolean }> {
  return write(db, actor, async (tx, audit) => {
    const scope = await loadMeasureScope(tx, input.measureId);
    const organizationId = input.organizationId ?? actor.organizationId;
    if (organizationId === null || organizationId === undefined)
      throw new AppError("invalid_input", "name the reporting organization (organizationId)");
    assertCanWrite(actor, scope, organizationId);
    const q = programQuarter(scope.program, input.period);
    const period = await findPeriod(tx, scope.program.id, q);
    assertOpen(period, input.period);
    const periodId = (period as NonNullable<typeof period>).id;
    const content = normalizeContent(
      {
        status: input.status,
        percent: input.percent,
        doneText: input.doneText ?? "",
        delayReason: input.delayReason ?? "",
      },
      {
        deadlineTo: scope.measure.deadlineTo,
        repeat: scope.measure.repeat,
        periodEnd: quarterEnd(q),
        quarter: q.quarter,
      },
    );
    const values = input.values ?? [];
    const spending = input.spending ?? [];
    await checkLines(tx, input.measureId, values, spending);
    const fields = { ...content, authorId: actor.userId, updatedAt: new Date() };
    const where = and(
      eq(progressReports.measureId, input.measureId),
      eq(progressReports.periodId, periodId),
      eq(progressReports.organizationId, organizationId),
    );
    const [existing] = await tx.select().from(progressReports).where(where);
    let reportId: number;
    if (!existing) {
      if (input.ifMatch != null)
        throw new AppError("conflict", "the report does not exist yet; send no If-Match");
      const [row] = await tx
        .insert(progressReports)
        .values({ measureId: input.measureId, periodId, organizationId, ...fields })
        .onConflictDoNothing()
        .returning({ id: progressReports.id });
      if (!row) throw new AppError("conflict", "the report was created by someone else meanwhile; reload it");
      reportId = row.id;
    } else {
      if (input.ifMatch == null)
        throw new AppError("invalid_input", "updating a report needs If-Match: its row_version");
      assertEditable(existing.workflow);
      const [row] = await tx
        .update(progressReports)
        .set({ ...fields, rowVersion: existing.rowVersion + 1 })
        .where(and(eq(progressReports.id, existing.id), eq(progressReports.rowVersion, input.ifMatch)))
        .returning({ id: progressReports.id });
      if (!row)
        throw new AppError("conflict", "the report was changed by someone else; reload it", {
          rowVersion: existing.rowVersion,
        });
      reportId = row.id;
    }
    const before = existing ? { ...existing, ...(await linesOf(tx, existing.id)) } : null;
    await tx.delete(reportValues).where(eq(reportValues.reportId, reportId));
    await tx.delete(reportSpending).where(eq(reportSpending.reportId, reportId));
    if (values.length > 0) await tx.insert(reportValues).values(values.map((v) => ({ reportId, ...v })));
    if (spending.length > 0)
      await tx.insert(reportSpending).values(spending.map((s) => ({ reportId, ...s })));
    const report = await loadReportView(tx, reportId);
    await audit({
      action: existing ? "report.update" : "report.create",
      entity: "progress_report",
      entityId: reportId,
      before,
      after: report,
    });
    return { report, created: !existing };
  });
}

// The lines before they are replaced: read after the guarded update, so they are the ones it replaced.
async function linesOf(tx: Db, reportId: number) {
  const view = await loadReportView(tx, reportId);
  return { values: view.values, spending: view.spending };
}

async function checkLines(
  tx: Db,
  measureId: number,
  values: { indicatorId: number; value: number }[],
  spending: { code: string; amount: number }[],
): Promise<void> {
  const problems: string[] = [];
  const known = new Set(
    (await tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.measureId, measureId))).map(
      (r) => r.id,
    ),
  );
  const codes = new Set(
    (
      await tx
        .select({ code: measureFunding.code })
        .from(measureFunding)
        .where(eq(measureFunding.measureId, measureId))
    ).map((r) => r.code),
  );
  for (const v of values)
    if (!known.has(v.indicatorId)) problems.push(`indicator ${v.indicatorId} is not one of this measure's`);
  if (new Set(values.map((v) => v.indicatorId)).size !== values.length)
    problems.push("an indicator is given twice");
  for (const s of spending) {
    if (!codes.has(s.code)) problems.push(`funding source "${s.code}" is not one of this measure's`);
    if (!(s.amount >= 0)) problems.push(`spending from "${s.code}" must be zero or more`);
  }
  if (new Set(spending.map((s) => s.code)).size !== spending.length)
    problems.push("a funding source is given twice");
  if (problems.length > 0) throw new AppError("invalid_input", problems.join("; "), { problems });
}
