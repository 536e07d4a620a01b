import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { PlanSchema } from "../../domain/plan.ts";
import { WeightingSchema } from "../../domain/views/formula.ts";
import {
  ProgramHeaderSchema,
  ProgramListItemSchema,
  ProgramSchema,
  ProgramVersionItemSchema,
  ProgramVersionSchema,
  SavedPlanSchema,
} from "../../domain/views.ts";
import { exportProgram } from "../../operations/exchange/export-program.ts";
import { getProgram } from "../../operations/programs/get-program.ts";
import { getProgramVersion } from "../../operations/programs/get-program-version.ts";
import { listProgramVersions } from "../../operations/programs/list-program-versions.ts";
import { listPrograms } from "../../operations/programs/list-programs.ts";
import { savePlan } from "../../operations/programs/save-plan.ts";
import { updateProgram } from "../../operations/programs/update-program.ts";
import type { ApiApp, ApiEnv } from "../context.ts";
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

const Status = z.enum(["draft", "approved", "archived"]);
const NewProgram = z
  .object({
    territoryId: z.number().int().positive(),
    plan: PlanSchema,
    sourceName: z.string().max(300).optional(),
    status: Status.optional(),
  })
  .strict()
  .openapi("NewProgram");
const ProgramPatch = z
  .object({
    title: z.string().min(1).max(2000).optional(),
    approvalNumber: z.string().max(100).nullable().optional(),
    approvalDate: z.iso.date().nullable().optional(),
    status: Status.optional(),
    published: z.boolean().optional(),
    progressWeighting: WeightingSchema.optional(),
  })
  .strict()
  .openapi("ProgramPatch");
const ExportFormat = z.enum(["json", "csv", "xlsx"]);
const tags = ["programs"];

const list = createRoute({
  method: "get",
  path: "/api/v1/programs",
  tags,
  summary: "Programs the user may read (anonymous: published ones), with progress and overdue counts",
  request: {
    query: PageQuery.extend({
      territoryId: z.coerce.number().int().positive().optional(),
      status: Status.optional(),
      published: QueryBool.optional(),
    }),
  },
  responses: {
    200: { description: "a page of programs", ...json(PageOf(ProgramListItemSchema)) },
    ...errors(400, 404),
  },
});
const create = createRoute({
  method: "post",
  path: "/api/v1/programs",
  tags,
  summary: "Save a plan/v1 document as a new program (version 1)",
  request: { body: { ...json(NewProgram), required: true } },
  responses: { 201: { description: "saved", ...json(SavedPlanSchema) }, ...errors(400, 401, 403, 404) },
});
const get = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}",
  tags,
  summary: "A program: header, sections, versions; ETag is its row version",
  request: { params: IdParams },
  responses: { 200: { description: "the program", ...json(ProgramSchema) }, ...errors(401, 403, 404) },
});
const patch = createRoute({
  method: "patch",
  path: "/api/v1/programs/{id}",
  tags,
  summary:
    "Edit title, approval, status (draft → approved → archived), published or progress weighting (equal | cost); needs If-Match",
  request: { params: IdParams, headers: IfMatchHeader, body: { ...json(ProgramPatch), required: true } },
  responses: {
    200: { description: "the program's header", ...json(ProgramHeaderSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});
const versions = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}/versions",
  tags,
  summary: "The versions of a program, newest first, with added/changed/removed counts",
  request: { params: IdParams, query: PageQuery },
  responses: {
    200: { description: "a page of versions", ...json(PageOf(ProgramVersionItemSchema)) },
    ...errors(401, 403, 404),
  },
});
const version = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}/versions/{number}",
  tags,
  summary: "One version: the plan as imported and its diff from the version before",
  request: { params: IdParams.extend({ number: z.coerce.number().int().positive() }) },
  responses: { 200: { description: "the version", ...json(ProgramVersionSchema) }, ...errors(401, 403, 404) },
});
const exportRoute = createRoute({
  method: "get",
  path: "/api/v1/programs/{id}/export",
  tags,
  summary: "The current action table as plan/v1 JSON, CSV (UTF-8, ;) or XLSX; also /export.json|csv|xlsx",
  request: { params: IdParams, query: z.object({ format: ExportFormat.default("json") }) },
  responses: { 200: { description: "the file" }, ...errors(400, 401, 403, 404) },
});

/** Programs: list, save, read, edit, versions, export. */
export function programRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => {
    const { page, pageSize, ...filters } = c.req.valid("query");
    const { db, today } = c.get("deps");
    return c.json(await listPrograms(db, c.get("actor"), filters, { page, pageSize }, today()), 200);
  });
  app.openapi(create, async (c) => {
    const actor = requireUser(c);
    const body = c.req.valid("json");
    const saved = await savePlan(c.get("deps").db, actor, { ...body, sourceName: body.sourceName ?? "api" });
    return c.json(saved, 201);
  });
  app.openapi(get, async (c) => {
    const program = await getProgram(c.get("deps").db, c.get("actor"), c.req.valid("param").id);
    return c.json(tagged(c, program), 200);
  });
  app.openapi(patch, async (c) => {
    const actor = requireUser(c);
    const ifMatch = ifMatchOf(c);
    const row = await updateProgram(
      c.get("deps").db,
      actor,
      c.req.valid("param").id,
      c.req.valid("json"),
      ifMatch,
    );
    return c.json(tagged(c, row), 200);
  });
  app.openapi(versions, async (c) => {
    const actor = requireUser(c);
    return c.json(
      await listProgramVersions(c.get("deps").db, actor, c.req.valid("param").id, c.req.valid("query")),
      200,
    );
  });
  app.openapi(version, async (c) => {
    const actor = requireUser(c);
    const { id, number } = c.req.valid("param");
    return c.json(await getProgramVersion(c.get("deps").db, actor, id, number), 200);
  });
  app.openapi(exportRoute, async (c) => sendExport(c, c.req.valid("param").id, c.req.valid("query").format));
  app.get("/api/v1/programs/:id/:file{export\\.(?:json|csv|xlsx)}", async (c) => {
    const { id } = IdParams.parse({ id: c.req.param("id") });
    return sendExport(c, id, ExportFormat.parse(c.req.param("file").slice("export.".length)));
  });
}

async function sendExport(c: Context<ApiEnv>, id: number, format: z.infer<typeof ExportFormat>) {
  const actor = requireUser(c);
  const file = await exportProgram(c.get("deps").db, actor, id, format);
  return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
    "content-type": file.contentType,
    "content-disposition": `attachment; filename="${file.fileName}"`,
  });
}
