/**
 * The official implementation report of a program for a quarter ("2026-Q2") or a whole year
 * ("2026"): its data (the summary by the dashboard's rules over the same measure_state, the
 * reporting rate of the period's last quarter) and its file in DOCX, XLSX or PDF.
 */
import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { programVersions, sections, territories } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { Signatory } from "../../domain/plan.ts";
import { type Quarter, quarterKey } from "../../domain/quarter.ts";
import { CONTENT_TYPES, type ReportFormat } from "../../domain/report-formats.ts";
import type { ReportLang } from "../../reports/labels.ts";
import { renderReport } from "../../reports/render-report.ts";
import { buildReportData, type ReportData } from "../../reports/report-data.ts";
import { loadProgram, type ProgramWithPath } from "../programs/program-access.ts";
import { reportingRateOf } from "../reporting/get-reporting-rate.ts";
import { assertCanReadReports, programQuarter } from "../reporting/report-scope.ts";
import { countRemovedMeasures, loadReportMeasures } from "./report-source.ts";

/** What a report is asked for. */
export interface ReportRequest {
  /** "2026-Q2" or "2026". */
  period: string;
  lang: ReportLang;
  /** The report's date; overdue is judged on it. */
  today: string;
}

/** The quarters of "2026-Q2" (one) or "2026" (four), inside the program's years. */
export function reportQuarters(program: ProgramWithPath, period: string): Quarter[] {
  if (!/^\d{4}$/.test(period)) return [programQuarter(program, period)];
  const year = Number(period);
  if (year < program.periodFrom || year > program.periodTo)
    throw new AppError(
      "invalid_input",
      `${period} is outside the program's years ${program.periodFrom}–${program.periodTo}`,
    );
  return [1, 2, 3, 4].map((quarter) => ({ year, quarter }));
}

/**
 * The report's data. Reading needs program.read over the program's territory (reports are not
 * public, even for a published program): anonymous → unauthorized, another territory → forbidden.
 */
export async function buildReport(
  db: Db,
  actor: Actor,
  programId: number,
  request: ReportRequest,
): Promise<ReportData> {
  const program = await loadProgram(db, programId);
  assertCanReadReports(actor, program);
  const quarters = reportQuarters(program, request.period);
  const lastKey = quarterKey(quarters[quarters.length - 1] as Quarter);
  const rate = await reportingRateOf(db, program, lastKey);
  const [territory] = await db
    .select({ ky: territories.nameKy, ru: territories.nameRu })
    .from(territories)
    .where(eq(territories.id, program.territoryId));
  const [version] = await db
    .select({ plan: programVersions.plan })
    .from(programVersions)
    .where(eq(programVersions.programId, programId))
    .orderBy(desc(programVersions.number))
    .limit(1);
  const sectionRows = await db
    .select({ id: sections.id, code: sections.code, title: sections.title })
    .from(sections)
    .where(eq(sections.programId, programId))
    .orderBy(asc(sections.position));
  return buildReportData({
    lang: request.lang,
    period: request.period,
    date: request.today,
    territory: territory ?? { ky: "", ru: "" },
    program: {
      title: program.title,
      approvalNumber: program.approvalNumber,
      approvalDate: program.approvalDate,
    },
    signatories: ((version?.plan ?? {}) as { signatories?: Signatory[] }).signatories ?? [],
    sections: sectionRows,
    measures: await loadReportMeasures(db, programId, quarters),
    weighting: program.progressWeighting,
    removedMeasures: await countRemovedMeasures(db, programId),
    reportingRate: {
      period: rate.period,
      expected: rate.expected,
      submitted: rate.submitted,
      rate: rate.rate,
    },
  });
}

/** A rendered report: bytes, content type and a file name. */
export interface ReportFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** The report as a file in `format`, named "report-<program>-<period>-<lang>.<format>". */
export async function buildReportFile(
  db: Db,
  actor: Actor,
  programId: number,
  request: ReportRequest & { format: ReportFormat },
): Promise<ReportFile> {
  const data = await buildReport(db, actor, programId, request);
  return {
    fileName: `report-${programId}-${request.period}-${request.lang}.${request.format}`,
    contentType: CONTENT_TYPES[request.format],
    bytes: await renderReport(data, request.format),
  };
}
