import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { socioIndicatorBaselines, socioIndicatorTargets, socioIndicatorValues } from "../../db/schema.ts";

/** Figures to set on one territory, by indicator id; a null value removes the figure. */
export interface FigureChanges {
  baselines: { indicatorId: number; year: number; value: number | null; programId: number | null }[];
  targets: { indicatorId: number; year: number; value: number | null }[];
  actuals: { indicatorId: number; year: number; quarter: number; value: number | null; source: string }[];
}

/** One figure changed: what it was and what it is (null: none), for the audit row. */
export interface ChangedFigure {
  kind: "baseline" | "target" | "actual";
  indicatorId: number;
  year: number;
  quarter?: number;
  before: unknown;
  after: unknown;
}

/**
 * Writes the figures of one territory inside the caller's transaction; a figure equal to the
 * stored one (value, and for actuals the source) is left alone. Actuals record who entered them.
 */
export async function applyFigures(
  tx: Db,
  territoryId: number,
  changes: FigureChanges,
  enteredBy: number | null,
  options: { sameValueKeepsSource?: boolean } = {},
): Promise<ChangedFigure[]> {
  const changed: ChangedFigure[] = [];
  for (const b of changes.baselines) {
    const key = and(
      eq(socioIndicatorBaselines.territoryId, territoryId),
      eq(socioIndicatorBaselines.indicatorId, b.indicatorId),
    );
    const [row] = await tx.select().from(socioIndicatorBaselines).where(key);
    const before = row ? { year: row.year, value: row.value, programId: row.programId } : null;
    const after = b.value === null ? null : { year: b.year, value: b.value, programId: b.programId };
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    if (after === null) await tx.delete(socioIndicatorBaselines).where(key);
    else
      await tx
        .insert(socioIndicatorBaselines)
        .values({ territoryId, indicatorId: b.indicatorId, ...after })
        .onConflictDoUpdate({
          target: [socioIndicatorBaselines.territoryId, socioIndicatorBaselines.indicatorId],
          set: after,
        });
    changed.push({ kind: "baseline", indicatorId: b.indicatorId, year: b.year, before, after });
  }
  for (const t of changes.targets) {
    const key = and(
      eq(socioIndicatorTargets.territoryId, territoryId),
      eq(socioIndicatorTargets.indicatorId, t.indicatorId),
      eq(socioIndicatorTargets.year, t.year),
    );
    const [row] = await tx.select().from(socioIndicatorTargets).where(key);
    const before = row?.value ?? null;
    if (before === t.value) continue;
    if (t.value === null) await tx.delete(socioIndicatorTargets).where(key);
    else
      await tx
        .insert(socioIndicatorTargets)
        .values({ territoryId, indicatorId: t.indicatorId, year: t.year, value: t.value })
        .onConflictDoUpdate({
          target: [
            socioIndicatorTargets.territoryId,
            socioIndicatorTargets.indicatorId,
            socioIndicatorTargets.year,
          ],
          set: { value: t.value },
        });
    changed.push({ kind: "target", indicatorId: t.indicatorId, year: t.year, before, after: t.value });
  }
  for (const a of changes.actuals)
    changed.push(
      ...(await applyActual(tx, territoryId, a, enteredBy, options.sameValueKeepsSource === true)),
    );
  return changed;
}

async function applyActual(
  tx: Db,
  territoryId: number,
  a: FigureChanges["actuals"][number],
  enteredBy: number | null,
  sameValueKeepsSource: boolean,
): Promise<ChangedFigure[]> {
  const v = socioIndicatorValues;
  const key = and(
    eq(v.territoryId, territoryId),
    eq(v.indicatorId, a.indicatorId),
    eq(v.year, a.year),
    eq(v.quarter, a.quarter),
  );
  const [row] = await tx.select().from(v).where(key);
  const before = row ? { value: row.value, source: row.source } : null;
  const after = a.value === null ? null : { value: a.value, source: a.source };
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  // a re-imported template repeats the values it was filled with: they keep who entered them
  if (sameValueKeepsSource && before?.value === after?.value) return [];
  if (after === null) await tx.delete(v).where(key);
  else {
    const entry = { ...after, enteredBy, enteredAt: sql`now()` };
    await tx
      .insert(v)
      .values({ territoryId, indicatorId: a.indicatorId, year: a.year, quarter: a.quarter, ...entry })
      .onConflictDoUpdate({ target: [v.territoryId, v.indicatorId, v.year, v.quarter], set: entry });
  }
  return [{ kind: "actual", indicatorId: a.indicatorId, year: a.year, quarter: a.quarter, before, after }];
}
