import { and, eq, isNull, like } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import {
  measures,
  programs,
  socioIndicatorBaselines,
  socioIndicatorMeasures,
  socioIndicatorTargets,
  socioIndicatorValues,
  territories,
  users,
} from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { expectedInYear, shareOfWay, trackStatus } from "../../domain/socio-indicators-trajectory.ts";
import type { TerritoryIndicator, TerritoryIndicators } from "../../domain/views/socio-indicators.ts";
import type { Territory } from "../territories/find-territory.ts";
import { ensureCatalogue, indicatorView, type StoredIndicator } from "./catalogue.ts";
import { figuresInPeriod, loadSubtree, loadValueIndex, periodsOf } from "./subtree-figures.ts";
import { figuresVersion, readableTerritory } from "./territory-access.ts";

/** No view spans more years than this (a typo of 2206 must not make 180 rows). */
const MOST_YEARS = 15;

/**
 * A territory's indicators: baseline, targets, actuals with who and from where, and year by year
 * the trajectory, the own figure, the figure made from the territories below (with its formula)
 * and whether it is on track. Years: from the earliest to the latest with any figure, and `year`
 * (today's). Who: program.read over the territory.
 */
export async function getTerritoryIndicators(
  db: Db,
  actor: Actor,
  input: { code: string; year: number },
): Promise<TerritoryIndicators> {
  const territory = await readableTerritory(db, actor, input.code);
  const catalogue = await ensureCatalogue(db);
  const [subtree, index, own, linked, version] = await Promise.all([
    loadSubtree(db, territory.path),
    loadValueIndex(db, territory.path),
    loadOwnFigures(db, territory.id),
    loadLinkedMeasures(db, territory.path),
    figuresVersion(db, territory.id),
  ]);
  const years = yearsShown(input.year, [
    ...periodsOf(index).map((p) => p.year),
    ...own.baselines.map((b) => b.year),
    ...own.targets.map((t) => t.year),
  ]);
  const indicators = catalogue.map((indicator): TerritoryIndicator => {
    const baselineRow = own.baselines.find((b) => b.indicatorId === indicator.id);
    const baseline = baselineRow
      ? { year: baselineRow.year, value: baselineRow.value, programId: baselineRow.programId }
      : null;
    const targets = own.targets
      .filter((t) => t.indicatorId === indicator.id)
      .map(({ year, value }) => ({ year, value }));
    const figure = (year: number, quarter: number) =>
      figuresInPeriod(subtree, indicator, catalogue, index, year, quarter).get(territory.id);
    return {
      ...indicatorView(indicator),
      baseline,
      targets,
      actuals: own.actuals
        .filter((a) => a.indicatorId === indicator.id)
        .map(({ indicatorId: _, enteredAt, ...a }) => ({ ...a, enteredAt: enteredAt.toISOString() })),
      years: years.map((year) => {
        const f = figure(year, 0);
        const expected = expectedInYear(baseline, targets, year);
        const shown = f?.figure ?? null;
        const target = targets.find((t) => t.year === year)?.value ?? null;
        return {
          year,
          target,
          expected,
          actual: f?.own ?? null,
          fromChildren: f?.fromChildren ?? {
            value: null,
            formula: { rule: indicator.rollup, counted: [], leftOut: [] },
          },
          figure: shown,
          status: trackStatus(indicator.direction, shown, expected),
          shareOfWay: shareOfWay(baseline?.value ?? null, shown, target),
        };
      }),
      quarters: quarterFigures(indicator, index, years, (y, q) => figure(y, q)),
      measures: linked.filter((m) => m.indicatorId === indicator.id).map(({ indicatorId: _, ...m }) => m),
    };
  });
  return {
    territory: { code: territory.code, nameKy: territory.nameKy, nameRu: territory.nameRu },
    version,
    canEdit: allows(actor, "program.manage", territory.path),
    years,
    indicators,
  };
}

/** The years from the earliest to the latest given, always with `current`, at most MOST_YEARS back from the latest. */
function yearsShown(current: number, years: number[]): number[] {
  const last = Math.max(current, ...years);
  const first = Math.max(Math.min(current, ...years), last - MOST_YEARS + 1);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The quarters of a quarterly indicator that have a value anywhere in the subtree. */
function quarterFigures(
  indicator: StoredIndicator,
  index: Awaited<ReturnType<typeof loadValueIndex>>,
  years: number[],
  figure: (year: number, quarter: number) => ReturnType<ReturnType<typeof figuresInPeriod>["get"]>,
): TerritoryIndicator["quarters"] {
  if (indicator.periodicity !== "quarter") return [];
  return periodsOf(index)
    .filter((p) => p.indicatorId === indicator.id && p.quarter > 0 && years.includes(p.year))
    .sort((a, b) => a.year - b.year || a.quarter - b.quarter)
    .flatMap(({ year, quarter }) => {
      const f = figure(year, quarter);
      return f ? [{ year, quarter, actual: f.own, fromChildren: f.fromChildren }] : [];
    });
}

/** The territory's own baselines, targets and actuals (with the name of who entered each). */
async function loadOwnFigures(db: Db, territoryId: number) {
  const v = socioIndicatorValues;
  const [baselines, targets, actuals] = await Promise.all([
    db.select().from(socioIndicatorBaselines).where(eq(socioIndicatorBaselines.territoryId, territoryId)),
    db
      .select()
      .from(socioIndicatorTargets)
      .where(eq(socioIndicatorTargets.territoryId, territoryId))
      .orderBy(socioIndicatorTargets.year),
    db
      .select({
        indicatorId: v.indicatorId,
        year: v.year,
        quarter: v.quarter,
        value: v.value,
        source: v.source,
        enteredBy: users.displayName,
        enteredAt: v.enteredAt,
      })
      .from(v)
      .leftJoin(users, eq(users.id, v.enteredBy))
      .where(eq(v.territoryId, territoryId))
      .orderBy(v.year, v.quarter),
  ]);
  return { baselines, targets, actuals };
}

/** Current measures of the subtree's programs linked to an indicator. */
async function loadLinkedMeasures(db: Db, path: Territory["path"]) {
  const rows = await db
    .select({
      indicatorId: socioIndicatorMeasures.indicatorId,
      id: measures.id,
      programId: measures.programId,
      number: measures.number,
      action: measures.action,
    })
    .from(socioIndicatorMeasures)
    .innerJoin(measures, eq(measures.id, socioIndicatorMeasures.measureId))
    .innerJoin(programs, eq(programs.id, measures.programId))
    .innerJoin(territories, eq(territories.id, programs.territoryId))
    .where(and(like(territories.path, `${path}%`), isNull(measures.removedInVersion)))
    .orderBy(measures.programId, measures.position);
  return rows;
}
