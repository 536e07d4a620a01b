/**
 * Drives the API in-process as a browser would: the session cookie from login is sent back, and
 * writes carry the CSRF token. `as(login)` signs in; `anonymous()` does not.
 */
import { createApp } from "../../src/api/app.ts";
import type { ApiDeps } from "../../src/api/context.ts";
import { databaseAttachmentStore } from "../../src/db/attachment-store.ts";
import type { Db } from "../../src/db/connect.ts";
import { PASSWORD } from "./world.ts";

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A client of one app (attachments in the database unless `overrides.files`); each `as()` is a separate browser with its own cookie. */
export function apiFor(db: Db, overrides: Partial<ApiDeps> = {}) {
  const app = createApp({
    db,
    files: databaseAttachmentStore(),
    today: () => new Date("2026-09-30T00:00:00Z"),
    dataDir: "/tmp/api-test-data",
    ...overrides,
  });
  const browser = (cookie: string | null, csrf: string | null) => {
    const call = async <T = unknown>(
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const init: RequestInit = { method, headers: { ...headers } };
      const h = init.headers as Record<string, string>;
      if (cookie) h.cookie = cookie;
      if (csrf && method !== "GET") h["x-csrf-token"] = csrf;
      // a form or raw bytes (a tus PATCH) go as they are, with the content type the caller names
      if (body instanceof FormData || body instanceof Uint8Array) init.body = body as BodyInit;
      else if (body !== undefined) {
        h["content-type"] = "application/json";
        init.body = typeof body === "string" ? body : JSON.stringify(body);
      }
      const res = await app.request(path, init);
      const type = res.headers.get("content-type") ?? "";
      // a HEAD answer has headers only, whatever type it names
      const parsed = method === "HEAD" ? "" : type.includes("json") ? await res.json() : await res.text();
      return { status: res.status, body: parsed as T, headers: res.headers } satisfies ApiResponse<T>;
    };
    return {
      get: <T = unknown>(path: string, headers?: Record<string, string>) =>
        call<T>("GET", path, undefined, headers),
      post: <T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) =>
        call<T>("POST", path, body, headers),
      put: <T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) =>
        call<T>("PUT", path, body, headers),
      patch: <T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) =>
        call<T>("PATCH", path, body, headers),
      delete: <T = unknown>(path: string, headers?: Record<string, string>) =>
        call<T>("DELETE", path, undefined, headers),
      head: (path: string, headers?: Record<string, string>) =>
        call<string>("HEAD", path, undefined, headers),
      options: (path: string, headers?: Record<string, string>) =>
        call<string>("OPTIONS", path, undefined, headers),
      /** A GET whose body is kept as bytes (a file), not decoded as text. */
      download: async (path: string) => {
        const res = await app.request(path, { headers: cookie ? { cookie } : {} });
        return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()), headers: res.headers };
      },
    };
  };
  return {
    app,
    anonymous: () => browser(null, null),
    /** Signs in as a user of the test world and returns that user's browser. */
    async as(login: string, password = PASSWORD) {
      const res = await app.request("/api/v1/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ login, password }),
      });
      if (res.status !== 200) throw new Error(`login ${login} failed: ${res.status} ${await res.text()}`);
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      return browser(cookie, csrfToken);
    },
  };
}
