/** The vocabulary of official reports that the doors, the web app and the renderers share. */

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
