/** Schemas and helpers the program, measure, territory and organization routes share. */
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../../domain/errors.ts";
import { pageOf } from "../../domain/views.ts";
import { ErrorSchema } from "../errors.ts";

/** A JSON request or response body of a schema. */
export const json = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });

/** `?page=&pageSize=` of every list; pages count from 1. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** A page of a list (the envelope is declared once, in src/domain/views). */
export const PageOf = pageOf;

/** `{id}` in a path. */
export const IdParams = z.object({ id: z.coerce.number().int().positive().max(2147483647) });

/** `true` / `false` in a query string. */
export const QueryBool = z.enum(["true", "false"]).transform((v) => v === "true");

/** The If-Match header an update must send (the ETag of the GET); missing → 400. */
export const IfMatchHeader = z.object({
  "if-match": z.string().optional().openapi({ description: 'The ETag from GET, e.g. "3"; required' }),
});

/** The error responses a route may give, by status. */
export function errors(...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422)[]) {
  const text: Record<number, string> = {
    400: "invalid input or missing If-Match",
    401: "not signed in",
    403: "not allowed",
    404: "not found",
    409: "stale If-Match: changed by someone else",
    413: "upload larger than 20 MB",
    415: "unsupported file type",
    422: "the file cannot be read as a plan",
  };
  return Object.fromEntries(
    statuses.map((s) => [s, { description: text[s] as string, ...json(ErrorSchema) }]),
  );
}

/** The row version an If-Match header names ("3", W/"3", 3), or null when there is none; an odd one is invalid input. */
export function optionalIfMatchOf(c: Context): number | null {
  const raw = c.req.header("if-match");
  if (raw === undefined || raw.trim() === "") return null;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(raw.trim());
  if (!match)
    throw new AppError("invalid_input", 'If-Match must be the ETag of the resource, e.g. If-Match: "3"');
  return Number(match[1]);
}

/** The row version an If-Match header names; a missing one is invalid input (an update needs it). */
export function ifMatchOf(c: Context): number {
  const version = optionalIfMatchOf(c);
  if (version === null)
    throw new AppError("invalid_input", 'send If-Match with the ETag of the resource, e.g. If-Match: "3"');
  return version;
}

/** The ETag of a row version. */
export const etagOf = (rowVersion: number) => `"${rowVersion}"`;

/** Sets a resource's ETag from its row version and hands the resource back for the JSON body. */
export function tagged<T extends { rowVersion: number }>(c: Context, row: T): T {
  c.header("ETag", etagOf(row.rowVersion));
  return row;
}
