/** The register and roll-up doors of the API: a CSV body or an upload, the same JSON as the CLI. */
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, PASSWORD } from "../../../tests/setup/world.ts";

const HEADER = "code,parent code,level,ky name,ru name,valid from,valid to,successor code";

describe.each(testEngines())("territory register and roll-up over HTTP on %s", (engine) => {
  it("imports a text/csv body (a bad line: 400 naming it, nothing added) and answers a roll-up", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createWorld(db);
    const api = apiFor(db);
    const login = await api.app.request("/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login: "admin", password: PASSWORD }),
    });
    const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const post = (body: string) =>
      api.app.request("/api/v1/territories/import", {
        method: "POST",
        headers: { "content-type": "text/csv", cookie, "x-csrf-token": csrfToken },
        body,
      });
    const tk = w.territories.tashKomur.code;
    const good = `${HEADER}\nLOCAL-TK-1,${tk},aiyl_aimak,Айыл,Село,,,`;
    const bad = await post(`${good}\nLOCAL-TK-2,${tk},village,Айыл,Село,,,`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/^line 3: level "village"/);
    const ok = await post(good);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ created: 1, changes: [{ line: 2, code: "LOCAL-TK-1" }] });
    expect(await (await post(good)).json()).toMatchObject({ created: 0, unchanged: 1 });

    const admin = await api.as("admin");
    const rollup = await admin.get(
      `/api/v1/territories/${w.territories.jalalAbad.code}/rollup?period=2026-Q2`,
    );
    expect(rollup.status).toBe(200);
    expect(Object.keys(rollup.body as object)).toEqual(["territory", "period", "totals", "children"]);
    expect((rollup.body as { children: { code: string }[] }).children.map((c) => c.code)).toEqual([tk]);
    expect((await admin.get(`/api/v1/territories/${tk}/rollup?period=2026-Q5`)).status).toBe(400);
    expect((await admin.get("/api/v1/territories/NOPE/rollup?period=2026-Q2")).status).toBe(404);
  });
});
