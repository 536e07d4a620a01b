import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type AppError, type AppErrorCode, isAppError } from "../domain/errors.ts";
import { ERROR_CODES, type MessageParams } from "../domain/message-codes.ts";

/**
 * The one error shape of the API: `code` (ERROR_CODES in src/domain/message-codes.ts) and `params`
 * for the web app's strings, the English `message` for logs and scripts.
 */
export const ErrorSchema = z
  .object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    details: z.unknown().optional(),
  })
  .openapi("Error");

// The one place where an AppError code becomes an HTTP status.
const STATUS: Record<AppErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  not_an_image: 400,
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

// Hono's own refusals by status, so the web app can say what went wrong.
const HTTP_CODES: Partial<Record<number, AppErrorCode>> = {
  400: "invalid_input",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "too_large",
  429: "rate_limited",
};

/** The status, body and extra headers of the error answer for any thrown value. */
export interface ErrorAnswer {
  status: ContentfulStatusCode;
  body: { code: string; message: string; params?: MessageParams; details?: unknown };
  headers?: Record<string, string>;
}

/**
 * The one mapping of a thrown value to an answer: AppErrors by their code, Hono's own refusals by
 * status, an unreachable database as 503 with Retry-After, the rest as a logged 500.
 */
export function errorAnswer(error: unknown): ErrorAnswer {
  if (isAppError(error)) {
    const body = {
      code: error.code,
      message: error.message,
      params: paramsOf(error),
      details: error.details,
    };
    return { status: STATUS[error.code], body };
  }
  if (error instanceof HTTPException && error.status < 500) {
    // Hono's own refusals, such as a body that is not JSON
    return {
      status: error.status,
      body: { code: HTTP_CODES[error.status] ?? "http_error", message: error.message },
    };
  }
  if (isDatabaseUnreachable(error)) {
    const message = "the database cannot be reached; try again";
    return { status: 503, body: { code: "database_unavailable", message }, headers: { "Retry-After": "5" } };
  }
  console.error(error);
  return { status: 500, body: { code: "internal", message: "internal error" } };
}

/** Turns any thrown value into the error response (errorAnswer's). */
export function errorResponse(error: unknown, c: Context) {
  const answer = errorAnswer(error);
  for (const [name, value] of Object.entries(answer.headers ?? {})) c.header(name, value);
  return c.json(answer.body, answer.status);
}

// Node's socket errors and PostgreSQL's "connection exception" (08…) and "operator intervention"
// (57P01–57P03: shutdown, crash, cannot connect now) classes: the server is down or restarting.
const UNREACHABLE = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|08...|57P0[123])$/;
// "timeout exceeded when trying to connect" is pg-pool's: every connection stayed busy for
// connectionTimeoutMillis (an overload); the client should retry, as for a restart.
const UNREACHABLE_MESSAGE =
  /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect/i;

/** True when the error, or one it wraps (drizzle's "Failed query"), says the database is unreachable. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if ((typeof code === "string" && UNREACHABLE.test(code)) || UNREACHABLE_MESSAGE.test(e.message))
      return true;
  }
  return false;
}

/** The error's params; a validation failure names its fields from the zod issues' paths. */
function paramsOf(error: AppError): MessageParams | undefined {
  if (error.params || error.code !== "invalid_input" || !Array.isArray(error.details)) return error.params;
  const paths = error.details.flatMap((issue: { path?: unknown }) =>
    Array.isArray(issue?.path) && issue.path.length > 0 ? [issue.path.join(".")] : [],
  );
  return paths.length > 0 ? { fields: [...new Set(paths)].join(", ") } : undefined;
}
