/**
 * Writing a plan/v1 measure into its rows: the measure's own columns, its bodies (the first the
 * lead, the rest co-executors), its funding and its indicators. Shared by saving a plan and by
 * editing one measure.
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { indicators, measureBodies, measureFunding } from "../../db/schema.ts";
import type { Funding, Measure, Target } from "../../domain/plan.ts";

/** The columns of the measures table a plan/v1 measure gives. */
export function measureColumns(m: Measure) {
  return {
    number: m.number,
    task: m.task,
    action: m.action,
    deadlineText: m.deadline.text,
    deadlineFrom: m.deadline.from,
    deadlineTo: m.deadline.to,
    repeat: m.deadline.repeat,
    result: m.result,
    costAmount: m.cost?.amount ?? null,
    costText: m.cost?.text ?? null,
  };
}

/** A body as a measure names it, with the organization it was matched to. */
export interface BodyName {
  name: string;
  organizationId: number | null;
}

/** Body rows for several measures: position order, the first of each measure the lead. */
export async function insertBodies(tx: Db, entries: { measureId: number; bodies: BodyName[] }[]) {
  const rows = entries.flatMap(({ measureId, bodies }) =>
    bodies.map((b, position) => ({
      measureId,
      organizationId: b.organizationId,
      name: b.name,
      role: position === 0 ? ("lead" as const) : ("co" as const),
      position,
    })),
  );
  if (rows.length > 0) await tx.insert(measureBodies).values(rows);
}

/** Funding rows for several measures. */
export async function insertFunding(tx: Db, entries: { measureId: number; funding: Funding[] }[]) {
  const rows = entries.flatMap(({ measureId, funding }) =>
    funding.map((f) => ({ measureId, code: f.code, text: f.text, planned: f.amount ?? null })),
  );
  if (rows.length > 0) await tx.insert(measureFunding).values(rows);
}

/** Indicator rows (cumulative targets) for several measures. */
export async function insertIndicators(tx: Db, entries: { measureId: number; targets: IndicatorInput[] }[]) {
  const rows = entries.flatMap(({ measureId, targets }) =>
    targets.map((t) => ({
      measureId,
      unit: t.unit,
      target: t.value,
      baseline: t.baseline ?? null,
      cumulative: t.cumulative ?? true,
    })),
  );
  if (rows.length > 0) await tx.insert(indicators).values(rows);
}

/** An indicator to keep: a plan target, optionally with the id of the row it updates. */
export type IndicatorInput = Target & { id?: number; baseline?: number | null; cumulative?: boolean };

/** Replaces a measure's bodies. */
export async function replaceBodies(tx: Db, measureId: number, bodies: BodyName[]) {
  await tx.delete(measureBodies).where(eq(measureBodies.measureId, measureId));
  await insertBodies(tx, [{ measureId, bodies }]);
}

/** Replaces a measure's funding sources. */
export async function replaceFunding(tx: Db, measureId: number, funding: Funding[]) {
  await tx.delete(measureFunding).where(eq(measureFunding.measureId, measureId));
  await insertFunding(tx, [{ measureId, funding }]);
}

/**
 * Makes a measure's indicators the given ones while keeping the rows (and the values reports
 * stated for them) of indicators that stay: by id when given, else by the same unit.
 */
export async function syncIndicators(tx: Db, measureId: number, wanted: IndicatorInput[]) {
  const existing = await tx.select().from(indicators).where(eq(indicators.measureId, measureId));
  const free = new Map(existing.map((row) => [row.id, row]));
  const inserts: IndicatorInput[] = [];
  for (const t of wanted) {
    const row =
      (t.id !== undefined ? free.get(t.id) : undefined) ??
      [...free.values()].find((r) => r.unit.trim().toLowerCase() === t.unit.trim().toLowerCase());
    if (!row) {
      inserts.push(t);
      continue;
    }
    free.delete(row.id);
    await tx
      .update(indicators)
      .set({
        unit: t.unit,
        target: t.value,
        baseline: t.baseline === undefined ? row.baseline : t.baseline,
        cumulative: t.cumulative ?? row.cumulative,
      })
      .where(eq(indicators.id, row.id));
  }
  if (free.size > 0) await tx.delete(indicators).where(inArray(indicators.id, [...free.keys()]));
  await insertIndicators(tx, [{ measureId, targets: inserts }]);
}
