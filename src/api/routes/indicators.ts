import { createRoute, z } from "@hono/zod-openapi";
import { AppError } from "../../domain/errors.ts";
import {
  IndicatorCatalogueSchema,
  IndicatorImportSchema,
  IndicatorRankingSchema,
  MeasureIndicatorsSchema,
  TerritoryIndicatorsSchema,
} from "../../domain/views.ts";
import { listIndicators } from "../../operations/indicators/catalogue.ts";
import { getTerritoryIndicators } from "../../operations/indicators/get-territory-indicators.ts";
import { importIndicatorTemplate } from "../../operations/indicators/import-indicator-template.ts";
import { linkIndicatorMeasures } from "../../operations/indicators/link-indicator-measures.ts";
import { makeIndicatorTemplate } from "../../operations/indicators/make-indicator-template.ts";
import { rankChildTerritories } from "../../operations/indicators/rank-child-territories.ts";
import { setTerritoryIndicators } from "../../operations/indicators/set-territory-indicators.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import { errors, etagOf, IdParams, IfMatchHeader, ifMatchOf, json } from "./route-schemas.ts";

const tags = ["indicators"];
const Code = z.object({ code: z.string().min(1).max(30) });
const Year = z.coerce.number().int().min(1990).max(2100);
const Figure = z.number().nullable().openapi({ description: "null removes the figure" });
const Code30 = z.string().min(1).max(60);
const FigureInput = z
  .object({
    baselines: z
      .array(
        z.object({
          indicator: Code30,
          year: z.number().int().min(1990).max(2100),
          value: Figure,
          programId: z.number().int().positive().nullable().optional(),
        }),
      )
      .max(200)
      .optional(),
    targets: z
      .array(z.object({ indicator: Code30, year: z.number().int().min(1990).max(2100), value: Figure }))
      .max(500)
      .optional(),
    actuals: z
      .array(
        z.object({
          indicator: Code30,
          year: z.number().int().min(1990).max(2100),
          quarter: z.number().int().min(0).max(4).openapi({ description: "1–4, or 0 for the whole year" }),
          value: Figure,
          source: z.string().min(1).max(300).openapi({ example: "Статистика бөлүмү" }),
        }),
      )
      .max(500)
      .optional(),
  })
  .strict()
  .openapi("IndicatorFigures");

const catalogue = createRoute({
  method: "get",
  path: "/api/v1/indicators",
  tags,
  summary:
    "The catalogue of socio-economic indicators (unit, which way is better, periodicity, roll-up rule)",
  responses: { 200: { description: "the catalogue", ...json(IndicatorCatalogueSchema) }, ...errors(401) },
});
const territoryIndicators = createRoute({
  method: "get",
  path: "/api/v1/territories/{code}/indicators",
  tags,
  summary:
    "A territory's indicators: baseline, targets, actuals with who and source, year by year the trajectory, the figure from the territories below with its formula; ETag is the figures' version",
  request: {
    params: Code,
    query: z.object({ year: Year.optional().openapi({ description: "default: this year" }) }),
  },
  responses: {
    200: { description: "the indicators", ...json(TerritoryIndicatorsSchema) },
    ...errors(400, 401, 403, 404),
  },
});
const setFigures = createRoute({
  method: "put",
  path: "/api/v1/territories/{code}/indicators",
  tags,
  summary: "Set baselines, targets and actual values of a territory (planner of it); needs If-Match",
  request: { params: Code, headers: IfMatchHeader, body: { ...json(FigureInput), required: true } },
  responses: {
    200: { description: "the indicators after the change", ...json(TerritoryIndicatorsSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});
const ranking = createRoute({
  method: "get",
  path: "/api/v1/territories/{code}/indicators/{indicator}/ranking",
  tags,
  summary:
    "The child territories ranked on one indicator for a year or quarter, with the parent's figure and its rule",
  request: {
    params: Code.extend({ indicator: Code30 }),
    query: z.object({ year: Year.optional(), quarter: z.coerce.number().int().min(0).max(4).default(0) }),
  },
  responses: {
    200: { description: "the ranking", ...json(IndicatorRankingSchema) },
    ...errors(400, 401, 403, 404),
  },
});
const template = createRoute({
  method: "get",
  path: "/api/v1/territories/{code}/indicators/template",
  tags,
  summary:
    "The XLSX template of the territory's subtree × indicators for a year (or a quarter), with the values entered so far",
  request: {
    params: Code,
    query: z.object({
      year: Year.optional(),
      quarter: z.coerce.number().int().min(0).max(4).default(0),
      lang: z.enum(["ky", "ru"]).default("ky"),
    }),
  },
  responses: {
    200: {
      description: "the template",
      content: {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
          schema: z.string().openapi({ format: "binary" }),
        },
      },
    },
    ...errors(400, 401, 403, 404),
  },
});
const importTemplate = createRoute({
  method: "post",
  path: "/api/v1/indicators/import",
  tags,
  summary:
    "Import a filled template: all or nothing; a bad cell is named; values get source xlsx:<file name>",
  request: {
    body: {
      content: {
        "multipart/form-data": {
          schema: z.object({ file: z.any().openapi({ type: "string", format: "binary" }) }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: { description: "what was imported", ...json(IndicatorImportSchema) },
    ...errors(400, 401, 403, 413),
  },
});
const linkMeasure = createRoute({
  method: "put",
  path: "/api/v1/measures/{id}/indicators",
  tags,
  summary: "Set the indicators a measure serves (planner of its program's territory)",
  request: {
    params: IdParams,
    body: {
      ...json(
        z
          .object({ indicators: z.array(Code30).max(50) })
          .strict()
          .openapi("MeasureIndicatorCodes"),
      ),
      required: true,
    },
  },
  responses: {
    200: { description: "the links", ...json(MeasureIndicatorsSchema) },
    ...errors(400, 401, 403, 404),
  },
});

/** Socio-economic indicators: catalogue, a territory's figures, rankings, the XLSX template, measure links. */
export function indicatorRoutes(app: ApiApp): void {
  const thisYear = (c: { get: (k: "deps") => { today: () => Date } }) =>
    c.get("deps").today().getUTCFullYear();
  app.openapi(catalogue, async (c) => {
    requireUser(c);
    return c.json(await listIndicators(c.get("deps").db), 200);
  });
  app.openapi(territoryIndicators, async (c) => {
    const input = { code: c.req.valid("param").code, year: c.req.valid("query").year ?? thisYear(c) };
    const view = await getTerritoryIndicators(c.get("deps").db, c.get("actor"), input);
    c.header("ETag", etagOf(view.version));
    return c.json(view, 200);
  });
  app.openapi(setFigures, async (c) => {
    const actor = requireUser(c);
    const input = {
      code: c.req.valid("param").code,
      figures: c.req.valid("json"),
      ifMatch: ifMatchOf(c),
      year: thisYear(c),
    };
    const view = await setTerritoryIndicators(c.get("deps").db, actor, input);
    c.header("ETag", etagOf(view.version));
    return c.json(view, 200);
  });
  app.openapi(ranking, async (c) => {
    const { code, indicator } = c.req.valid("param");
    const { year, quarter } = c.req.valid("query");
    const input = { code, indicator, quarter, year: year ?? thisYear(c) };
    return c.json(await rankChildTerritories(c.get("deps").db, c.get("actor"), input), 200);
  });
  app.openapi(template, async (c) => {
    const { year, quarter, lang } = c.req.valid("query");
    const input = { code: c.req.valid("param").code, year: year ?? thisYear(c), quarter, language: lang };
    const file = await makeIndicatorTemplate(c.get("deps").db, c.get("actor"), input);
    return c.body(new Uint8Array(file.bytes), 200, {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "x-content-type-options": "nosniff",
    });
  });
  app.openapi(importTemplate, async (c) => {
    const actor = requireUser(c);
    const file = (await c.req.parseBody()).file as unknown;
    if (!(file instanceof File))
      throw new AppError("invalid_input", 'send the filled template in the form field "file"');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await importIndicatorTemplate(c.get("deps").db, actor, {
      fileName: file.name || "upload.xlsx",
      bytes,
    });
    return c.json(result, 200);
  });
  app.openapi(linkMeasure, async (c) => {
    const actor = requireUser(c);
    const input = { measureId: c.req.valid("param").id, indicators: c.req.valid("json").indicators };
    return c.json(await linkIndicatorMeasures(c.get("deps").db, actor, input), 200);
  });
}
