/** One entry to the renderers: a report's data in a format, with its content type and extension. */

import { renderDocx } from "./render-docx.ts";
import { renderPdf } from "./render-pdf.ts";
import { renderXlsx } from "./render-xlsx.ts";
import type { ReportData } from "./report-data.ts";

/** The formats of an official report. */
export const REPORT_FORMATS = ["docx", "xlsx", "pdf"] as const;
/** A format of an official report. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The content type of each format. */
export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

const RENDERERS: Record<ReportFormat, (data: ReportData) => Promise<Uint8Array>> = {
  docx: renderDocx,
  xlsx: renderXlsx,
  pdf: renderPdf,
};

/** The report's bytes in `format`. */
export function renderReport(data: ReportData, format: ReportFormat): Promise<Uint8Array> {
  return RENDERERS[format](data);
}
