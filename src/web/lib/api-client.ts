/**
 * The one API client of the web app: fetch with the session cookie, the CSRF token sent on every
 * write, the API's error shape `{code, message, details}` turned into an ApiError, and helpers for
 * ETag / If-Match so a stale edit becomes a `conflict` the screen can explain. The shapes of the
 * answers are the zod schemas of src/domain/views.ts; `Page` is re-exported from there.
 */
import type { MessageParams } from "../../domain/message-codes.ts";
import type { Page } from "../../domain/views.ts";

export type { Page };

/**
 * An error answered by the API (or a network failure, code "network"): `code` and `params` are
 * what the screen shows in the user's language (lib/messages.ts), `message` is the server's English.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly params?: MessageParams,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** True when the error is an ApiError with this code (or any code when none is given). */
export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** A body read with its ETag, for a later If-Match. */
export interface Tagged<T> {
  data: T;
  etag: string | null;
}

let csrfToken = "";

/** Remembers the CSRF token from login or GET /auth/me; writes send it as X-CSRF-Token. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** The session's CSRF token, for writes sent by another client (the resumable uploads' tus client). */
export function currentCsrfToken(): string {
  return csrfToken;
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** `?a=1&b=x` from the defined values of a query object. */
export function queryString(query: Query | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** the ETag of the version being changed */
  ifMatch?: string | null;
  signal?: AbortSignal;
}

async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json" };
  const write = method !== "GET" && method !== "HEAD";
  if (write && csrfToken) headers["x-csrf-token"] = csrfToken;
  if (options.ifMatch) headers["if-match"] = options.ifMatch;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}${queryString(options.query)}`, {
      method,
      headers,
      body,
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network", error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

async function errorOf(response: Response): Promise<ApiError> {
  const body = await response.json().catch(() => null);
  return errorFromBody(response.status, response.statusText, body);
}

/**
 * The ApiError of an answer's status and parsed body (null when it was not JSON, e.g. a proxy's own
 * 413 or 502 page: the code then comes from the status).
 */
export function errorFromBody(status: number, statusText: string, body: unknown): ApiError {
  if (body === null || typeof body !== "object")
    return new ApiError(status, STATUS_CODES[status] ?? "http_error", statusText);
  const error = body as { code?: string; message?: string; details?: unknown; params?: MessageParams };
  return new ApiError(
    status,
    error.code ?? "http_error",
    error.message ?? statusText,
    error.details,
    error.params,
  );
}

const STATUS_CODES: Partial<Record<number, string>> = {
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  413: "too_large",
  429: "rate_limited",
  500: "internal",
};

async function bodyOf<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The API under /api/v1: get, getTagged (with ETag), post, put, patch, delete. */
export const api = {
  get: async <T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> =>
    bodyOf<T>(await send("GET", path, { query, signal })),
  getTagged: async <T>(path: string, signal?: AbortSignal): Promise<Tagged<T>> => {
    const response = await send("GET", path, { signal });
    return { data: await bodyOf<T>(response), etag: response.headers.get("etag") };
  },
  post: async <T>(path: string, body?: unknown): Promise<T> => bodyOf<T>(await send("POST", path, { body })),
  put: async <T>(path: string, body: unknown, ifMatch?: string | null): Promise<T> =>
    bodyOf<T>(await send("PUT", path, { body, ifMatch })),
  patch: async <T>(path: string, body: unknown, ifMatch: string | null): Promise<T> =>
    bodyOf<T>(await send("PATCH", path, { body, ifMatch })),
  delete: async <T>(path: string, ifMatch?: string | null): Promise<T> =>
    bodyOf<T>(await send("DELETE", path, { ifMatch })),
};
