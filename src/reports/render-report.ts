/**
 * One entry to the renderers: a report's data in a format. Each renderer (docx, exceljs, pdfmake)
 * is loaded only when its format is asked for, so a CLI `report` does not load all three.
 */
import type { ReportFormat } from "../domain/report-formats.ts";
import type { ReportData } from "./report-data.ts";

const RENDERERS: Record<ReportFormat, () => Promise<(data: ReportData) => Promise<Uint8Array>>> = {
  docx: async () => (await import("./render-docx.ts")).renderDocx,
  xlsx: async () => (await import("./render-xlsx.ts")).renderXlsx,
  pdf: async () => (await import("./render-pdf.ts")).renderPdf,
};

/** The report's bytes in `format`. */
export async function renderReport(data: ReportData, format: ReportFormat): Promise<Uint8Array> {
  const render = await RENDERERS[format]();
  return render(data);
}
