import { inArray } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { IndicatorImport } from "../../domain/views/socio-indicators.ts";
import { refusal } from "../programs/program-access.ts";
import { write } from "../shared/write.ts";
import { applyFigures } from "./apply-figures.ts";
import { ensureCatalogue } from "./catalogue.ts";
import { indicatorOf } from "./resolve-changes.ts";
import { readTemplate } from "./template-workbook.ts";
import { FIGURES_ENTITY, lockTerritory } from "./territory-access.ts";

/**
 * Imports a filled template: every filled cell becomes the territory's actual value of the
 * template's year or quarter, with source "xlsx:<file name>" and the importing user; a value equal
 * to the stored one is left as it is; empty cells change nothing. All or nothing: a cell that is
 * not a number, an unknown territory or indicator, or a territory the actor may not manage (the
 * planner role over each row's territory) stops it and nothing is changed. One audit row per
 * territory whose figures changed (so each one's version moves).
 */
export async function importIndicatorTemplate(
  db: Db,
  actor: Actor,
  file: { fileName: string; bytes: Uint8Array },
): Promise<IndicatorImport> {
  const template = await readTemplate(file.bytes);
  const catalogue = await ensureCatalogue(db);
  const codes = [...new Set(template.rows.map((r) => r.territory))];
  const found = codes.length
    ? await db.select().from(territories).where(inArray(territories.code, codes))
    : [];
  const byCode = new Map(found.map((t) => [t.code, t]));
  for (const { row, territory } of template.rows) {
    const t = byCode.get(territory);
    if (!t) throw new AppError("invalid_input", `row ${row}: no territory with code ${territory}`, { row });
    if (!allows(actor, "program.manage", t.path))
      throw refusal(
        actor,
        `row ${row}: setting the indicators of ${territory} needs the planner role over it`,
      );
  }
  const source = `xlsx:${file.fileName}`;
  const byTerritory = new Map<
    number,
    { indicatorId: number; year: number; quarter: number; value: number; source: string }[]
  >();
  for (const v of template.values) {
    const indicator = indicatorOf(catalogue, v.indicator);
    if (template.quarter !== 0 && indicator.periodicity === "year")
      throw new AppError(
        "invalid_input",
        `cell ${v.cell}: ${v.indicator} is reported for the whole year only`,
      );
    const id = (byCode.get(v.territory) as { id: number }).id;
    const list = byTerritory.get(id) ?? [];
    list.push({
      indicatorId: indicator.id,
      year: template.year,
      quarter: template.quarter,
      value: v.value,
      source,
    });
    byTerritory.set(id, list);
  }
  let values = 0;
  let changedTerritories = 0;
  await write(db, actor, async (tx, audit) => {
    for (const [territoryId, actuals] of byTerritory) {
      await lockTerritory(tx, territoryId);
      const changed = await applyFigures(
        tx,
        territoryId,
        { baselines: [], targets: [], actuals },
        actor.userId,
        {
          sameValueKeepsSource: true,
        },
      );
      if (changed.length === 0) continue;
      values += changed.length;
      changedTerritories += 1;
      await audit({
        action: "import",
        entity: FIGURES_ENTITY,
        entityId: territoryId,
        after: { source, changed },
      });
    }
  });
  return {
    file: file.fileName,
    year: template.year,
    quarter: template.quarter,
    territories: changedTerritories,
    values,
  };
}
