import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { socioIndicatorBaselines, socioIndicatorTargets } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { expectedInYear, trackStatus } from "../../domain/socio-indicators-trajectory.ts";
import type { IndicatorRanking } from "../../domain/views/socio-indicators.ts";
import { ensureCatalogue, indicatorView } from "./catalogue.ts";
import { indicatorOf } from "./resolve-changes.ts";
import { figuresInPeriod, loadSubtree, loadValueIndex } from "./subtree-figures.ts";
import { readableTerritory } from "./territory-access.ts";

/**
 * A territory's children ranked on one indicator in a year (quarter 0) or quarter: each child's
 * figure (its own, else made from its own children), best first by the indicator's direction,
 * those without a figure last and unranked; equal figures share a rank. Each child's trajectory
 * (yearly only) says whether it is on track. Who: program.read over the territory.
 */
export async function rankChildTerritories(
  db: Db,
  actor: Actor,
  input: { code: string; indicator: string; year: number; quarter: number },
): Promise<IndicatorRanking> {
  const territory = await readableTerritory(db, actor, input.code);
  const catalogue = await ensureCatalogue(db);
  const indicator = indicatorOf(catalogue, input.indicator);
  const [subtree, index] = await Promise.all([
    loadSubtree(db, territory.path),
    loadValueIndex(db, territory.path, [
      indicator.id,
      ...catalogue.filter((i) => i.code === "population").map((i) => i.id),
    ]),
  ]);
  const figures = figuresInPeriod(subtree, indicator, catalogue, index, input.year, input.quarter);
  const children = subtree.filter((t) => t.parentId === territory.id);
  const trajectories = await loadTrajectories(
    db,
    indicator.id,
    children.map((c) => c.id),
  );
  const better = (a: number, b: number) => (indicator.direction === "higher" ? b - a : a - b);
  const lines = children.map((c) => {
    const f = figures.get(c.id);
    const value = f?.figure ?? null;
    const t = trajectories.get(c.id);
    const expected = input.quarter === 0 && t ? expectedInYear(t.baseline, t.targets, input.year) : null;
    return {
      code: c.code,
      nameKy: c.nameKy,
      nameRu: c.nameRu,
      value,
      computed: f?.own === null && value !== null,
      expected,
      status: trackStatus(indicator.direction, value, expected),
    };
  });
  const ranked = lines
    .filter((l) => l.value !== null)
    .sort((a, b) => better(a.value as number, b.value as number) || a.code.localeCompare(b.code));
  const rankOf = (value: number) => 1 + ranked.filter((l) => better(l.value as number, value) < 0).length;
  const root = figures.get(territory.id);
  return {
    territory: { code: territory.code, nameKy: territory.nameKy, nameRu: territory.nameRu },
    indicator: indicatorView(indicator),
    year: input.year,
    quarter: input.quarter,
    own: root?.own ?? null,
    fromChildren: root?.fromChildren ?? {
      value: null,
      formula: { rule: indicator.rollup, counted: [], leftOut: [] },
    },
    children: [
      ...ranked.map((l) => ({ ...l, rank: rankOf(l.value as number) })),
      ...lines.filter((l) => l.value === null).map((l) => ({ ...l, rank: null })),
    ],
  };
}

/** Each child's baseline and targets of the indicator. */
async function loadTrajectories(db: Db, indicatorId: number, territoryIds: number[]) {
  const out = new Map<
    number,
    { baseline: { year: number; value: number } | null; targets: { year: number; value: number }[] }
  >();
  if (territoryIds.length === 0) return out;
  const [baselines, targets] = await Promise.all([
    db
      .select()
      .from(socioIndicatorBaselines)
      .where(
        and(
          eq(socioIndicatorBaselines.indicatorId, indicatorId),
          inArray(socioIndicatorBaselines.territoryId, territoryIds),
        ),
      ),
    db
      .select()
      .from(socioIndicatorTargets)
      .where(
        and(
          eq(socioIndicatorTargets.indicatorId, indicatorId),
          inArray(socioIndicatorTargets.territoryId, territoryIds),
        ),
      ),
  ]);
  for (const id of territoryIds) {
    const b = baselines.find((r) => r.territoryId === id);
    out.set(id, {
      baseline: b ? { year: b.year, value: b.value } : null,
      targets: targets.filter((r) => r.territoryId === id).map((r) => ({ year: r.year, value: r.value })),
    });
  }
  return out;
}
