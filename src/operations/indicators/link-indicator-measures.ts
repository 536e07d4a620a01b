import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { socioIndicatorMeasures, socioIndicators } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import type { MeasureIndicators } from "../../domain/views/socio-indicators.ts";
import { loadMeasure } from "../measures/get-measure.ts";
import { managedProgram } from "../programs/program-access.ts";
import { write } from "../shared/write.ts";
import { ensureCatalogue } from "./catalogue.ts";
import { indicatorOf } from "./resolve-changes.ts";

/**
 * Sets the indicators a measure serves (the measure's own numeric targets stay on the measure):
 * the given codes replace the links, in one transaction with one audit row; the same set again
 * changes nothing and writes no row. Who: program.manage over the measure's program.
 */
export async function linkIndicatorMeasures(
  db: Db,
  actor: Actor,
  input: { measureId: number; indicators: string[] },
): Promise<MeasureIndicators> {
  const measure = await loadMeasure(db, input.measureId);
  await managedProgram(db, actor, measure.programId);
  const catalogue = await ensureCatalogue(db);
  const wanted = [...new Set(input.indicators)].map((code) => indicatorOf(catalogue, code));
  return write(db, actor, async (tx, audit) => {
    const before = await linkedCodes(tx, measure.id);
    const after = wanted.map((i) => i.code).sort();
    if (before.join() !== after.join()) {
      await tx.delete(socioIndicatorMeasures).where(eq(socioIndicatorMeasures.measureId, measure.id));
      if (wanted.length > 0)
        await tx
          .insert(socioIndicatorMeasures)
          .values(wanted.map((i) => ({ indicatorId: i.id, measureId: measure.id })));
      await audit({ action: "link", entity: "measure_indicators", entityId: measure.id, before, after });
    }
    return { measureId: measure.id, indicators: after };
  });
}

/** The codes of the indicators a measure is linked to, sorted. */
async function linkedCodes(db: Db, measureId: number): Promise<string[]> {
  const rows = await db
    .select({ code: socioIndicators.code })
    .from(socioIndicatorMeasures)
    .innerJoin(socioIndicators, eq(socioIndicators.id, socioIndicatorMeasures.indicatorId))
    .where(eq(socioIndicatorMeasures.measureId, measureId));
  return rows.map((r) => r.code).sort();
}
