import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld } from "../../../tests/setup/world.ts";

describe.each(testEngines())("auth on %s", (engine) => {
  it("signs in with an http-only SameSite cookie, answers /me, and signs out", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const api = apiFor(db);
    const login = await api.app.request("/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login: "planner-tk", password: "password-123" }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^sid=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const planner = await api.as("planner-tk");
    const me = await planner.get<{ userId: number; grants: { role: string; territoryId: number }[] }>(
      "/api/v1/auth/me",
    );
    expect(me.status).toBe(200);
    expect(me.body.userId).toBe(world.users["planner-tk"]);
    expect(me.body.grants).toEqual([{ role: "planner", territoryId: world.territories.tashKomur.id }]);
    expect((await planner.post("/api/v1/auth/logout")).status).toBe(204);
    expect((await planner.get("/api/v1/auth/me")).status).toBe(401);
  });

  it("refuses a wrong password with 401 and locks a login out after 10 failures with 429", async () => {
    const { db } = await freshDatabase(engine);
    await createWorld(db);
    const api = apiFor(db);
    const attempt = () =>
      api.anonymous().post("/api/v1/auth/login", { login: "viewer-tk", password: "wrong-password" });
    for (let i = 0; i < 10; i++) expect((await attempt()).status).toBe(401);
    const locked = await attempt();
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: "rate_limited" });
  });

  it("refuses a write with the session cookie but without the CSRF token", async () => {
    const { db } = await freshDatabase(engine);
    await createWorld(db);
    const api = apiFor(db);
    const res = await api.app.request("/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login: "admin", password: "password-123" }),
    });
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const logout = await api.app.request("/api/v1/auth/logout", { method: "POST", headers: { cookie } });
    expect(logout.status).toBe(403);
    expect(await logout.json()).toMatchObject({ code: "forbidden" });
  });

  it("answers malformed JSON and wrong types with 400 in the one error shape", async () => {
    const { db } = await freshDatabase(engine);
    const api = apiFor(db);
    const bad = await api.anonymous().post("/api/v1/auth/login", "{not json");
    expect(bad.status).toBe(400);
    const wrong = await api.anonymous().post("/api/v1/auth/login", { login: 5, password: [] });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: "invalid_input" });
  });

  it("serves the OpenAPI 3.1 document and a docs page", async () => {
    const { db } = await freshDatabase(engine);
    const api = apiFor(db);
    const doc = await api
      .anonymous()
      .get<{ openapi: string; paths: Record<string, unknown> }>("/api/openapi.json");
    expect(doc.body.openapi).toBe("3.1.0");
    expect(Object.keys(doc.body.paths)).toContain("/api/v1/auth/login");
    expect((await api.anonymous().get("/api/docs")).status).toBe(200);
  });
});
