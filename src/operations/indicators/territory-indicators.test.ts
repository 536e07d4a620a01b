/**
 * A territory's indicators on both engines, numbers worked out by hand. Osh oblast has three
 * districts in 2025:
 *   Chong-Alai (CA): population 30 000, poverty 20 %, tourists 1 000 (Q1 400), self-sufficiency 40 %
 *   Alai (D2):       population 70 000, poverty 10 %, tourists   500
 *   Kara-Kulja (D3): no population,      poverty 50 %
 * Osh from its children: population 30 000 + 70 000 = 100 000 (D3 left out: no figure);
 * poverty (20 × 30 000 + 10 × 70 000) / 100 000 = 13 (D3 left out: no population);
 * tourists 1 000 + 500 = 1 500; self-sufficiency is not rolled up (none).
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actorOf } from "../../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import { auditLog, socioIndicators, socioIndicatorValues } from "../../db/schema.ts";
import { isAppError } from "../../domain/errors.ts";
import { createTerritory } from "../territories/create-territory.ts";
import { listIndicators } from "./catalogue.ts";
import { getTerritoryIndicators } from "./get-territory-indicators.ts";
import { rankChildTerritories } from "./rank-child-territories.ts";
import { setTerritoryIndicators } from "./set-territory-indicators.ts";

const actual = (indicator: string, value: number | null, quarter = 0) => ({
  indicator,
  year: 2025,
  quarter,
  value,
  source: "Статистика",
});

async function osh(db: Db) {
  const world = await createWorld(db);
  const { osh: oblast, chongAlai } = world.territories;
  const district = (code: string, name: string) =>
    createTerritory(db, ROOT, { code, parentId: oblast.id, level: "district", nameKy: name, nameRu: name });
  const alai = await district("D2", "Алай району");
  const karaKulja = await district("D3", "Кара-Кулжа району");
  const set = async (code: string, actuals: ReturnType<typeof actual>[]) => {
    const current = await getTerritoryIndicators(db, ROOT, { code, year: 2025 });
    await setTerritoryIndicators(db, ROOT, {
      code,
      figures: { actuals },
      ifMatch: current.version,
      year: 2025,
    });
  };
  await set(chongAlai.code, [
    actual("population", 30_000),
    actual("poverty_rate", 20),
    actual("tourists", 1_000),
    actual("tourists", 400, 1),
    actual("budget_self_sufficiency", 40),
  ]);
  await set("D2", [actual("population", 70_000), actual("poverty_rate", 10), actual("tourists", 500)]);
  await set("D3", [actual("poverty_rate", 50)]);
  return { world, oblast, chongAlai, alai, karaKulja };
}

const yearOf = (view: Awaited<ReturnType<typeof getTerritoryIndicators>>, code: string, year: number) =>
  view.indicators.find((i) => i.code === code)?.years.find((y) => y.year === year);

describe.each(testEngines())("socio-economic indicators on %s", (engine) => {
  it("seeds the catalogue on first use, once", async () => {
    const { db } = await freshDatabase(engine);
    const first = await listIndicators(db);
    expect(first.items.map((i) => i.code)).toContain("poverty_rate");
    expect(first.items.find((i) => i.code === "poverty_rate")).toMatchObject({
      nameKy: "Жакырчылыктын деңгээли",
      nameRu: "Уровень бедности",
      direction: "lower",
      rollup: "population_mean",
    });
    await listIndicators(db);
    const seeds = await db.select().from(auditLog).where(eq(auditLog.entity, "indicator_catalogue"));
    expect(seeds).toHaveLength(1);
  });

  it("rolls the districts up to the oblast: a sum, a population-weighted mean, and none", async () => {
    const { db } = await freshDatabase(engine);
    const { oblast } = await osh(db);
    const view = await getTerritoryIndicators(db, ROOT, { code: oblast.code, year: 2025 });
    expect(yearOf(view, "population", 2025)?.fromChildren).toEqual({
      value: 100_000,
      formula: {
        rule: "sum",
        counted: ["41706259000000", "D2"],
        leftOut: [{ code: "D3", reason: "no_figure" }],
      },
    });
    expect(yearOf(view, "poverty_rate", 2025)?.fromChildren).toEqual({
      value: 13,
      formula: {
        rule: "population_mean",
        counted: ["41706259000000", "D2"],
        leftOut: [{ code: "D3", reason: "no_population" }],
      },
    });
    expect(yearOf(view, "tourists", 2025)?.fromChildren.value).toBe(1_500);
    expect(yearOf(view, "budget_self_sufficiency", 2025)?.fromChildren).toEqual({
      value: null,
      formula: { rule: "none", counted: [], leftOut: [] },
    });
    // the oblast has no own figure: the figure shown is the one from its children
    expect(yearOf(view, "poverty_rate", 2025)).toMatchObject({ actual: null, figure: 13 });
    // the republic reads the same through Osh (Jalal-Abad has nothing)
    const republic = await getTerritoryIndicators(db, ROOT, { code: "41700000000000", year: 2025 });
    expect(yearOf(republic, "poverty_rate", 2025)?.fromChildren.value).toBe(13);
    const q1 = view.indicators.find((i) => i.code === "tourists")?.quarters;
    expect(q1).toEqual([
      {
        year: 2025,
        quarter: 1,
        actual: null,
        fromChildren: {
          value: 400,
          formula: {
            rule: "sum",
            counted: ["41706259000000"],
            leftOut: [
              { code: "D2", reason: "no_figure" },
              { code: "D3", reason: "no_figure" },
            ],
          },
        },
      },
    ]);
  });

  it("ranks the districts best first by the indicator's direction", async () => {
    const { db } = await freshDatabase(engine);
    const { oblast } = await osh(db);
    const poverty = await rankChildTerritories(db, ROOT, {
      code: oblast.code,
      indicator: "poverty_rate",
      year: 2025,
      quarter: 0,
    });
    expect(poverty.children.map((c) => [c.code, c.value, c.rank])).toEqual([
      ["D2", 10, 1],
      ["41706259000000", 20, 2],
      ["D3", 50, 3],
    ]);
    expect(poverty.fromChildren.value).toBe(13);
    const tourists = await rankChildTerritories(db, ROOT, {
      code: oblast.code,
      indicator: "tourists",
      year: 2025,
      quarter: 0,
    });
    expect(tourists.children.map((c) => [c.code, c.value, c.rank])).toEqual([
      ["41706259000000", 1_000, 1],
      ["D2", 500, 2],
      ["D3", null, null],
    ]);
  });

  it("a planner sets baseline, targets and actuals with If-Match; the trajectory says whether it is on track", async () => {
    const { db } = await freshDatabase(engine);
    const { chongAlai } = await osh(db);
    const planner = await actorOf(db, "planner-ca");
    const before = await getTerritoryIndicators(db, planner, { code: chongAlai.code, year: 2025 });
    expect(before.canEdit).toBe(true);
    const after = await setTerritoryIndicators(db, planner, {
      code: chongAlai.code,
      ifMatch: before.version,
      year: 2025,
      figures: {
        baselines: [{ indicator: "poverty_rate", year: 2024, value: 22 }],
        targets: [{ indicator: "poverty_rate", year: 2026, value: 18 }],
        actuals: [{ ...actual("poverty_rate", 19.5), source: "Ош облустук статистика" }],
      },
    });
    expect(after.version).toBe(before.version + 1);
    // 2025 lies halfway from 22 (2024) to 18 (2026): expected 20; 19.5 ≤ 20 → on track (lower is better)
    expect(yearOf(after, "poverty_rate", 2025)).toMatchObject({
      expected: 20,
      actual: 19.5,
      status: "on_track",
    });
    expect(yearOf(after, "poverty_rate", 2026)).toMatchObject({
      target: 18,
      expected: 18,
      status: "no_actual",
    });
    const entry = after.indicators.find((i) => i.code === "poverty_rate")?.actuals[0];
    expect(entry).toMatchObject({ value: 19.5, source: "Ош облустук статистика", enteredBy: "planner-ca" });
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "territory_indicators"), eq(auditLog.entityId, String(chongAlai.id))));
    expect(audits.at(-1)?.actor).toContain("planner-ca");

    // the same figures again change nothing: no audit row, same version
    const again = await setTerritoryIndicators(db, planner, {
      code: chongAlai.code,
      ifMatch: after.version,
      year: 2025,
      figures: { targets: [{ indicator: "poverty_rate", year: 2026, value: 18 }] },
    });
    expect(again.version).toBe(after.version);

    // a stale If-Match is a conflict and nothing changes
    const stale = await setTerritoryIndicators(db, planner, {
      code: chongAlai.code,
      ifMatch: before.version,
      year: 2025,
      figures: { actuals: [actual("poverty_rate", 99)] },
    }).catch((e: unknown) => e);
    expect(isAppError(stale, "conflict")).toBe(true);
    const [kept] = await db
      .select({ value: socioIndicatorValues.value })
      .from(socioIndicatorValues)
      .innerJoin(socioIndicators, eq(socioIndicators.id, socioIndicatorValues.indicatorId))
      .where(
        and(eq(socioIndicatorValues.territoryId, chongAlai.id), eq(socioIndicators.code, "poverty_rate")),
      );
    expect(kept?.value).toBe(19.5);

    // null removes a figure
    const removed = await setTerritoryIndicators(db, planner, {
      code: chongAlai.code,
      ifMatch: after.version,
      year: 2025,
      figures: { targets: [{ indicator: "poverty_rate", year: 2026, value: null }] },
    });
    expect(removed.indicators.find((i) => i.code === "poverty_rate")?.targets).toEqual([]);
  });

  it("refuses a sibling's or the oblast's figures to a district planner, a quarter of a yearly indicator to anyone", async () => {
    const { db } = await freshDatabase(engine);
    const { oblast } = await osh(db);
    const planner = await actorOf(db, "planner-ca");
    for (const code of ["D2", oblast.code]) {
      const refused = await setTerritoryIndicators(db, planner, {
        code,
        ifMatch: 0,
        year: 2025,
        figures: { actuals: [actual("tourists", 1)] },
      }).catch((e: unknown) => e);
      expect(isAppError(refused, "forbidden"), code).toBe(true);
    }
    const viewer = await actorOf(db, "viewer-tk");
    const read = await getTerritoryIndicators(db, viewer, { code: "D2", year: 2025 }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(read, "forbidden")).toBe(true);
    const current = await getTerritoryIndicators(db, ROOT, { code: "D2", year: 2025 });
    const quarterly = await setTerritoryIndicators(db, ROOT, {
      code: "D2",
      ifMatch: current.version,
      year: 2025,
      figures: { actuals: [actual("poverty_rate", 9, 2)] },
    }).catch((e: unknown) => e);
    expect(isAppError(quarterly, "invalid_input")).toBe(true);
  });
});
