import { createRoute, z } from "@hono/zod-openapi";
import { FundingSchema } from "../../domain/plan.ts";
import { MeasureDetailSchema, MeasureListItemSchema } from "../../domain/views.ts";
import { getMeasure } from "../../operations/measures/get-measure.ts";
import { listMeasures, MEASURE_SORTS } from "../../operations/measures/list-measures.ts";
import { updateMeasure } from "../../operations/measures/update-measure.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import {
  errors,
  IdParams,
  IfMatchHeader,
  ifMatchOf,
  json,
  PageOf,
  PageQuery,
  QueryBool,
  tagged,
} from "./route-schemas.ts";

const IsoDate = z.iso.date();
const MeasurePatch = z
  .object({
    number: z.string().max(50).nullable().optional(),
    task: z.string().max(5000).optional(),
    action: z.string().min(1).max(5000).optional(),
    result: z.string().max(5000).optional(),
    deadline: z
      .object({
        text: z.string().max(500),
        from: IsoDate.nullable().optional(),
        to: IsoDate.nullable().optional(),
        repeat: z.enum(["yearly", "ongoing"]).nullable().optional(),
      })
      .optional(),
    responsible: z
      .array(
        z.object({
          name: z.string().min(1).max(500),
          organizationId: z.number().int().positive().nullable().optional(),
        }),
      )
      .max(50)
      .optional(),
    funding: z.array(FundingSchema).max(20).optional(),
    indicators: z
      .array(
        z.object({
          id: z.number().int().positive().optional(),
          unit: z.string().min(1).max(100),
          target: z.number(),
          baseline: z.number().nullable().optional(),
          cumulative: z.boolean().optional(),
        }),
      )
      .max(20)
      .optional(),
  })
  .strict()
  .openapi("MeasurePatch");
const tags = ["measures"];

const list = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}/measures",
  tags,
  summary: "Measures of a program: filter by status, section, body, funding, due quarter, overdue, text",
  request: {
    params: IdParams,
    query: PageQuery.extend({
      status: z.string().max(30).optional(),
      section: z.coerce.number().int().positive().optional(),
      organization: z.coerce.number().int().positive().optional(),
      funding: z.string().max(30).optional(),
      due: z
        .string()
        .regex(/^\d{4}-Q[1-4]$/)
        .optional()
        .openapi({ example: "2026-Q3" }),
      overdue: QueryBool.optional(),
      q: z.string().max(200).optional(),
      sort: z.enum(MEASURE_SORTS).optional(),
      includeRemoved: QueryBool.optional(),
    }),
  },
  responses: {
    200: { description: "a page of measures", ...json(PageOf(MeasureListItemSchema)) },
    ...errors(400, 401, 403, 404),
  },
});
const get = createRoute({
  method: "get",
  path: "/api/v1/measures/{id}",
  tags,
  summary: "A measure with bodies and roles, funding, indicators and state; ETag is its row version",
  request: { params: IdParams },
  responses: { 200: { description: "the measure", ...json(MeasureDetailSchema) }, ...errors(401, 403, 404) },
});
const patch = createRoute({
  method: "patch",
  path: "/api/v1/measures/{id}",
  tags,
  summary: "Edit a measure; needs If-Match; a deadline given as text only is read into dates",
  request: { params: IdParams, headers: IfMatchHeader, body: { ...json(MeasurePatch), required: true } },
  responses: {
    200: { description: "the measure", ...json(MeasureDetailSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});

/** Measures: list of a program, read one, edit one. */
export function measureRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => {
    const { page, pageSize, section, organization, funding, due, ...rest } = c.req.valid("query");
    const { db, today } = c.get("deps");
    const filters = {
      ...rest,
      sectionId: section,
      organizationId: organization,
      fundingCode: funding,
      dueQuarter: due,
    };
    const result = await listMeasures(
      db,
      c.get("actor"),
      c.req.valid("param").id,
      filters,
      { page, pageSize },
      today(),
    );
    return c.json(result, 200);
  });
  app.openapi(get, async (c) => {
    const measure = await getMeasure(c.get("deps").db, c.get("actor"), c.req.valid("param").id);
    return c.json(tagged(c, measure), 200);
  });
  app.openapi(patch, async (c) => {
    const actor = requireUser(c);
    const ifMatch = ifMatchOf(c);
    const measure = await updateMeasure(
      c.get("deps").db,
      actor,
      c.req.valid("param").id,
      c.req.valid("json"),
      ifMatch,
    );
    return c.json(tagged(c, measure), 200);
  });
}
