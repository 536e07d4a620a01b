/**
 * One entry to the territory summary's renderers; each library is loaded only when its format is
 * asked for (as render-report.ts does for the program report).
 */
import type { ReportFormat } from "../domain/report-formats.ts";
import type { TerritoryReportData } from "./territory-report-data.ts";

type Render = (data: TerritoryReportData) => Promise<Uint8Array>;

const RENDERERS: Record<ReportFormat, () => Promise<Render>> = {
  docx: async () => (await import("./territory-render-docx.ts")).renderTerritoryDocx,
  xlsx: async () => (await import("./territory-render-xlsx.ts")).renderTerritoryXlsx,
  pdf: async () => (await import("./territory-render-pdf.ts")).renderTerritoryPdf,
};

/** The summary report's bytes in `format`. */
export async function renderTerritoryReport(
  data: TerritoryReportData,
  format: ReportFormat,
): Promise<Uint8Array> {
  return (await RENDERERS[format]())(data);
}
