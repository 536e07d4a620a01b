/** Zod schemas and small helpers shared by the period, report and dashboard routes. */
import { z } from "@hono/zod-openapi";
import { REPORT_STATUSES } from "../../domain/report-workflow.ts";
import { ErrorSchema } from "../errors.ts";
import { json } from "./route-schemas.ts";

export { json };

/** The error responses every route of these files may give. */
export const errors = (...statuses: (400 | 401 | 403 | 404 | 409 | 413)[]) =>
  Object.fromEntries(
    statuses.map((s) => [s, { description: DESCRIPTIONS[s], ...json(ErrorSchema) }]),
  ) as Record<
    number,
    { description: string; content: { "application/json": { schema: typeof ErrorSchema } } }
  >;
const DESCRIPTIONS = {
  400: "invalid input (or If-Match missing on an update)",
  401: "not signed in",
  403: "not allowed",
  404: "not found",
  409: "stale If-Match, locked or wrong workflow state, or period not open",
  413: "too large",
};

export const IdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: "id", in: "path" } }),
});
export const PeriodKey = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/)
  .openapi({ example: "2026-Q3" });
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const SaveReportSchema = z
  .object({
    organizationId: z
      .number()
      .int()
      .positive()
      .optional()
      .openapi({ description: "admins only; default: your organization" }),
    status: z.enum(REPORT_STATUSES),
    percent: z.number().int().min(0).max(100),
    doneText: z.string().max(10_000).default(""),
    delayReason: z.string().max(5_000).default(""),
    values: z
      .array(z.object({ indicatorId: z.number().int().positive(), value: z.number().finite() }))
      .max(100)
      .default([]),
    spending: z
      .array(z.object({ code: z.string().min(1).max(50), amount: z.number().finite().min(0).max(1e13) }))
      .max(50)
      .default([]),
  })
  .strict()
  .openapi("SaveReport");
