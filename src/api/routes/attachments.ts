import { createRoute, z } from "@hono/zod-openapi";
import { AppError } from "../../domain/errors.ts";
import { AttachmentSchema, ReportAttachmentSchema } from "../../domain/views.ts";
import { addAttachment } from "../../operations/reporting/add-attachment.ts";
import { getAttachment } from "../../operations/reporting/get-attachment.ts";
import { setAttachmentPublic } from "../../operations/reporting/set-attachment-public.ts";
import type { ApiApp } from "../context.ts";
import { requireUser } from "../session.ts";
import { errors, IdParam, json } from "./report-schemas.ts";
import { IdParams, IfMatchHeader, ifMatchOf, tagged } from "./route-schemas.ts";

const upload = createRoute({
  method: "post",
  path: "/api/v1/reports/{id}/attachments",
  tags: ["reports"],
  summary: 'Attach a file (multipart field "file", at most 20 MB) to a draft or returned report',
  request: {
    params: IdParam,
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
    201: { description: "attached", ...json(AttachmentSchema) },
    ...errors(400, 401, 403, 404, 409, 413),
  },
});
const download = createRoute({
  method: "get",
  path: "/api/v1/attachments/{id}",
  tags: ["reports"],
  summary: "Download an attachment (for those who may read its report)",
  request: { params: IdParam },
  responses: {
    200: {
      description: "the file",
      content: {
        "application/octet-stream": { schema: z.any().openapi({ type: "string", format: "binary" }) },
      },
    },
    ...errors(401, 403, 404),
  },
});

/** Report attachments: upload, download, shown on the public portal or not. */
export function attachmentRoutes(app: ApiApp): void {
  publicSwitchRoute(app);
  app.openapi(upload, async (c) => {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File))
      throw new AppError("invalid_input", 'send the file in the multipart field "file"');
    const deps = c.get("deps");
    const input = {
      reportId: c.req.valid("param").id,
      fileName: file.name,
      mimeType: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    };
    const row = await addAttachment(deps.db, deps.files, c.get("actor"), input);
    const { id, reportId, fileName, mimeType, size, sha256 } = row;
    return c.json({ id, reportId, fileName, mimeType, size, sha256 }, 201);
  });
  app.openapi(download, async (c) => {
    const deps = c.get("deps");
    const { attachment, bytes } = await getAttachment(
      deps.db,
      deps.files,
      c.get("actor"),
      c.req.valid("param").id,
    );
    // always a download, never rendered in our origin, whatever type the uploader claimed
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        "content-type": attachment.mimeType,
        "content-length": String(bytes.length),
        "content-disposition": `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  });
}

const publicSwitch = createRoute({
  method: "patch",
  path: "/api/v1/attachments/{id}",
  tags: ["reports"],
  summary:
    "Show a photo on the public portal (once its report is accepted) or hide it; the program's planner; needs If-Match",
  request: {
    params: IdParams,
    headers: IfMatchHeader,
    body: { ...json(z.object({ public: z.boolean() }).strict().openapi("AttachmentPatch")), required: true },
  },
  responses: {
    200: { description: "the attachment", ...json(ReportAttachmentSchema) },
    ...errors(400, 401, 403, 404, 409),
  },
});

function publicSwitchRoute(app: ApiApp): void {
  app.openapi(publicSwitch, async (c) => {
    const actor = requireUser(c);
    const ifMatch = ifMatchOf(c);
    const { db } = c.get("deps");
    const row = await setAttachmentPublic(db, actor, c.req.valid("param").id, c.req.valid("json"), ifMatch);
    return c.json(tagged(c, row), 200);
  });
}
