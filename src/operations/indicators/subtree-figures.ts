import { and, eq, inArray, isNull, like } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { socioIndicatorValues, territories } from "../../db/schema.ts";
import { POPULATION } from "../../domain/socio-indicators.ts";
import { figuresOfTree, type TreeFigure, type TreeTerritory } from "../../domain/socio-indicators-rollup.ts";
import type { StoredIndicator } from "./catalogue.ts";

/** A territory of the subtree with its names. */
export type SubtreeTerritory = TreeTerritory & { nameKy: string; nameRu: string };

/**
 * The territory and everything below it, without merged or renamed territories (their figures
 * stay with their history; the successor carries the current ones).
 */
export async function loadSubtree(db: Db, path: string): Promise<SubtreeTerritory[]> {
  return db
    .select({
      id: territories.id,
      code: territories.code,
      parentId: territories.parentId,
      nameKy: territories.nameKy,
      nameRu: territories.nameRu,
    })
    .from(territories)
    .where(and(like(territories.path, `${path}%`), isNull(territories.successorId)))
    .orderBy(territories.code);
}

/** Actual values of the subtree, keyed "indicator:year:quarter" → territory → value. */
export type ValueIndex = Map<string, Map<number, number>>;

const keyOf = (indicatorId: number, year: number, quarter: number) => `${indicatorId}:${year}:${quarter}`;

/** Every actual value of the subtree's territories (optionally of some indicators only). */
export async function loadValueIndex(db: Db, path: string, indicatorIds?: number[]): Promise<ValueIndex> {
  const v = socioIndicatorValues;
  const rows = await db
    .select({
      territoryId: v.territoryId,
      indicatorId: v.indicatorId,
      year: v.year,
      quarter: v.quarter,
      value: v.value,
    })
    .from(v)
    .innerJoin(territories, eq(territories.id, v.territoryId))
    .where(
      and(
        like(territories.path, `${path}%`),
        indicatorIds ? inArray(v.indicatorId, indicatorIds) : undefined,
      ),
    );
  const index: ValueIndex = new Map();
  for (const r of rows) {
    const key = keyOf(r.indicatorId, r.year, r.quarter);
    const values = index.get(key) ?? new Map<number, number>();
    values.set(r.territoryId, r.value);
    index.set(key, values);
  }
  return index;
}

/** The years and quarters the index has values for, per indicator id. */
export function periodsOf(index: ValueIndex): { indicatorId: number; year: number; quarter: number }[] {
  return [...index.keys()].map((k) => {
    const [indicatorId, year, quarter] = k.split(":").map(Number) as [number, number, number];
    return { indicatorId, year, quarter };
  });
}

/**
 * Every subtree territory's figure of an indicator in a year (quarter 0) or quarter, by the
 * indicator's rule; population-weighted means weigh each child by its population figure of the
 * same period (a quarter without one: the year's).
 */
export function figuresInPeriod(
  subtree: SubtreeTerritory[],
  indicator: StoredIndicator,
  catalogue: StoredIndicator[],
  index: ValueIndex,
  year: number,
  quarter: number,
): Map<number, TreeFigure> {
  const own = index.get(keyOf(indicator.id, year, quarter)) ?? new Map<number, number>();
  if (indicator.rollup !== "population_mean") return figuresOfTree(subtree, indicator.rollup, own);
  const populationId = catalogue.find((i) => i.code === POPULATION)?.id ?? -1;
  const ownPopulation = new Map([
    ...(index.get(keyOf(populationId, year, 0)) ?? []),
    ...(quarter === 0 ? [] : (index.get(keyOf(populationId, year, quarter)) ?? [])),
  ]);
  const population = new Map(
    [...figuresOfTree(subtree, "sum", ownPopulation)].map(([id, f]) => [id, f.figure]),
  );
  return figuresOfTree(subtree, indicator.rollup, own, population);
}
