import { readFileSync } from "node:fs";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld } from "../../../tests/setup/world.ts";
import { programs } from "../../db/schema.ts";
import type { Plan } from "../../domain/plan.ts";
import type { PlanDiff } from "../../domain/plan-diff.ts";

const SEED = readFileSync(new URL("../../../tests/fixtures/seeds/tash-komur-2026.txt", import.meta.url));

const upload = (bytes: Uint8Array, name: string, fields: Record<string, string | number>) => {
  const form = new FormData();
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, String(v));
  return form;
};

interface Preview {
  plan: Plan;
  warnings: unknown[];
  unmatchedBodies: string[];
  diff?: PlanDiff;
}

describe.each(testEngines())("import routes on %s", (engine) => {
  it("previews an upload without saving, saves it, then previews and saves an amended version", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const api = apiFor(db);
    const planner = await api.as("planner-tk");
    const territoryId = world.territories.tashKomur.id;
    const preview = await planner.post<Preview>(
      "/api/v1/imports",
      upload(SEED, "tash-komur-2026.txt", { territoryId }),
    );
    expect(preview.status).toBe(200);
    expect(preview.body.plan.measures).toHaveLength(27);
    expect(preview.body.unmatchedBodies).toContain("Кадастр");
    expect(preview.body.diff).toBeUndefined();
    expect((await db.select({ n: count() }).from(programs))[0]?.n).toBe(0);

    const saved = await planner.post<{ programId: number; version: number }>("/api/v1/imports/save", {
      territoryId,
      plan: preview.body.plan,
      sourceName: "tash-komur-2026.txt",
    });
    expect([saved.status, saved.body.version]).toEqual([201, 1]);

    // The amended document: one measure's line removed from the text export.
    const text = SEED.toString("utf8");
    const removedAction = preview.body.plan.measures[4]?.action as string;
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.includes(removedAction.slice(0, 40)));
    expect(at).toBeGreaterThan(0);
    const amended = new TextEncoder().encode([...lines.slice(0, at), ...lines.slice(at + 1)].join("\n"));
    const second = await planner.post<Preview>(
      "/api/v1/imports",
      upload(amended, "tash-komur-2026-v2.txt", { territoryId, programId: saved.body.programId }),
    );
    expect(second.status).toBe(200);
    expect(second.body.diff?.removed.map((r) => r.measure.action)).toEqual([removedAction]);
    expect(second.body.diff?.added).toEqual([]);
    const v2 = await planner.post<{ version: number }>("/api/v1/imports/save", {
      territoryId,
      programId: saved.body.programId,
      plan: second.body.plan,
    });
    expect([v2.status, v2.body.version]).toEqual([201, 2]);
  });

  it("refuses uploads it cannot take: too large, unreadable, wrong form, wrong role", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const api = apiFor(db);
    const planner = await api.as("planner-tk");
    const territoryId = world.territories.tashKomur.id;
    const big = new Uint8Array(21 * 1024 * 1024).fill(65);
    const tooLarge = await planner.post("/api/v1/imports", upload(big, "big.txt", { territoryId }));
    expect([tooLarge.status, (tooLarge.body as { code: string }).code]).toEqual([413, "too_large"]);
    const fakeDocx = await planner.post(
      "/api/v1/imports",
      upload(new TextEncoder().encode("not a zip"), "plan.docx", { territoryId }),
    );
    expect([fakeDocx.status, (fakeDocx.body as { code: string }).code]).toEqual([422, "corrupt_file"]);
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]);
    const image = await planner.post("/api/v1/imports", upload(png, "photo.png", { territoryId }));
    expect([image.status, (image.body as { code: string }).code]).toEqual([415, "unsupported_type"]);
    const noFile = new FormData();
    noFile.set("territoryId", String(territoryId));
    expect((await planner.post("/api/v1/imports", noFile)).status).toBe(400);
    const viewer = await api.as("viewer-tk");
    expect((await viewer.post("/api/v1/imports", upload(SEED, "p.txt", { territoryId }))).status).toBe(403);
    const other = await api.as("planner-ca");
    expect((await other.post("/api/v1/imports", upload(SEED, "p.txt", { territoryId }))).status).toBe(403);
    expect(
      (await api.anonymous().post("/api/v1/imports", upload(SEED, "p.txt", { territoryId }))).status,
    ).toBe(401);
    expect(
      (await planner.post("/api/v1/imports/save", { territoryId, plan: { format: "plan/v1" } })).status,
    ).toBe(400);
  });
});
