import { createRoute, z } from "@hono/zod-openapi";
import { isoDate } from "../../domain/quarter.ts";
import { WORKFLOWS } from "../../domain/report-workflow.ts";
import {
  MeasurePartsSchema,
  MeasureReportRowSchema,
  ReportBatchSchema,
  ReportRowSchema,
  ReportSchema,
} from "../../domain/views.ts";
import { listMeasureReports } from "../../operations/measures/list-measure-reports.ts";
import { batchReports } from "../../operations/reporting/batch-reports.ts";
import { getReport } from "../../operations/reporting/get-report.ts";
import { listMeasureParts } from "../../operations/reporting/list-measure-parts.ts";
import { listReports } from "../../operations/reporting/list-reports.ts";
import { reviewReport } from "../../operations/reporting/review-report.ts";
import { saveReport } from "../../operations/reporting/save-report.ts";
import { submitReport } from "../../operations/reporting/submit-report.ts";
import type { ApiApp } from "../context.ts";
import { errors, IdParam, json, PageQuery, PeriodKey, SaveReportSchema } from "./report-schemas.ts";
import { optionalIfMatchOf, PageOf, tagged } from "./route-schemas.ts";

const ifMatchHeader = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({ description: 'the report\'s ETag ("3"); required when it exists' }),
});

const listProgram = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}/reports",
  tags: ["reports"],
  summary: "A program's reports; executors see their own organization's only",
  request: {
    params: IdParam,
    query: PageQuery.extend({
      period: PeriodKey.optional(),
      organization: z.coerce.number().int().positive().optional(),
      workflow: z.enum(WORKFLOWS).optional(),
    }),
  },
  responses: {
    200: { description: "a page of reports", ...json(PageOf(ReportRowSchema)) },
    ...errors(400, 401, 403, 404),
  },
});
const listMeasure = createRoute({
  method: "get",
  path: "/api/v1/measures/{id}/reports",
  tags: ["reports"],
  summary: "A measure's report history: the lead's and the co-executors' reports",
  request: { params: IdParam, query: PageQuery },
  responses: {
    200: { description: "a page of reports", ...json(PageOf(MeasureReportRowSchema)) },
    ...errors(401, 403, 404),
  },
});
const listParts = createRoute({
  method: "get",
  path: "/api/v1/measures/{id}/reports/{period}/parts",
  tags: ["reports"],
  summary:
    "Every body's part of a measure in a period (lead and co-executors), overdue marked, with the consolidated prefill",
  request: { params: IdParam.extend({ period: PeriodKey }) },
  responses: {
    200: { description: "the parts", ...json(MeasurePartsSchema) },
    ...errors(400, 401, 403, 404),
  },
});
const save = createRoute({
  method: "put",
  path: "/api/v1/measures/{id}/reports/{period}",
  tags: ["reports"],
  summary: "Save the draft report of your organization; If-Match required once it exists (else 400)",
  request: {
    params: IdParam.extend({ period: PeriodKey }),
    headers: ifMatchHeader,
    body: { ...json(SaveReportSchema), required: true },
  },
  responses: {
    200: { description: "updated", ...json(ReportSchema) },
    201: { description: "created", ...json(ReportSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});
const getOne = createRoute({
  method: "get",
  path: "/api/v1/reports/{id}",
  tags: ["reports"],
  summary: "One report, with its ETag",
  request: { params: IdParam },
  responses: { 200: { description: "the report", ...json(ReportSchema) }, ...errors(401, 403, 404) },
});
const transition = (action: "submit" | "accept" | "return") =>
  createRoute({
    method: "post",
    path: `/api/v1/reports/{id}/${action}`,
    tags: ["reports"],
    summary: {
      submit: "Submit (or resubmit) a draft or returned report",
      accept: "Accept a submitted report; it is locked and sets the measure's state",
      return: "Return a submitted report with the reviewer's comment",
    }[action],
    request: {
      params: IdParam,
      headers: ifMatchHeader,
      ...(action === "return"
        ? { body: { ...json(z.object({ comment: z.string().min(1).max(5_000) }).strict()), required: true } }
        : {}),
    },
    responses: {
      200: { description: "the report", ...json(ReportSchema) },
      ...errors(400, 401, 403, 404, 409),
    },
  });
const batch = createRoute({
  method: "post",
  path: "/api/v1/reports/batch",
  tags: ["reports"],
  summary: "Submit, accept or return several reports: all or nothing",
  request: {
    body: {
      ...json(
        z
          .object({
            ids: z.array(z.number().int().positive()).min(1).max(500),
            action: z.enum(["submit", "accept", "return"]),
            comment: z.string().max(5_000).optional(),
          })
          .strict(),
      ),
      required: true,
    },
  },
  responses: {
    200: { description: "every report, changed", ...json(ReportBatchSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});

/** Progress reports: lists, save, submit, review, batch. */
export function reportRoutes(app: ApiApp): void {
  app.openapi(listProgram, async (c) => {
    const { id } = c.req.valid("param");
    const { page, pageSize, period, organization, workflow } = c.req.valid("query");
    const filter = { period, organizationId: organization, workflow };
    return c.json(await listReports(c.get("deps").db, c.get("actor"), id, filter, { page, pageSize }), 200);
  });
  app.openapi(listMeasure, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await listMeasureReports(c.get("deps").db, c.get("actor"), id, c.req.valid("query")), 200);
  });
  app.openapi(listParts, async (c) => {
    const { id, period } = c.req.valid("param");
    const today = isoDate(c.get("deps").today());
    return c.json(await listMeasureParts(c.get("deps").db, c.get("actor"), id, period, today), 200);
  });
  app.openapi(save, async (c) => {
    const { id, period } = c.req.valid("param");
    const body = c.req.valid("json");
    const input = { ...body, measureId: id, period, ifMatch: optionalIfMatchOf(c) };
    const { report, created } = await saveReport(c.get("deps").db, c.get("actor"), input);
    return created ? c.json(tagged(c, report), 201) : c.json(tagged(c, report), 200);
  });
  app.openapi(getOne, async (c) => {
    const report = await getReport(c.get("deps").db, c.get("actor"), c.req.valid("param").id);
    return c.json(tagged(c, report), 200);
  });
  app.openapi(transition("submit"), async (c) => {
    const report = await submitReport(
      c.get("deps").db,
      c.get("actor"),
      c.req.valid("param").id,
      optionalIfMatchOf(c),
    );
    return c.json(tagged(c, report), 200);
  });
  for (const action of ["accept", "return"] as const)
    app.openapi(transition(action), async (c) => {
      const comment = action === "return" ? ((await c.req.json()) as { comment: string }).comment : null;
      const input = { action, comment, ifMatch: optionalIfMatchOf(c) };
      const report = await reviewReport(c.get("deps").db, c.get("actor"), c.req.valid("param").id, input);
      return c.json(tagged(c, report), 200);
    });
  app.openapi(batch, async (c) => {
    const items = await batchReports(c.get("deps").db, c.get("actor"), c.req.valid("json"));
    return c.json({ items }, 200);
  });
}
