/** What the API answers about progress reports, reporting periods and attachments. */
import { z } from "zod";
import { REPORT_STATUSES, WORKFLOWS } from "../report-workflow.ts";

const ReportStatus = z.enum(REPORT_STATUSES);
const Workflow = z.enum(WORKFLOWS);

/** A file attached to a report (its bytes are downloaded apart). */
export const AttachmentSchema = z
  .object({
    id: z.number().int(),
    reportId: z.number().int(),
    fileName: z.string(),
    mimeType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
  })
  .meta({ id: "Attachment" });
export type Attachment = z.infer<typeof AttachmentSchema>;

/** An attachment as its report shows it: also whether the portal shows it; ETag is its row version. */
export const ReportAttachmentSchema = AttachmentSchema.extend({
  public: z.boolean().meta({ description: "shown on the public portal (images of accepted reports only)" }),
  rowVersion: z.number().int(),
}).meta({ id: "ReportAttachment" });
export type ReportAttachment = z.infer<typeof ReportAttachmentSchema>;

/** A report with its values, spending and attachments; ETag is its row version. */
export const ReportSchema = z
  .object({
    id: z.number().int(),
    measureId: z.number().int(),
    periodId: z.number().int(),
    period: z.string(),
    organizationId: z.number().int(),
    status: ReportStatus,
    percent: z.number().int(),
    doneText: z.string(),
    delayReason: z.string(),
    workflow: Workflow,
    resubmitted: z.boolean(),
    reviewerComment: z.string().nullable(),
    authorId: z.number().int().nullable(),
    reviewerId: z.number().int().nullable(),
    submittedAt: z.iso.datetime().nullable(),
    reviewedAt: z.iso.datetime().nullable(),
    rowVersion: z.number().int(),
    values: z.array(z.object({ indicatorId: z.number().int(), value: z.number() })),
    spending: z.array(z.object({ code: z.string(), amount: z.number() })),
    attachments: z.array(ReportAttachmentSchema.omit({ reportId: true })),
  })
  .meta({ id: "Report" });
export type Report = z.infer<typeof ReportSchema>;

/** The reports a batch submit, accept or return changed. */
export const ReportBatchSchema = z.object({ items: z.array(ReportSchema) }).meta({ id: "ReportBatch" });
export type ReportBatch = z.infer<typeof ReportBatchSchema>;

/** A row of a program's report list: the report's own fields with its measure and body named. */
export const ReportRowSchema = ReportSchema.pick({
  id: true,
  measureId: true,
  period: true,
  organizationId: true,
  status: true,
  percent: true,
  workflow: true,
  resubmitted: true,
  rowVersion: true,
})
  .extend({
    measureNumber: z.string().nullable(),
    measureAction: z.string(),
    organizationName: z.string(),
  })
  .meta({ id: "ReportRow" });
export type ReportRow = z.infer<typeof ReportRowSchema>;

/** A report in a measure's history, marked as the lead's or a co-executor's. */
export const MeasureReportRowSchema = ReportSchema.pick({
  id: true,
  period: true,
  organizationId: true,
  status: true,
  percent: true,
  doneText: true,
  delayReason: true,
  workflow: true,
  resubmitted: true,
  reviewerComment: true,
  rowVersion: true,
})
  .extend({ organizationName: z.string(), role: z.enum(["lead", "co"]) })
  .meta({ id: "MeasureReportRow" });
export type MeasureReportRow = z.infer<typeof MeasureReportRowSchema>;

/** A quarter of a program, open or closed; a never-opened one has id and rowVersion null. */
export const PeriodSchema = z
  .object({
    id: z.number().int().nullable(),
    key: z.string(),
    year: z.number().int(),
    quarter: z.number().int(),
    status: z.enum(["open", "closed"]),
    rowVersion: z.number().int().nullable(),
  })
  .meta({ id: "Period" });
export type Period = z.infer<typeof PeriodSchema>;

/** One body's reporting in a period. */
export const BodyRateSchema = z
  .object({
    organizationId: z.number().int(),
    name: z.string(),
    expected: z.number().int(),
    submitted: z.number().int(),
    accepted: z.number().int(),
    returned: z.number().int(),
    draft: z.number().int(),
    notReported: z
      .array(z.number().int())
      .meta({ description: "measures with no report, or only a draft or a returned one, from this body" }),
  })
  .meta({ id: "BodyRate" });
export type BodyRate = z.infer<typeof BodyRateSchema>;

/** Reports expected, submitted and accepted in a period, in all and by body. */
export const ReportingRateSchema = z
  .object({
    period: z.string(),
    periodStatus: z.enum(["open", "closed"]),
    expected: z.number().int(),
    submitted: z.number().int(),
    accepted: z.number().int(),
    returned: z.number().int(),
    draft: z.number().int(),
    rate: z.number().meta({ description: "submitted / expected, percent, one decimal" }),
    bodies: z.array(BodyRateSchema),
  })
  .meta({ id: "ReportingRate" });
export type ReportingRate = z.infer<typeof ReportingRateSchema>;

/** One responsible body's report (its part) for a measure and period, as the lead and the planner see it. */
export const MeasurePartSchema = z
  .object({
    organizationId: z.number().int(),
    organizationName: z.string(),
    role: z.enum(["lead", "co"]),
    workflow: Workflow.nullable().meta({ description: "null: no report yet" }),
    overdue: z.boolean().meta({ description: "not submitted or accepted after the period's due date" }),
    report: ReportSchema.nullable(),
  })
  .meta({ id: "MeasurePart" });
export type MeasurePart = z.infer<typeof MeasurePartSchema>;

/** Every body's part of a measure in a period, and the consolidated report's prefill from them. */
export const MeasurePartsSchema = z
  .object({
    measureId: z.number().int(),
    period: z.string(),
    dueDate: z.string().meta({ description: "the period's due date, YYYY-MM-DD" }),
    parts: z.array(MeasurePartSchema),
    prefill: z
      .object({
        doneText: z.string(),
        values: z.array(z.object({ indicatorId: z.number().int(), value: z.number() })),
        spending: z.array(z.object({ code: z.string(), amount: z.number() })),
        counted: z.array(z.string()),
      })
      .meta({ description: "co-executors' arrived parts summed, texts listed by body" }),
  })
  .meta({ id: "MeasureParts" });
export type MeasureParts = z.infer<typeof MeasurePartsSchema>;
