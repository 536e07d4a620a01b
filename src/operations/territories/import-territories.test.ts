import { readFileSync } from "node:fs";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { ROOT } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import { auditLog, territories } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { type AppError, isAppError } from "../../domain/errors.ts";
import { importTerritories } from "./import-territories.ts";

const HEADER = "code,parent code,level,ky name,ru name,valid from,valid to,successor code";
const FILE = [
  "# a comment line names the source",
  HEADER,
  "R,,republic,Республика,Республика,,,",
  "A,R,oblast,А облусу,А область,,,",
  "A1,A,district,А1 району,А1 район,,,",
  "A2,A,district,А2 району,А2 район,2020-01-01,,",
].join("\n");

const counts = async (db: Db) => ({
  territories: (await db.select({ n: count() }).from(territories))[0]?.n,
  audit: (await db.select({ n: count() }).from(auditLog))[0]?.n,
});
const failure = (p: Promise<unknown>) => p.then(() => null).catch((e: AppError) => e);

describe.each(testEngines())("territory register import on %s", (engine) => {
  it("adds, then changes nothing on a re-import; a changed name updates with one audit row", async () => {
    const { db } = await freshDatabase(engine);
    const first = await importTerritories(db, ROOT, FILE);
    expect(first).toMatchObject({ rows: 4, created: 4, updated: 0, unchanged: 0 });
    expect(await counts(db)).toEqual({ territories: 4, audit: 4 });
    const [a1] = await db.select().from(territories).where(eq(territories.code, "A1"));
    const [a] = await db.select().from(territories).where(eq(territories.code, "A"));
    expect(a1?.path).toBe(`${a?.path}${a1?.id}/`);

    const again = await importTerritories(db, ROOT, FILE);
    expect(again).toEqual({ rows: 4, created: 0, updated: 0, unchanged: 4, changes: [] });
    expect(await counts(db)).toEqual({ territories: 4, audit: 4 });

    // A1 renamed, then merged into A2 (valid to + successor)
    const changed = `${FILE.replace("А1 району,А1 район,,,", "А1 району (жаңы),А1 район,,2025-12-31,A2")}\n`;
    const result = await importTerritories(db, ROOT, changed);
    expect(result.changes).toEqual([
      { line: 5, code: "A1", action: "update", fields: ["nameKy", "successor", "validTo"] },
    ]);
    expect(await counts(db)).toEqual({ territories: 4, audit: 5 });
    const [merged] = await db.select().from(territories).where(eq(territories.code, "A1"));
    const [a2] = await db.select().from(territories).where(eq(territories.code, "A2"));
    expect(merged).toMatchObject({
      nameKy: "А1 району (жаңы)",
      validTo: "2025-12-31",
      successorId: a2?.id,
      rowVersion: 2,
    });
    expect((await importTerritories(db, ROOT, changed)).updated).toBe(0);
  });

  it("a bad row names its line and what is wrong, and nothing is changed", async () => {
    const { db } = await freshDatabase(engine);
    await importTerritories(db, ROOT, FILE);
    const before = await counts(db);
    const cases: [string, RegExp][] = [
      [`${FILE.replace("А область", "А область (new)")}\nB,R,rayon,Б,Б,,,`, /^line 7: level "rayon"/],
      [`${FILE}\nB,R,oblast,Б,Б,2026-02-30,,`, /^line 7: valid from "2026-02-30" is not a date/],
      [
        `${FILE}\nB1,B,district,Б1,Б1,,,`,
        /^line 7: parent code B is neither in the file nor in the register/,
      ],
      [`${FILE}\nA1,A,district,x,x,,,`, /^line 7: code A1 is already on line 5/],
      [`${FILE}\nB,R,oblast,Б,,,,`, /^line 7: the ru name is empty/],
      [`${FILE}\nB,R,oblast,Б,Б,,2020-01-01,NOPE`, /^line 7: successor code NOPE is neither/],
      [`${FILE}\nB,R,oblast,Б,Б,,,,`, /^line 7: 9 columns, expected 8/],
      ["code,parent,level\nR,,republic", /^line 1: the header must be/],
    ];
    for (const [text, message] of cases) {
      const error = await failure(importTerritories(db, ROOT, text));
      expect(isAppError(error, "invalid_input"), String(error)).toBe(true);
      expect(error?.message).toMatch(message);
      expect(await counts(db)).toEqual(before);
    }
    const [a] = await db.select().from(territories).where(eq(territories.code, "A"));
    expect(a?.nameRu).toBe("А область");
  });

  it("needs the admin role over the parent of each territory it adds or changes", async () => {
    const { db } = await freshDatabase(engine);
    await importTerritories(db, ROOT, FILE);
    const [a] = await db.select().from(territories).where(eq(territories.code, "A"));
    const adminOfA: Actor = {
      userId: 7,
      label: "user:7",
      organizationId: null,
      grants: [{ role: "admin", territoryId: a?.id as number, territoryPath: a?.path as string }],
    };
    const added = await importTerritories(db, adminOfA, `${FILE}\nA3,A,district,А3,А3,,,`);
    expect(added.created).toBe(1);
    const refused = await failure(importTerritories(db, adminOfA, `${FILE}\nB,R,oblast,Б,Б,,,`));
    expect(isAppError(refused, "forbidden")).toBe(true);
    expect(refused?.message).toMatch(/^line 7: adding territory B needs the admin role over its parent/);
    // the file's unchanged rows above A need no role
    expect((await importTerritories(db, adminOfA, FILE)).created).toBe(0);
  });

  it("loads the register shipped in registers/ (every code official) and re-loads it unchanged", async () => {
    const { db } = await freshDatabase(engine);
    const text = readFileSync(new URL("../../../registers/territories-kg.csv", import.meta.url), "utf8");
    const result = await importTerritories(db, ROOT, text);
    expect(result).toMatchObject({ rows: 54, created: 54 });
    const rows = await db.select().from(territories);
    expect(rows.filter((t) => t.level === "oblast")).toHaveLength(7);
    expect(rows.filter((t) => t.level === "district")).toHaveLength(40);
    expect(rows.every((t) => /^417\d{11}$/.test(t.code))).toBe(true);
    expect((await importTerritories(db, ROOT, text)).unchanged).toBe(54);
  });
});
