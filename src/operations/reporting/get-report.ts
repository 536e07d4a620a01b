import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import { assertCanReadReports, loadReportScope } from "./report-scope.ts";
import { loadReportView, type ReportView } from "./report-view.ts";

/** One report with its values, spending and attachments (program.read over the territory). */
export async function getReport(db: Db, actor: Actor, reportId: number): Promise<ReportView> {
  const scope = await loadReportScope(db, reportId);
  assertCanReadReports(actor, scope.program);
  return loadReportView(db, reportId);
}
