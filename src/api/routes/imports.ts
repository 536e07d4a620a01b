import { createRoute, z } from "@hono/zod-openapi";
import { AppError } from "../../domain/errors.ts";
import { PlanSchema } from "../../domain/plan.ts";
import { previewImport } from "../../operations/exchange/preview-import.ts";
import { savePlan } from "../../operations/programs/save-plan.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import { AnyObject, errors, json } from "./route-schemas.ts";

const Upload = z.object({
  file: z.any().openapi({ type: "string", format: "binary", description: "the plan document, up to 20 MB" }),
  territoryId: z.coerce.number().int().positive(),
  programId: z.coerce.number().int().positive().optional(),
});
const SaveImport = z
  .object({
    territoryId: z.number().int().positive(),
    plan: PlanSchema,
    programId: z.number().int().positive().optional(),
    sourceName: z.string().max(300).optional(),
    status: z.enum(["draft", "approved", "archived"]).optional(),
  })
  .strict()
  .openapi("SaveImport");
const tags = ["imports"];

const preview = createRoute({
  method: "post",
  path: "/api/v1/imports",
  tags,
  summary: "Read an uploaded plan document; returns {plan, warnings, unmatchedBodies, diff?} without saving",
  request: { body: { content: { "multipart/form-data": { schema: Upload } }, required: true } },
  responses: {
    200: { description: "the preview", ...json(AnyObject) },
    ...errors(400, 401, 403, 404, 413, 415, 422),
  },
});
const save = createRoute({
  method: "post",
  path: "/api/v1/imports/save",
  tags,
  summary: "Save a previewed plan: a new program, or with programId a new version of it",
  request: { body: { ...json(SaveImport), required: true } },
  responses: {
    201: { description: "saved: {programId, version, diff, unmatchedBodies}", ...json(AnyObject) },
    ...errors(400, 401, 403, 404),
  },
});

/** Importing documents: preview an upload, then save the reviewed plan. */
export function importRoutes(app: ApiApp): void {
  app.openapi(preview, async (c) => {
    const actor = requireUser(c);
    const form = c.req.valid("form");
    const file = form.file as unknown;
    if (!(file instanceof File))
      throw new AppError("invalid_input", 'send the document in the form field "file"');
    const { db, today } = c.get("deps");
    const result = await previewImport(db, actor, {
      territoryId: form.territoryId,
      ...(form.programId === undefined ? {} : { programId: form.programId }),
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name || "upload",
      today: today(),
    });
    return c.json(JSON.parse(JSON.stringify(result)) as Record<string, unknown>, 200);
  });
  app.openapi(save, async (c) => {
    const actor = requireUser(c);
    const body = c.req.valid("json");
    const saved = await savePlan(c.get("deps").db, actor, {
      ...body,
      sourceName: body.sourceName ?? "upload",
    });
    return c.json(saved, 201);
  });
}
