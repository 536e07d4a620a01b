/**
 * Malformed input to write endpoints: broken JSON, JSON that is not an object, wrong types,
 * unknown fields, bodies over 1 MB. Each answers 4xx in the one error shape and changes nothing
 * (every table's row count is the same before and after).
 *
 * Unknown fields: the bodies of measures, programs' PATCH, users, roles, passwords and territories
 * are strict and REJECT them (400), so a misspelt field never looks saved.
 */
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/connect.ts";
import { measures } from "../../src/db/schema.ts";
import { savePlan } from "../../src/operations/programs/save-plan.ts";
import { openPeriod } from "../../src/operations/reporting/open-period.ts";
import { apiFor } from "../setup/api-client.ts";
import { smallPlan } from "../setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../setup/test-db.ts";
import { createWorld, ROOT } from "../setup/world.ts";

/** Rows of every table, by table name. */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  const result = await db.execute<{ name: string }>(
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of (result as unknown as { rows: { name: string }[] }).rows) {
    const n = await db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from "${name}"`));
    counts[name] = Number((n as unknown as { rows: { n: number }[] }).rows[0]?.n);
  }
  return counts;
}

describe.each(testEngines())("malformed input on %s", (engine) => {
  it("answers 400 / 413 in the one error shape and changes nothing", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const tk = world.territories.tashKomur.id;
    const { propertyDept, mayorOffice } = world.organizations;
    const plan = smallPlan({ mayor: mayorOffice.name, property: propertyDept.name });
    const { programId } = await savePlan(db, ROOT, { territoryId: tk, plan, sourceName: "small" });
    await openPeriod(db, ROOT, programId, "2026-Q3");
    const [m] = await db
      .select()
      .from(measures)
      .where(and(eq(measures.programId, programId), eq(measures.position, 1)));
    const mid = (m as { id: number }).id;
    const uid = world.users["viewer-tk"] as number;
    const api = apiFor(db);
    const admin = await api.as("admin");
    const v1 = { "if-match": '"1"' };
    const newUser = {
      login: "aibek",
      displayName: "Айбек",
      password: "password-456",
      organizationId: mayorOffice.id,
    };
    const newTerritory = {
      code: "41703410000999",
      parentId: tk,
      level: "aiyl_aimak",
      nameKy: "Айыл",
      nameRu: "Село",
    };
    // each endpoint: method, path, headers, a body of wrong types, and (strict ones) one with an unknown field
    const endpoints: [string, string, Record<string, string>, unknown, unknown][] = [
      ["POST", "/api/v1/programs", {}, { territoryId: "tk", plan: [] }, null],
      ["PATCH", `/api/v1/programs/${programId}`, v1, { published: "yes" }, { title: "T", colour: "red" }],
      ["PATCH", `/api/v1/measures/${mid}`, v1, { result: 5 }, { result: "ok", colour: "red" }],
      [
        "PUT",
        `/api/v1/measures/${mid}/reports/2026-Q3`,
        {},
        { status: "in_progress", percent: "ten", organizationId: propertyDept.id },
        null,
      ],
      ["POST", "/api/v1/reports/batch", {}, { ids: "1", action: "submit" }, null],
      ["POST", "/api/v1/organizations", {}, { territoryId: tk, name: 42 }, null],
      [
        "POST",
        "/api/v1/territories",
        {},
        { ...newTerritory, parentId: "tk" },
        { ...newTerritory, path: "/" },
      ],
      ["POST", "/api/v1/users", {}, { ...newUser, organizationId: "mayor" }, { ...newUser, isAdmin: true }],
      ["PATCH", `/api/v1/users/${uid}`, v1, { active: "no" }, { displayName: "X", passwordHash: "x" }],
      [
        "POST",
        `/api/v1/users/${uid}/roles`,
        {},
        { role: "root", territoryId: tk },
        { role: "viewer", territoryId: tk, everywhere: true },
      ],
      [
        "POST",
        `/api/v1/users/${uid}/password`,
        {},
        { password: 12345678 },
        { password: "password-456", old: "x" },
      ],
    ];
    const oversize = JSON.stringify({ title: "x".repeat(1024 * 1024 + 10) });
    const before = await rowCounts(db);
    const got: string[] = [];
    const want: string[] = [];
    for (const [method, path, headers, wrongTypes, unknownField] of endpoints) {
      const bodies: [string, unknown, number, string][] = [
        ["broken JSON", '{"title": "x",', 400, "invalid_input"],
        ["an array", "[]", 400, "invalid_input"],
        ["null", "null", 400, "invalid_input"],
        ["wrong types", wrongTypes, 400, "invalid_input"],
        ["over 1 MB", oversize, 413, "too_large"],
      ];
      if (unknownField !== null) bodies.push(["an unknown field", unknownField, 400, "invalid_input"]);
      for (const [what, body, status, code] of bodies) {
        const call = method === "POST" ? admin.post : method === "PUT" ? admin.put : admin.patch;
        const res = await call<Record<string, unknown>>(path, body, headers);
        const shape = typeof res.body === "object" && res.body !== null ? res.body : { raw: res.body };
        const keys = Object.keys(shape).filter((k) => !["code", "message", "details", "params"].includes(k));
        got.push(
          `${method} ${path} ${what}: ${res.status} ${String(shape.code)} ${typeof shape.message} ${keys}`,
        );
        want.push(`${method} ${path} ${what}: ${status} ${code} string `);
      }
    }
    expect(got).toEqual(want);
    expect(await rowCounts(db)).toEqual(before);
    // a well-formed write afterwards does change the database (the counts above can differ)
    expect((await admin.patch(`/api/v1/measures/${mid}`, { result: "ok" }, v1)).status).toBe(200);
    expect((await rowCounts(db)).audit_log).toBe((before.audit_log ?? 0) + 1);
  }, 60_000);
});
