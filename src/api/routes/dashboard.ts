import { createRoute, z } from "@hono/zod-openapi";
import { isoDate, quarterKey, quarterOf } from "../../domain/quarter.ts";
import { getDashboard } from "../../operations/dashboard/get-dashboard.ts";
import { getReportingRate } from "../../operations/reporting/get-reporting-rate.ts";
import type { ApiApp } from "../context.ts";
import { errors, IdParam, json, PeriodKey } from "./report-schemas.ts";

const Group = { measures: z.number().int(), percent: z.number() };
const ReportingRateSchema = z
  .object({
    period: z.string(),
    periodStatus: z.enum(["open", "closed"]),
    expected: z.number().int(),
    submitted: z.number().int(),
    accepted: z.number().int(),
    returned: z.number().int(),
    draft: z.number().int(),
    rate: z.number().openapi({ description: "submitted / expected, percent, one decimal" }),
    bodies: z.array(
      z.object({
        organizationId: z.number().int(),
        name: z.string(),
        expected: z.number().int(),
        submitted: z.number().int(),
        accepted: z.number().int(),
        returned: z.number().int(),
        draft: z.number().int(),
        notReported: z
          .array(z.number().int())
          .openapi({ description: "measure ids without a submitted report" }),
      }),
    ),
  })
  .openapi("ReportingRate");
const DashboardSchema = z
  .object({
    programId: z.number().int(),
    today: z.string(),
    totals: z.object({ ...Group, overdue: z.number().int() }),
    byStatus: z.array(z.object({ status: z.string(), measures: z.number().int() })),
    bySection: z.array(
      z.object({
        sectionId: z.number().int().nullable(),
        code: z.string().nullable(),
        title: z.string().nullable(),
        ...Group,
      }),
    ),
    byBody: z.array(
      z.object({ organizationId: z.number().int(), name: z.string(), lead: z.number().int(), ...Group }),
    ),
    byFunding: z.array(z.object({ code: z.string(), planned: z.number(), spent: z.number(), ...Group })),
    overdue: z.array(
      z.object({
        measureId: z.number().int(),
        number: z.string().nullable(),
        action: z.string(),
        deadlineTo: z.string().nullable(),
      }),
    ),
    reportingRate: ReportingRateSchema,
  })
  .openapi("Dashboard", {
    description:
      "progress = mean of the current measures' percent (no accepted lead report = 0), one decimal; a body's over measures where it is lead or co; see docs/progress-rules.md",
  });
const PeriodQuery = z.object({
  period: PeriodKey.optional().openapi({ description: "default: the quarter of today" }),
});

const dashboard = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}/dashboard",
  tags: ["dashboard"],
  summary:
    "Counts by status, progress by section / body / funding source, overdue, planned vs spent, reporting rate",
  request: { params: IdParam, query: PeriodQuery },
  responses: {
    200: { description: "the dashboard", ...json(DashboardSchema) },
    ...errors(400, 401, 403, 404),
  },
});
const rate = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}/reporting-rate",
  tags: ["dashboard"],
  summary: "Reports expected, submitted and accepted in a period, by body, with who has not reported",
  request: { params: IdParam, query: PeriodQuery },
  responses: {
    200: { description: "the reporting rate", ...json(ReportingRateSchema) },
    ...errors(400, 401, 403, 404),
  },
});

/** Dashboard and reporting rate of a program. */
export function dashboardRoutes(app: ApiApp): void {
  app.openapi(dashboard, async (c) => {
    const today = isoDate(c.get("deps").today());
    const options = { today, period: c.req.valid("query").period };
    return c.json(
      await getDashboard(c.get("deps").db, c.get("actor"), c.req.valid("param").id, options),
      200,
    );
  });
  app.openapi(rate, async (c) => {
    const period = c.req.valid("query").period ?? quarterKey(quarterOf(isoDate(c.get("deps").today())));
    return c.json(
      await getReportingRate(c.get("deps").db, c.get("actor"), c.req.valid("param").id, period),
      200,
    );
  });
}
