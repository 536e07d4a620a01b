import { createRoute } from "@hono/zod-openapi";
import { PeriodSchema } from "../../domain/views.ts";
import { closePeriod } from "../../operations/reporting/close-period.ts";
import { listPeriods } from "../../operations/reporting/list-periods.ts";
import { openPeriod } from "../../operations/reporting/open-period.ts";
import type { ApiApp } from "../context.ts";
import { errors, IdParam, json, PageQuery, PeriodKey } from "./report-schemas.ts";
import { PageOf } from "./route-schemas.ts";

const list = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}/periods",
  tags: ["periods"],
  summary: "The quarters of a program's years, open or closed",
  request: { params: IdParam, query: PageQuery.extend({ pageSize: PageQuery.shape.pageSize.default(100) }) },
  responses: {
    200: {
      description: "the periods",
      ...json(PageOf(PeriodSchema)),
    },
    ...errors(401, 403, 404),
  },
});

const change = (action: "open" | "close") =>
  createRoute({
    method: "post",
    path: `/api/v1/programs/{id}/periods/{period}/${action}`,
    tags: ["periods"],
    summary:
      action === "open"
        ? "Open a quarter for reports (made on first open)"
        : "Close a quarter: no more saving or submitting",
    request: { params: IdParam.extend({ period: PeriodKey }) },
    responses: { 200: { description: "the period", ...json(PeriodSchema) }, ...errors(400, 401, 403, 404) },
  });

/** Reporting periods: list, open, close. */
export function periodRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => {
    const { id } = c.req.valid("param");
    const page = c.req.valid("query");
    return c.json(await listPeriods(c.get("deps").db, c.get("actor"), id, page), 200);
  });
  for (const action of ["open", "close"] as const)
    app.openapi(change(action), async (c) => {
      const { id, period } = c.req.valid("param");
      const run = action === "open" ? openPeriod : closePeriod;
      return c.json(await run(c.get("deps").db, c.get("actor"), id, period), 200);
    });
}
