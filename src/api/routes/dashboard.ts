import { createRoute, z } from "@hono/zod-openapi";
import { isoDate, quarterKey, quarterOf } from "../../domain/quarter.ts";
import { DashboardSchema, ReportingRateSchema } from "../../domain/views.ts";
import { getDashboard } from "../../operations/dashboard/get-dashboard.ts";
import { getReportingRate } from "../../operations/reporting/get-reporting-rate.ts";
import type { ApiApp } from "../context.ts";
import { errors, IdParam, json, PeriodKey } from "./report-schemas.ts";

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
