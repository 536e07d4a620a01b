import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { freshDatabase, testEngines } from "../../tests/setup/test-db.ts";
import { measureFunding, measures, programs, territories } from "./schema.ts";

describe.each(testEngines())("database on %s", (engine) => {
  it("returns counts and sums as numbers on both engines", async () => {
    const { db } = await freshDatabase(engine);
    const [t] = await db
      .insert(territories)
      .values({
        code: "417",
        level: "republic",
        nameKy: "Кыргыз Республикасы",
        nameRu: "Кыргызская Республика",
        path: "/1/",
      })
      .returning();
    const [p] = await db
      .insert(programs)
      .values({
        territoryId: t?.id as number,
        title: "Программа",
        periodFrom: 2026,
        periodTo: 2026,
        language: "ky",
      })
      .returning();
    const [m] = await db
      .insert(measures)
      .values({
        programId: p?.id as number,
        position: 1,
        task: "",
        action: "A",
        deadlineText: "",
        result: "",
        addedInVersion: 1,
        costAmount: 1250500.5,
      })
      .returning();
    await db.insert(measureFunding).values([
      { measureId: m?.id as number, code: "local", text: "ЖБ", planned: 1000.25 },
      { measureId: m?.id as number, code: "republican", text: "РБ", planned: 2000.5 },
    ]);
    expect(m?.costAmount).toBe(1250500.5);
    const result = await db.execute(sql`select count(*) as n, sum(planned) as total from measure_funding`);
    const row = (result as unknown as { rows: { n: unknown; total: unknown }[] }).rows[0];
    expect(row).toEqual({ n: 2, total: 3000.75 });
  });
});
