import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../domain/errors.ts";
import { ERROR_CODES } from "../domain/message-codes.ts";
import { createApp } from "./app.ts";
import type { ApiDeps } from "./context.ts";
import { ErrorSchema, errorResponse } from "./errors.ts";

/** A bare app whose routes throw what the real ones may throw. */
function throwing() {
  const app = new Hono();
  app.onError(errorResponse);
  app.get("/invalid", () => {
    const parsed = z
      .object({ plan: z.object({ title: z.string() }), year: z.number() })
      .safeParse({ plan: {} });
    throw new AppError("invalid_input", "the request does not match the schema", parsed.error?.issues);
  });
  app.get("/locked", () => {
    throw new AppError("database_locked", "the database is busy");
  });
  app.get("/hono-413", () => {
    throw new HTTPException(413, { message: "Payload Too Large" });
  });
  app.get("/crash", () => {
    throw new Error("boom");
  });
  app.get("/db-down", () => {
    // what drizzle throws when pg cannot connect: its own error wrapping the socket's
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    throw new Error("Failed query: select 1", { cause: refused });
  });
  app.get("/db-shutdown", () => {
    throw Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
  });
  app.get("/db-busy", () => {
    // pg-pool's own error when every connection stayed busy past connectionTimeoutMillis (an overload)
    throw new Error("Failed query: select 1", {
      cause: new Error("timeout exceeded when trying to connect"),
    });
  });
  app.get("/db-constraint", () => {
    throw Object.assign(new Error("duplicate key value"), { code: "23505" });
  });
  return app;
}

const answer = async (response: Response) => ({ status: response.status, body: await response.json() });

describe("error responses", () => {
  it("name the fields of a validation failure in params", async () => {
    const { status, body } = await answer(await throwing().request("/invalid"));
    expect(status).toBe(400);
    expect(ErrorSchema.parse(body)).toMatchObject({
      code: "invalid_input",
      params: { fields: "plan.title, year" },
    });
  });

  it("give every refusal a code of the one list, with no params when there are none", async () => {
    const app = throwing();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const answers = await Promise.all(
      ["/locked", "/hono-413", "/crash", "/db-down", "/db-shutdown", "/db-busy", "/db-constraint"].map(
        async (p) => answer(await app.request(p)),
      ),
    );
    expect(answers.map((a) => [a.status, a.body.code, a.body.params])).toEqual([
      [503, "database_locked", undefined],
      [413, "too_large", undefined],
      [500, "internal", undefined],
      [503, "database_unavailable", undefined],
      [503, "database_unavailable", undefined],
      [503, "database_unavailable", undefined],
      [500, "internal", undefined],
    ]);
    for (const a of answers) expect(ERROR_CODES).toContain(a.body.code);
  });

  it("say the limit of a body too large", async () => {
    const app = createApp({} as ApiDeps);
    const response = await app.request("/api/v1/programs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "x".repeat(1024 * 1024 + 10) }),
    });
    const { status, body } = await answer(response);
    expect([status, body.code, body.params]).toEqual([413, "too_large", { limitMb: 1 }]);
  });
});
