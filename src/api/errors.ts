import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type AppErrorCode, isAppError } from "../domain/errors.ts";

/** The one error shape of the API. */
export const ErrorSchema = z
  .object({ code: z.string(), message: z.string(), details: z.unknown().optional() })
  .openapi("Error");

// The one place where an AppError code becomes an HTTP status.
const STATUS: Record<AppErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  file_not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  corrupt_file: 422,
  encrypted_file: 422,
  empty_file: 422,
  no_text_layer: 422,
  no_action_table: 422,
  rate_limited: 429,
  converter_missing: 501,
  database_locked: 503,
};

/** Turns any thrown value into the error response: AppErrors by their code, the rest as a 500. */
export function errorResponse(error: unknown, c: Context) {
  if (isAppError(error)) {
    return c.json({ code: error.code, message: error.message, details: error.details }, STATUS[error.code]);
  }
  if (error instanceof HTTPException && error.status < 500) {
    // Hono's own refusals, such as a body that is not JSON
    const code = error.status === 400 ? "invalid_input" : "http_error";
    return c.json({ code, message: error.message }, error.status);
  }
  console.error(error);
  return c.json({ code: "internal", message: "internal error" }, 500);
}
