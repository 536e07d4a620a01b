/** One entry to the renderers: a report's data in a format, with its content type and extension. */

import type { ReportFormat } from "../domain/report-formats.ts";
import { renderDocx } from "./render-docx.ts";
import { renderPdf } from "./render-pdf.ts";
import { renderXlsx } from "./render-xlsx.ts";
import type { ReportData } from "./report-data.ts";

const RENDERERS: Record<ReportFormat, (data: ReportData) => Promise<Uint8Array>> = {
  docx: renderDocx,
  xlsx: renderXlsx,
  pdf: renderPdf,
};

/** The report's bytes in `format`. */
export function renderReport(data: ReportData, format: ReportFormat): Promise<Uint8Array> {
  return RENDERERS[format](data);
}
