import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../../domain/errors.ts";
import { isoDate, quarterKey, quarterOf } from "../../domain/quarter.ts";
import { CONTENT_TYPES, REPORT_FORMATS } from "../../domain/report-formats.ts";
import { RollupSchema, TerritoryImportSchema } from "../../domain/views/rollup.ts";
import { CreatedTerritorySchema, TerritoryNodeSchema } from "../../domain/views.ts";
import { buildTerritoryReportFile } from "../../operations/reporting/build-territory-report.ts";
import { getRollup } from "../../operations/rollup/get-rollup.ts";
import { createTerritory } from "../../operations/territories/create-territory.ts";
import { importTerritories } from "../../operations/territories/import-territories.ts";
import { listTerritories } from "../../operations/territories/list-territories.ts";
import type { ApiApp, ApiEnv } from "../context.ts";
import { requireUser } from "../session.ts";
import { errors, json, PageOf } from "./route-schemas.ts";

const list = createRoute({
  method: "get",
  path: "/api/v1/territories",
  tags: ["territories"],
  summary: "The territory tree in pre-order (parentId, depth); anyone signed in",
  request: {
    query: z.object({
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(5000).default(1000),
    }),
  },
  responses: {
    200: { description: "a page of territories", ...json(PageOf(TerritoryNodeSchema)) },
    ...errors(400, 401),
  },
});

const NewTerritory = z
  .object({
    code: z.string().min(1).max(30),
    parentId: z.number().int().positive(),
    level: z.enum(["oblast", "district", "city", "aiyl_aimak", "city_district"]),
    nameKy: z.string().min(1).max(300),
    nameRu: z.string().min(1).max(300),
    validFrom: z.iso.date().nullable().optional(),
  })
  .strict()
  .openapi("NewTerritory");
const create = createRoute({
  method: "post",
  path: "/api/v1/territories",
  tags: ["territories"],
  summary: "Add a territory under a parent (admin over the parent); the republic is made by the CLI",
  request: { body: { ...json(NewTerritory), required: true } },
  responses: {
    201: { description: "the territory", ...json(CreatedTerritorySchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});

const importRegister = createRoute({
  method: "post",
  path: "/api/v1/territories/import",
  tags: ["territories"],
  summary:
    "Load a territory register (CSV: code, parent code, level, ky name, ru name, valid from, valid to, successor code) in one transaction; admin over each changed territory's parent",
  request: {
    body: {
      content: {
        "text/csv": { schema: z.string().openapi({ description: "the register, UTF-8, # comment lines" }) },
        "multipart/form-data": {
          schema: z.object({
            // optional for the validator, which reads a text/csv body as an empty form; registerText checks it
            file: z
              .any()
              .optional()
              .openapi({ type: "string", format: "binary", description: "the register .csv" }),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: {
      description: "what was added and changed (nothing on a re-import)",
      ...json(TerritoryImportSchema),
    },
    ...errors(400, 401, 403, 413),
  },
});

const rollup = createRoute({
  method: "get",
  path: "/api/v1/territories/{code}/rollup",
  tags: ["territories"],
  summary:
    "Roll-up of a territory for a quarter: per child territory and in total — programs, measures by status, overdue, progress, reporting rate, money",
  request: {
    params: z.object({ code: z.string().min(1).max(30) }),
    query: z.object({
      period: z
        .string()
        .regex(/^\d{4}-Q[1-4]$/)
        .optional()
        .openapi({ example: "2026-Q2", description: "default: the quarter of today" }),
    }),
  },
  responses: {
    200: { description: "the roll-up", ...json(RollupSchema) },
    ...errors(400, 401, 403, 404),
  },
});

const summaryReport = createRoute({
  method: "get",
  path: "/api/v1/territories/{code}/report",
  tags: ["territories", "reports"],
  summary:
    "The oblast / national summary report: one row per child territory (the roll-up's figures), a totals row and the formula as a footnote, as DOCX, XLSX or PDF",
  request: {
    params: z.object({ code: z.string().min(1).max(30) }),
    query: z.object({
      period: z
        .string()
        .regex(/^\d{4}-Q[1-4]$/)
        .optional()
        .openapi({ example: "2026-Q2", description: "default: the quarter of today" }),
      format: z.enum(REPORT_FORMATS).default("pdf"),
      lang: z.enum(["ky", "ru"]).default("ky"),
    }),
  },
  responses: {
    200: {
      description: "the report file, as an attachment named territory-<code>-<period>-<lang>.<format>",
      content: Object.fromEntries(
        Object.values(CONTENT_TYPES).map((type) => [
          type,
          { schema: z.string().openapi({ format: "binary" }) },
        ]),
      ),
    },
    ...errors(400, 401, 403, 404),
  },
});

/** The register as text from a CSV body or the form field "file". */
async function registerText(c: Context<ApiEnv>): Promise<string> {
  const type = c.req.header("content-type") ?? "";
  if (!type.startsWith("multipart/")) return c.req.text();
  const file = (await c.req.parseBody()).file as unknown;
  if (!(file instanceof File))
    throw new AppError("invalid_input", 'send the register in the form field "file"');
  return file.text();
}

/** The territory tree; adding a territory. */
export function territoryRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => {
    const actor = requireUser(c);
    return c.json(await listTerritories(c.get("deps").db, actor, c.req.valid("query")), 200);
  });
  app.openapi(create, async (c) => {
    const actor = requireUser(c);
    return c.json(await createTerritory(c.get("deps").db, actor, c.req.valid("json")), 201);
  });
  app.openapi(importRegister, async (c) => {
    const actor = requireUser(c);
    return c.json(await importTerritories(c.get("deps").db, actor, await registerText(c)), 200);
  });
  app.openapi(rollup, async (c) => {
    const { db, today } = c.get("deps");
    const day = isoDate(today());
    const period = c.req.valid("query").period ?? quarterKey(quarterOf(day));
    const input = { code: c.req.valid("param").code, period, today: day };
    return c.json(await getRollup(db, c.get("actor"), input), 200);
  });
  app.openapi(summaryReport, async (c) => {
    const { db, today } = c.get("deps");
    const day = isoDate(today());
    const { period, format, lang } = c.req.valid("query");
    const input = {
      code: c.req.valid("param").code,
      period: period ?? quarterKey(quarterOf(day)),
      today: day,
    };
    const file = await buildTerritoryReportFile(db, c.get("actor"), { ...input, format, lang });
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "x-content-type-options": "nosniff",
    });
  });
}
