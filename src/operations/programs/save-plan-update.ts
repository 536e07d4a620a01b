import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { measures } from "../../db/schema.ts";
import type { Measure, Plan } from "../../domain/plan.ts";
import type { PlanDiff } from "../../domain/plan-diff.ts";
import { measureColumns, replaceBodies, replaceFunding, syncIndicators } from "../measures/measure-rows.ts";
import type { Audit } from "../shared/write.ts";
import type { BodyMatch } from "./match-bodies.ts";
import type { StoredPlan } from "./program-plan.ts";

/**
 * Moves every measure the new version keeps to its new position and section, and rewrites the
 * ones that changed in place, so their ids (and the reports on them) stay.
 */
export async function updateAlignedMeasures(
  tx: Db,
  audit: Audit,
  work: {
    stored: StoredPlan;
    plan: Plan;
    diff: PlanDiff;
    sectionIds: Map<string, number>;
    bodies: BodyMatch;
  },
) {
  const { stored, plan, diff, sectionIds, bodies } = work;
  const changedAt = new Map(diff.changed.map((c) => [c.after.index, c]));
  for (const [b, a] of diff.pairs) {
    const id = stored.measureIds[b] as number;
    const m = plan.measures[a] as Measure;
    const sectionId = m.section === null ? null : (sectionIds.get(m.section) ?? null);
    const change = changedAt.get(a);
    if (!change) {
      await tx.update(measures).set({ position: a, sectionId }).where(eq(measures.id, id));
      continue;
    }
    const [row] = await tx
      .select({ rowVersion: measures.rowVersion })
      .from(measures)
      .where(eq(measures.id, id));
    await tx
      .update(measures)
      .set({
        position: a,
        sectionId,
        ...measureColumns(m),
        rowVersion: (row?.rowVersion ?? 1) + 1,
        updatedAt: new Date(),
      })
      .where(eq(measures.id, id));
    const fields = new Set(change.fields);
    if (fields.has("responsible"))
      await replaceBodies(
        tx,
        id,
        m.responsible.map((name) => ({ name, organizationId: bodies.matched.get(name) ?? null })),
      );
    if (fields.has("funding")) await replaceFunding(tx, id, m.funding);
    if (fields.has("targets")) await syncIndicators(tx, id, m.targets);
    await audit({
      action: "update",
      entity: "measure",
      entityId: id,
      before: change.before.measure,
      after: { ...change.after.measure, fields: change.fields },
    });
  }
}
