/**
 * How a parent territory's indicator figure is made from its children's (docs/progress-rules.md,
 * "Socio-economic indicators"): a sum; a mean weighted by each child's population of the same
 * period (a child without a population figure is left out and counted as such); or nothing (the
 * parent has only its own figure). Every figure comes with its formula, as the roll-up's do.
 */
import type { IndicatorRollup } from "./socio-indicators.ts";

/** One child's figure and its population of the same period (null: none known). */
export interface ChildFigure {
  code: string;
  value: number | null;
  population: number | null;
}

/** Why a child was not counted. */
export type LeftOutReason = "no_figure" | "no_population";

/** How a parent's figure was made: the rule, the children counted and those left out. */
export interface IndicatorFormula {
  rule: IndicatorRollup;
  counted: string[];
  leftOut: { code: string; reason: LeftOutReason }[];
}

/** A figure made from the children, with its formula; value null when nothing could be counted. */
export interface RolledUpFigure {
  value: number | null;
  formula: IndicatorFormula;
}

/** Two decimals, as the store keeps figures, free of float dust. */
export const twoDecimals = (n: number) => Math.round(n * 100) / 100;

/** The parent's figure by the rule, from its children's figures. */
export function rollUpChildren(rule: IndicatorRollup, children: ChildFigure[]): RolledUpFigure {
  if (rule === "none") return { value: null, formula: { rule, counted: [], leftOut: [] } };
  const leftOut: IndicatorFormula["leftOut"] = [];
  const counted: ChildFigure[] = [];
  for (const child of children) {
    if (child.value === null) leftOut.push({ code: child.code, reason: "no_figure" });
    else if (rule === "population_mean" && !(child.population !== null && child.population > 0))
      leftOut.push({ code: child.code, reason: "no_population" });
    else counted.push(child);
  }
  const formula = { rule, counted: counted.map((c) => c.code), leftOut };
  if (counted.length === 0) return { value: null, formula };
  if (rule === "sum") return { value: twoDecimals(sumOf(counted.map((c) => c.value as number))), formula };
  const weights = sumOf(counted.map((c) => c.population as number));
  const weighted = sumOf(counted.map((c) => (c.value as number) * (c.population as number)));
  return { value: twoDecimals(weighted / weights), formula };
}

const sumOf = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

/** A territory of a subtree: its id, code and parent. */
export interface TreeTerritory {
  id: number;
  code: string;
  parentId: number | null;
}

/** A territory's figure: its own (entered), the one made from its children, and the one shown. */
export interface TreeFigure {
  own: number | null;
  fromChildren: RolledUpFigure;
  /** the own figure when entered, else the one made from the children */
  figure: number | null;
}

/**
 * Every territory's figure in a subtree, bottom-up: a child without its own figure brings the one
 * made from its own children. `population` gives each territory's population figure (made the
 * same way by the caller, with the rule "sum"); only the population-weighted mean reads it.
 */
export function figuresOfTree(
  territories: TreeTerritory[],
  rule: IndicatorRollup,
  own: ReadonlyMap<number, number>,
  population: ReadonlyMap<number, number | null> = new Map(),
): Map<number, TreeFigure> {
  const children = new Map<number, TreeTerritory[]>();
  for (const t of territories)
    if (t.parentId !== null) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t]);
  const done = new Map<number, TreeFigure>();
  const visit = (t: TreeTerritory): TreeFigure => {
    const known = done.get(t.id);
    if (known) return known;
    const inputs = (children.get(t.id) ?? []).map((c) => ({
      code: c.code,
      value: visit(c).figure,
      population: population.get(c.id) ?? null,
    }));
    const fromChildren = rollUpChildren(rule, inputs);
    const mine = own.get(t.id) ?? null;
    const result = { own: mine, fromChildren, figure: mine ?? fromChildren.value };
    done.set(t.id, result);
    return result;
  };
  for (const t of territories) visit(t);
  return done;
}
