/**
 * Resumable uploads of report attachments with the tus protocol (tus.io 1.0: core, creation,
 * termination): POST /reports/{id}/uploads starts one (Upload-Length, Upload-Metadata with
 * `filename` and `filetype`), HEAD /uploads/{uploadId} tells how many bytes arrived, PATCH sends
 * the next bytes from that offset, DELETE cancels. The last bytes attach the file to the report.
 * The tus work is in ../tus-uploads.ts; these routes check the signed-in user and shape errors.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError } from "../../domain/errors.ts";
import type { ApiApp, ApiEnv } from "../context.ts";
import { errorAnswer } from "../errors.ts";
import { requireUser } from "../session.ts";
import { answerTus, UPLOADS_PATH, type UploadRequest } from "../tus-uploads.ts";
import { errors, IdParam } from "./report-schemas.ts";

const TUS_RESUMABLE = z
  .string()
  .optional()
  .openapi({ description: "must be 1.0.0; without it the answer is 412", example: "1.0.0" });
const UploadIdParam = z.object({
  uploadId: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .openapi({ param: { name: "uploadId", in: "path" }, description: "from the Location of the start" }),
});
const Offset = z.string().openapi({ description: "bytes received so far", example: "1048576" });
const TUS_BODY = "application/offset+octet-stream";

const start = createRoute({
  method: "post",
  path: "/api/v1/reports/{id}/uploads",
  tags: ["reports"],
  summary:
    "Start a resumable upload of an attachment (tus creation; at most 20 MB) to a draft or returned report",
  request: {
    params: IdParam,
    headers: z.object({
      "tus-resumable": TUS_RESUMABLE,
      "upload-length": z.string().regex(/^\d+$/).openapi({ description: "the file's size in bytes" }),
      "upload-metadata": z.string().optional().openapi({
        description: "tus metadata: `filename <base64>,filetype <base64>`",
        example: "filename 0LDQutGCLnBkZg==,filetype YXBwbGljYXRpb24vcGRm",
      }),
    }),
  },
  responses: {
    201: {
      description: "started; PATCH the bytes to Location (kept 24 hours)",
      headers: z.object({
        location: z.string().openapi({ example: `${UPLOADS_PATH}/9f86d081884c7d659a2feaa0c55ad015` }),
      }),
    },
    ...errors(400, 401, 403, 404, 409, 413),
  },
});

const offset = createRoute({
  method: "head",
  path: `${UPLOADS_PATH}/{uploadId}`,
  tags: ["reports"],
  summary: "How many bytes of my upload arrived (tus): resume the PATCH from Upload-Offset",
  request: { params: UploadIdParam, headers: z.object({ "tus-resumable": TUS_RESUMABLE }) },
  responses: {
    200: {
      description: "Upload-Offset = Upload-Length once the file is attached",
      headers: z.object({ "upload-offset": Offset, "upload-length": z.string() }),
    },
    ...errors(401, 403, 404),
  },
});

const send = createRoute({
  method: "patch",
  path: `${UPLOADS_PATH}/{uploadId}`,
  tags: ["reports"],
  summary: "Send the next bytes of my upload from Upload-Offset (tus); the last ones attach the file",
  request: {
    params: UploadIdParam,
    headers: z.object({
      "tus-resumable": TUS_RESUMABLE,
      "upload-offset": z
        .string()
        .regex(/^\d+$/)
        .openapi({ description: "must equal the bytes received so far" }),
    }),
    body: {
      content: { [TUS_BODY]: { schema: z.any().openapi({ type: "string", format: "binary" }) } },
      required: true,
    },
  },
  responses: {
    204: { description: "stored", headers: z.object({ "upload-offset": Offset }) },
    ...errors(400, 401, 403, 404, 409, 413),
  },
});

const cancel = createRoute({
  method: "delete",
  path: `${UPLOADS_PATH}/{uploadId}`,
  tags: ["reports"],
  summary: "Cancel my unfinished upload (tus termination): its bytes are dropped",
  request: { params: UploadIdParam, headers: z.object({ "tus-resumable": TUS_RESUMABLE }) },
  responses: { 204: { description: "cancelled" }, ...errors(400, 401, 403, 404, 409) },
});

const discover = createRoute({
  method: "options",
  path: UPLOADS_PATH,
  tags: ["reports"],
  summary: "What the upload server supports (tus): Tus-Version, Tus-Extension, Tus-Max-Size",
  responses: { 204: { description: "the tus configuration" } },
});

/** The tus routes of report attachments. */
export function uploadRoutes(app: ApiApp): void {
  app.openapi(start, async (c) => tus(c, { reportId: c.req.valid("param").id }));
  app.openAPIRegistry.registerPath(offset);
  // Hono answers HEAD with the GET route (body dropped); a real GET of an upload is not served.
  app.get(`${UPLOADS_PATH}/:uploadId`, async (c) => {
    if (c.req.method !== "HEAD") throw new AppError("not_found", "an upload answers HEAD, PATCH and DELETE");
    const parsed = UploadIdParam.safeParse(c.req.param());
    if (!parsed.success) throw new AppError("invalid_input", "an upload id is 32 hex digits");
    return tus(c, { uploadId: parsed.data.uploadId });
  });
  app.openapi(send, async (c) => tus(c, { uploadId: c.req.valid("param").uploadId }));
  app.openapi(cancel, async (c) => tus(c, { uploadId: c.req.valid("param").uploadId }));
  // discovery needs no session: it names the protocol, not an upload
  app.openapi(discover, async (c) => tus(c, {}, { signedIn: false }));
}

/** Hands the request to tus as the signed-in user; its error answers get the API's JSON shape. */
async function tus(
  c: Context<ApiEnv>,
  target: Pick<UploadRequest, "reportId" | "uploadId">,
  options = { signedIn: true },
): Promise<Response> {
  const actor = options.signedIn ? requireUser(c) : c.get("actor");
  const deps = c.get("deps");
  const now = deps.now?.() ?? new Date();
  const answer = await answerTus(c.req.raw, { db: deps.db, files: deps.files, actor, now, ...target });
  return asApiError(answer);
}

/** A tus refusal it wrote itself as text (412 without Tus-Resumable, 400 bad headers) as the API's JSON. */
async function asApiError(answer: Response): Promise<Response> {
  if (answer.status < 400 || answer.body === null) return answer;
  const text = await answer.text();
  const body = text.startsWith("{")
    ? text
    : JSON.stringify(
        errorAnswer(new HTTPException(answer.status as ContentfulStatusCode, { message: text.trim() })).body,
      );
  const headers = new Headers(answer.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  return new Response(body, { status: answer.status, headers });
}
