import { createRoute, z } from "@hono/zod-openapi";
import { AppError } from "../../domain/errors.ts";
import {
  ImportPreviewSchema,
  ImportSessionEditSchema,
  ImportSessionSchema,
  SavedPlanSchema,
} from "../../domain/views.ts";
import { getImportSession } from "../../operations/exchange/import-session.ts";
import { editImportSession } from "../../operations/exchange/import-session-edit.ts";
import { saveImportSession } from "../../operations/exchange/import-session-save.ts";
import { previewImport } from "../../operations/exchange/preview-import.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import {
  errors,
  IdParams,
  IfMatchHeader,
  ifMatchOf,
  json,
  optionalIfMatchOf,
  tagged,
} from "./route-schemas.ts";

const Upload = z.object({
  file: z.any().openapi({ type: "string", format: "binary", description: "the plan document, up to 20 MB" }),
  territoryId: z.coerce.number().int().positive(),
  programId: z.coerce.number().int().positive().optional(),
});
const MeasureCells = z
  .object({
    index: z.number().int().min(0),
    number: z.string().max(50).nullable().optional(),
    task: z.string().max(5000).optional(),
    action: z.string().max(5000).optional(),
    result: z.string().max(5000).optional(),
    deadline: z.string().max(500).optional().openapi({ example: "2026-жылдын III-кварталы" }),
    responsible: z.array(z.string().max(2000)).max(50).optional(),
    funding: z.string().max(500).optional().openapi({ example: "РБ, ЖБ" }),
  })
  .strict();
const ImportSessionPatch = z
  .object({
    title: z.string().max(2000).optional(),
    measures: z.array(MeasureCells).max(50).optional(),
  })
  .strict()
  .openapi("ImportSessionPatch");
const SaveImportSession = z
  .object({ status: z.enum(["draft", "approved", "archived"]).optional() })
  .strict()
  .openapi("SaveImportSession");
const tags = ["imports"];

const preview = createRoute({
  method: "post",
  path: "/api/v1/imports",
  tags,
  summary:
    "Read an uploaded plan document into an import session (kept 24 h for edits and the save); returns the preview with sessionId, nothing saved as a program",
  request: { body: { content: { "multipart/form-data": { schema: Upload } }, required: true } },
  responses: {
    201: { description: "the preview; ETag is the session's version", ...json(ImportPreviewSchema) },
    ...errors(400, 401, 403, 404, 413, 415, 422),
  },
});
const get = createRoute({
  method: "get",
  path: "/api/v1/imports/{id}",
  tags,
  summary: "An import session of the signed-in user (or, for an admin, of anyone) with its plan as edited",
  request: { params: IdParams },
  responses: {
    200: { description: "the session; ETag is its version", ...json(ImportSessionSchema) },
    ...errors(401, 403, 404),
  },
});
const edit = createRoute({
  method: "patch",
  path: "/api/v1/imports/{id}",
  tags,
  summary:
    "Edit an import session: the title and cells of measures (by index), read again as the importer reads them; needs If-Match",
  request: {
    params: IdParams,
    headers: IfMatchHeader,
    body: { ...json(ImportSessionPatch), required: true },
  },
  responses: {
    200: { description: "the edited rows and their warnings", ...json(ImportSessionEditSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});
const save = createRoute({
  method: "post",
  path: "/api/v1/imports/{id}/save",
  tags,
  summary:
    "Save an import session's plan: a new program, or a new version of the session's program; once only (then 409). If-Match optional",
  request: {
    params: IdParams,
    headers: IfMatchHeader,
    body: { ...json(SaveImportSession), required: true },
  },
  responses: {
    201: { description: "saved", ...json(SavedPlanSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});

/** Importing documents: an upload read into an import session, edited, then saved by its id. */
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
    return c.json(tagged(c, result), 201);
  });
  app.openapi(get, async (c) => {
    const actor = requireUser(c);
    const session = await getImportSession(c.get("deps").db, actor, c.req.valid("param").id);
    return c.json(tagged(c, session), 200);
  });
  app.openapi(edit, async (c) => {
    const actor = requireUser(c);
    const ifMatch = ifMatchOf(c);
    const result = await editImportSession(
      c.get("deps").db,
      actor,
      c.req.valid("param").id,
      c.req.valid("json"),
      ifMatch,
    );
    return c.json(tagged(c, result), 200);
  });
  app.openapi(save, async (c) => {
    const actor = requireUser(c);
    const saved = await saveImportSession(c.get("deps").db, actor, c.req.valid("param").id, {
      ...c.req.valid("json"),
      ifMatch: optionalIfMatchOf(c),
    });
    return c.json(saved, 201);
  });
}
