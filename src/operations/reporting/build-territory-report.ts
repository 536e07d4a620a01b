/**
 * The oblast / national summary report of a territory for a quarter: its roll-up (getRollup, the
 * same numbers as the API and the territory page) with each line's name in the report's language,
 * as a DOCX, XLSX or PDF file.
 */
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { CONTENT_TYPES, type ReportFormat } from "../../domain/report-formats.ts";
import type { ReportLang } from "../../reports/labels.ts";
import { renderTerritoryReport } from "../../reports/render-territory-report.ts";
import { buildTerritoryReportData, type TerritoryReportData } from "../../reports/territory-report-data.ts";
import type { ReportFile } from "../exchange/build-report.ts";
import { refusal } from "../programs/program-access.ts";
import { getRollup } from "../rollup/get-rollup.ts";
import { findTerritory } from "../territories/find-territory.ts";

/** What a summary report is asked for: a quarter, a language, and the day it is made. */
export interface TerritoryReportRequest {
  code: string;
  period: string;
  lang: ReportLang;
  today: string;
}

/**
 * The summary report's data. Like a program's official report it is not public: reading needs
 * program.read over the territory (anonymous → unauthorized, another territory → forbidden).
 */
export async function buildTerritoryReport(
  db: Db,
  actor: Actor,
  request: TerritoryReportRequest,
): Promise<TerritoryReportData> {
  const territory = await findTerritory(db, { code: request.code });
  if (!allows(actor, "program.read", territory.path))
    throw refusal(actor, `the summary report of ${territory.code} needs a role over that territory`);
  const rollup = await getRollup(db, actor, request);
  const codes = rollup.children.map((c) => c.code);
  const names = new Map(
    (
      await db
        .select({ code: territories.code, ky: territories.nameKy, ru: territories.nameRu })
        .from(territories)
        .where(inArray(territories.code, codes.length > 0 ? codes : [""]))
    ).map((t) => [t.code, t]),
  );
  return buildTerritoryReportData({
    lang: request.lang,
    period: rollup.period,
    date: request.today,
    territory: { code: territory.code, ky: territory.nameKy, ru: territory.nameRu },
    children: rollup.children.map((c) => ({ ...c, ky: c.name, ru: names.get(c.code)?.ru ?? c.name })),
    own: rollup.totals.own,
    totals: rollup.totals,
  });
}

/** The summary report as a file, named "territory-<code>-<period>-<lang>.<format>". */
export async function buildTerritoryReportFile(
  db: Db,
  actor: Actor,
  request: TerritoryReportRequest & { format: ReportFormat },
): Promise<ReportFile> {
  const data = await buildTerritoryReport(db, actor, request);
  return {
    fileName: `territory-${request.code}-${request.period}-${request.lang}.${request.format}`,
    contentType: CONTENT_TYPES[request.format],
    bytes: await renderTerritoryReport(data, request.format),
  };
}
