import { AppError } from "../../domain/errors.ts";
import type { FigureChanges } from "./apply-figures.ts";
import type { StoredIndicator } from "./catalogue.ts";

/** Figures as a planner names them: by indicator code. */
export interface FigureInput {
  baselines?: { indicator: string; year: number; value: number | null; programId?: number | null }[];
  targets?: { indicator: string; year: number; value: number | null }[];
  actuals?: { indicator: string; year: number; quarter: number; value: number | null; source: string }[];
}

/** The largest figure the store keeps (numeric(16, 2)). */
export const LARGEST_FIGURE = 1e14;

/** The stored indicator of a code, or invalid input naming it. */
export function indicatorOf(catalogue: StoredIndicator[], code: string): StoredIndicator {
  const found = catalogue.find((i) => i.code === code);
  if (!found) throw new AppError("invalid_input", `no indicator "${code}" in the catalogue`);
  return found;
}

/** A figure the store can keep, or invalid input saying where. */
export function checkFigure(value: number | null, where: string): void {
  if (value !== null && !(Number.isFinite(value) && Math.abs(value) < LARGEST_FIGURE))
    throw new AppError("invalid_input", `${where}: the value must be a number below ${LARGEST_FIGURE}`);
}

/**
 * The changes by indicator id; a quarter's actual only for an indicator reported each quarter
 * (a yearly one has the whole year only, quarter 0).
 */
export function resolveChanges(catalogue: StoredIndicator[], input: FigureInput): FigureChanges {
  const baselines = (input.baselines ?? []).map((b) => {
    checkFigure(b.value, `baseline of ${b.indicator}`);
    return { ...b, indicatorId: indicatorOf(catalogue, b.indicator).id, programId: b.programId ?? null };
  });
  const targets = (input.targets ?? []).map((t) => {
    checkFigure(t.value, `target of ${t.indicator} for ${t.year}`);
    return { ...t, indicatorId: indicatorOf(catalogue, t.indicator).id };
  });
  const actuals = (input.actuals ?? []).map((a) => {
    const indicator = indicatorOf(catalogue, a.indicator);
    checkFigure(a.value, `value of ${a.indicator} for ${a.year}`);
    if (a.quarter !== 0 && indicator.periodicity === "year")
      throw new AppError("invalid_input", `${a.indicator} is reported for the whole year only (quarter 0)`);
    return { ...a, indicatorId: indicator.id };
  });
  return { baselines, targets, actuals };
}
