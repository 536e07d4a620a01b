import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld } from "../../../tests/setup/world.ts";
import { auditLog } from "../../db/schema.ts";

type Org = { id: number; name: string; aliases: string[] };

describe.each(testEngines())("territory and organization routes on %s", (engine) => {
  it("serves the territory tree in pre-order to anyone signed in", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const executor = await apiFor(db).as("executor-ca");
    const res = await executor.get<{
      items: { id: number; depth: number; parentId: number | null }[];
      total: number;
    }>("/api/v1/territories");
    const t = world.territories;
    expect(res.body.items.map((x) => [x.id, x.depth])).toEqual([
      [t.republic.id, 0],
      [t.jalalAbad.id, 1],
      [t.tashKomur.id, 2],
      [t.osh.id, 1],
      [t.chongAlai.id, 2],
    ]);
    expect(res.body.total).toBe(5);
    expect((await executor.get("/api/v1/territories?pageSize=2&page=2")).body).toMatchObject({
      total: 5,
      page: 2,
    });
  });

  it("lists bodies a territory's plans can name, adds bodies and aliases", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const api = apiFor(db);
    const planner = await api.as("planner-tk");
    const forCity = await planner.get<{ items: Org[] }>(
      `/api/v1/organizations?territoryId=${world.territories.tashKomur.id}`,
    );
    expect(forCity.body.items.map((o) => o.name).sort()).toEqual(
      ["Муниципалдык менчик департаменти", "Таш-Көмүр шаардык мэриясы"].sort(),
    );
    const found = await planner.get<{ items: Org[] }>(`/api/v1/organizations?q=${encodeURIComponent("рма")}`);
    expect(found.body.items.map((o) => o.name)).toEqual(["Райондук мамлекеттик администрация"]);
    const created = await planner.post<Org>("/api/v1/organizations", {
      territoryId: world.territories.tashKomur.id,
      name: "Шаардык билим берүү бөлүмү",
      shortName: "ШБББ",
    });
    expect(created.status).toBe(201);
    const alias = await planner.post(`/api/v1/organizations/${created.body.id}/aliases`, {
      alias: "Билим берүү бөлүмү",
    });
    expect(alias.status).toBe(201);
    const again = await planner.get<{ items: Org[] }>(
      `/api/v1/organizations?q=${encodeURIComponent("билим")}`,
    );
    expect(again.body.items[0]?.aliases).toEqual([
      "Шаардык билим берүү бөлүмү",
      "ШБББ",
      "Билим берүү бөлүмү",
    ]);
    const elsewhere = await planner.post("/api/v1/organizations", {
      territoryId: world.territories.chongAlai.id,
      name: "X",
    });
    expect(elsewhere.status).toBe(403);
    expect((await planner.post("/api/v1/organizations", { territoryId: 999, name: "X" })).status).toBe(404);
    expect((await planner.post("/api/v1/organizations", { name: "" })).status).toBe(400);
    expect((await planner.post("/api/v1/organizations/999/aliases", { alias: "X" })).status).toBe(404);
    const audits = await db.select().from(auditLog);
    expect(audits.filter((a) => a.actor.includes("planner-tk")).map((a) => a.action)).toEqual([
      "create",
      "add_alias",
    ]);
  });
});
