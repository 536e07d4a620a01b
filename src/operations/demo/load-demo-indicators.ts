import { asc } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { indicatorDefinition } from "../../domain/socio-indicators.ts";
import { twoDecimals } from "../../domain/socio-indicators-rollup.ts";
import type { FigureInput } from "../indicators/resolve-changes.ts";
import { setTerritoryIndicators } from "../indicators/set-territory-indicators.ts";
import { figuresVersion } from "../indicators/territory-access.ts";

/** Each indicator's demo figure of a territory in a year: its level in 2024 and yearly change. */
const DEMO_RULES: Record<string, (people: number, seed: number) => { start: number; step: number }> = {
  population: (p) => ({ start: p, step: p * 0.015 }),
  registered_unemployed: (p, s) => ({ start: p * (0.015 + s * 0.01), step: -p * 0.001 }),
  new_jobs: (p) => ({ start: p / 250, step: p / 2500 }),
  poverty_rate: (_, s) => ({ start: 15 + s * 20, step: -0.8 }),
  own_revenue: (p) => ({ start: p * 1.1, step: p * 0.09 }),
  budget_self_sufficiency: (_, s) => ({ start: 20 + s * 40, step: 2 }),
  fixed_investment: (p, s) => ({ start: p * (2 + s * 3), step: p * 0.2 }),
  sme_count: (p) => ({ start: p / 45, step: p / 900 }),
  tourists: (p, s) => ({ start: p * (0.1 + s * 0.6), step: p * 0.03 }),
  drinking_water_households: (_, s) => ({ start: 55 + s * 35, step: 2.5 }),
  school_places: (p) => ({ start: p * 0.14, step: p * 0.003 }),
  kindergarten_coverage: (_, s) => ({ start: 18 + s * 30, step: 3 }),
};

/** Stocks are read at a quarter's end; flows are a quarter's share of the year (a summer peak for tourists). */
const STOCKS = new Set(["registered_unemployed"]);
const QUARTER_SHARE = [0.2, 0.25, 0.35, 0.2];

/** A number in [0, 1) from a territory code, the same on every run. */
function seedOf(code: string): number {
  let h = 2166136261;
  for (const ch of code) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return (h % 10_000) / 10_000;
}

/**
 * Indicator figures of the demo for 2024–2026, deterministic (from each territory's code): for
 * every district, city or aiyl aimak in the store, a 2024 baseline and targets 2025–2028; for
 * those without territories below (the figures above them are made by the roll-up rules) yearly
 * actuals of 2024 and 2025 and, in 2026, quarterly ones of the quarters ended before `today`.
 * Written through `setTerritoryIndicators` (audit rows, source "demo"); returns the territories set.
 */
export async function loadDemoIndicators(db: Db, actor: Actor, today: Date): Promise<number> {
  const all = await db.select().from(territories).orderBy(asc(territories.code));
  const parents = new Set(all.map((t) => t.parentId));
  const shown = all.filter((t) => t.successorId === null && !["republic", "oblast"].includes(t.level));
  const year = today.getUTCFullYear();
  // the quarters of 2026 that have ended by today
  const quartersDone = year > 2026 ? 4 : year < 2026 ? 0 : Math.floor(today.getUTCMonth() / 3);
  for (const t of shown) {
    const seed = seedOf(t.code);
    const people = Math.round((t.level === "aiyl_aimak" ? 3_000 : 20_000) * (0.5 + seed * 1.5));
    const figures = demoFigures(people, seed, !parents.has(t.id), quartersDone);
    const version = await figuresVersion(db, t.id);
    await setTerritoryIndicators(db, actor, { code: t.code, figures, ifMatch: version, year: 2026 });
  }
  return shown.length;
}

function demoFigures(people: number, seed: number, leaf: boolean, quartersDone: number): FigureInput {
  const input: Required<FigureInput> = { baselines: [], targets: [], actuals: [] };
  for (const [indicator, rule] of Object.entries(DEMO_RULES)) {
    const { start, step } = rule(people, seed);
    const at = (year: number, pace = 1) => twoDecimals(Math.max(0, start + step * pace * (year - 2024)));
    input.baselines.push({ indicator, year: 2024, value: at(2024) });
    // targets a little ahead of the trend: some territories keep up, some fall behind
    for (const year of [2025, 2026, 2027, 2028])
      input.targets.push({ indicator, year, value: at(year, 1.1 + seed * 0.2) });
    if (!leaf) continue;
    for (const year of [2024, 2025])
      input.actuals.push({ indicator, year, quarter: 0, value: at(year), source: "demo" });
    const quarterly = indicatorDefinition(indicator)?.periodicity === "quarter";
    for (let q = 1; quarterly && q <= quartersDone; q++) {
      const year = at(2026);
      const value = STOCKS.has(indicator) ? year : twoDecimals(year * (QUARTER_SHARE[q - 1] ?? 0.25));
      input.actuals.push({ indicator, year: 2026, quarter: q, value, source: "demo" });
    }
  }
  return input;
}
