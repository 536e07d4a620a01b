import { readFileSync } from "node:fs";
import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, PASSWORD, ROOT } from "../../../tests/setup/world.ts";
import { auditLog, importSessions, measures, programs } from "../../db/schema.ts";
import type { ImportSessionEdit } from "../../domain/views.ts";
import { createUser } from "../../operations/users/create-user.ts";
import { grantRole } from "../../operations/users/grant-role.ts";

const SEED = readFileSync(new URL("../../../tests/fixtures/seeds/tash-komur-2026.txt", import.meta.url));

const upload = (bytes: Uint8Array, name: string, fields: Record<string, string | number>) => {
  const form = new FormData();
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, String(v));
  return form;
};

type Preview = import("../../domain/views.ts").ImportPreview;
const code = (r: { body: unknown }) => (r.body as { code: string }).code;

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
    expect(preview.status).toBe(201);
    expect(preview.headers.get("etag")).toBe('"1"');
    expect(preview.body.plan.measures).toHaveLength(27);
    expect(preview.body.unmatchedBodies).toContain("Кадастр");
    expect(preview.body.diff).toBeUndefined();
    expect([preview.body.fileName, preview.body.programId, preview.body.saved]).toEqual([
      "tash-komur-2026.txt",
      null,
      null,
    ]);
    expect((await db.select({ n: count() }).from(programs))[0]?.n).toBe(0);
    const sessionId = preview.body.sessionId;
    const url = `/api/v1/imports/${sessionId}`;

    const saved = await planner.post<{ programId: number; version: number }>(`${url}/save`, {});
    expect([saved.status, saved.body.version]).toEqual([201, 1]);
    const again = await planner.post(`${url}/save`, {});
    expect([again.status, code(again)]).toEqual([409, "conflict"]);
    expect((await planner.get<Preview>(url)).body.saved).toEqual({
      programId: saved.body.programId,
      version: 1,
    });

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
    expect(second.status).toBe(201);
    expect(second.body.diff?.removed.map((r) => r.measure.action)).toEqual([removedAction]);
    expect(second.body.diff?.added).toEqual([]);
    const v2 = await planner.post<{ version: number; programId: number }>(
      `/api/v1/imports/${second.body.sessionId}/save`,
      {},
    );
    expect([v2.status, v2.body.version, v2.body.programId]).toEqual([201, 2, saved.body.programId]);
  });

  it("edits cells of a session with If-Match, re-reading them, and saves the edited plan once", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const api = apiFor(db);
    const planner = await api.as("planner-tk");
    const territoryId = world.territories.tashKomur.id;
    const preview = await planner.post<Preview>("/api/v1/imports", upload(SEED, "tk.txt", { territoryId }));
    const url = `/api/v1/imports/${preview.body.sessionId}`;
    const warned = preview.body.warnings.find((w) => w.code === "unclear_split" && w.measure !== null);
    const row = warned?.measure as number;
    expect(typeof row).toBe("number");
    // the session carries the cells' confidences: an unclear split caps its cell at 0.5 (decision 018)
    expect(preview.body.cells).toContainEqual({
      measure: row,
      field: "responsible",
      confidence: 0.5,
      reason: "unclear_split",
      params: {},
    });

    const noIfMatch = await planner.patch(url, { title: "Жаңы аталыш" });
    expect([noIfMatch.status, code(noIfMatch)]).toEqual([400, "invalid_input"]);
    const edited = await planner.patch<ImportSessionEdit>(
      url,
      {
        title: "Жаңы аталыш",
        measures: [
          {
            index: row,
            number: " 99 ",
            deadline: "2026-жылдын III-кварталы",
            responsible: ["Таш-Көмүр шаардык мэриясы", "Кадастр"],
            funding: "РБ, ЖБ",
          },
        ],
      },
      { "if-match": '"1"' },
    );
    expect([edited.status, edited.headers.get("etag"), edited.body.rowVersion]).toEqual([200, '"2"', 2]);
    const m = edited.body.measures[0]?.measure;
    expect([m?.number, m?.deadline, m?.responsible, m?.funding.map((f) => f.code)]).toEqual([
      "99",
      { text: "2026-жылдын III-кварталы", from: "2026-07-01", to: "2026-09-30", repeat: null },
      ["Таш-Көмүр шаардык мэриясы", "Кадастр"],
      ["republican", "local"],
    ]);
    expect(edited.body.warnings.filter((w) => w.code === "unclear_split")).toEqual([]);
    // every edited cell is checked: none of the row's number, deadline, responsible, funding is left
    const editedFields = ["number", "deadline", "responsible", "funding"];
    expect(edited.body.cells.filter((c) => editedFields.includes(c.field))).toEqual([]);
    const stale = await planner.patch(url, { title: "Башка" }, { "if-match": '"1"' });
    expect([stale.status, code(stale)]).toEqual([409, "conflict"]);
    const outside = await planner.patch(url, { measures: [{ index: 999 }] }, { "if-match": '"2"' });
    expect(outside.status).toBe(400);
    const unknownField = await planner.patch(
      url,
      { measures: [{ index: 0, cost: 5 }] },
      { "if-match": '"2"' },
    );
    expect(unknownField.status).toBe(400);

    const got = await planner.get<Preview>(url);
    expect([got.status, got.headers.get("etag"), got.body.plan.title]).toEqual([200, '"2"', "Жаңы аталыш"]);
    expect(got.body.plan.measures[row]?.number).toBe("99");
    expect(got.body.plan.measures).toHaveLength(27);
    expect(got.body.warnings.some((w) => w.measure === row && w.code === "unclear_split")).toBe(false);
    expect(got.body.cells.some((c) => c.measure === row && c.field === "responsible")).toBe(false);
    expect(got.body.cells.length).toBe(
      preview.body.cells.filter((c) => c.measure !== row || !editedFields.includes(c.field)).length,
    );
    const audits = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(
        and(eq(auditLog.entity, "import_session"), eq(auditLog.entityId, String(preview.body.sessionId))),
      );
    expect(audits.map((a) => a.action)).toEqual(["create", "update"]);

    const staleSave = await planner.post(`${url}/save`, {}, { "if-match": '"1"' });
    expect(staleSave.status).toBe(409);
    const saved = await planner.post<{ programId: number }>(
      `${url}/save`,
      { status: "approved" },
      { "if-match": '"2"' },
    );
    expect(saved.status).toBe(201);
    const [program] = await db.select().from(programs).where(eq(programs.id, saved.body.programId));
    expect([program?.title, program?.status]).toEqual(["Жаңы аталыш", "approved"]);
    const numbers = await db
      .select({ n: measures.number })
      .from(measures)
      .where(eq(measures.programId, saved.body.programId));
    expect(numbers.map((r) => r.n)).toContain("99");
    const afterSave = await planner.patch(url, { title: "Кеч" }, { "if-match": '"3"' });
    expect([afterSave.status, code(afterSave)]).toEqual([409, "conflict"]);
  });

  it("lets only the uploader (or an admin) use a session, and forgets expired ones", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const territoryId = world.territories.tashKomur.id;
    const colleague = await createUser(db, ROOT, {
      login: "planner-tk-2",
      displayName: "planner-tk-2",
      password: PASSWORD,
      organizationId: world.organizations.mayorOffice.id,
    });
    await grantRole(db, ROOT, colleague.id, "planner", territoryId);
    const api = apiFor(db);
    const planner = await api.as("planner-tk");
    const preview = await planner.post<Preview>("/api/v1/imports", upload(SEED, "tk.txt", { territoryId }));
    const url = `/api/v1/imports/${preview.body.sessionId}`;
    const other = await api.as("planner-tk-2");
    for (const r of [
      await other.get(url),
      await other.patch(url, { title: "x" }, { "if-match": '"1"' }),
      await other.post(`${url}/save`, {}),
    ])
      expect([r.status, code(r)]).toEqual([403, "forbidden"]);
    expect((await (await api.as("planner-ca")).get(url)).status).toBe(403);
    expect((await api.anonymous().get(url)).status).toBe(401);
    expect((await (await api.as("admin")).get(url)).status).toBe(200);
    expect((await planner.get("/api/v1/imports/999999")).status).toBe(404);

    await db
      .update(importSessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(importSessions.id, preview.body.sessionId));
    const expired = await planner.post(`${url}/save`, {});
    expect([expired.status, code(expired)]).toEqual([404, "not_found"]);
    // the next upload drops expired sessions
    await planner.post("/api/v1/imports", upload(SEED, "tk.txt", { territoryId }));
    const left = await db.select({ id: importSessions.id }).from(importSessions);
    expect(left.map((r) => r.id)).not.toContain(preview.body.sessionId);
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
    // a photo is read by OCR now; this one is cut after its header, so it is a damaged file
    const image = await planner.post("/api/v1/imports", upload(png, "photo.png", { territoryId }));
    expect([image.status, (image.body as { code: string }).code]).toEqual([422, "corrupt_file"]);
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
    expect((await planner.post("/api/v1/imports/1/save", { plan: { format: "plan/v1" } })).status).toBe(400);
  });
});
