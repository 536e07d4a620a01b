import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { programs } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { TerritoryIndicators } from "../../domain/views/socio-indicators.ts";
import { write } from "../shared/write.ts";
import { applyFigures } from "./apply-figures.ts";
import { ensureCatalogue } from "./catalogue.ts";
import { getTerritoryIndicators } from "./get-territory-indicators.ts";
import { type FigureInput, resolveChanges } from "./resolve-changes.ts";
import {
  FIGURES_ENTITY,
  figuresVersion,
  lockTerritory,
  mayManage,
  readableTerritory,
} from "./territory-access.ts";

/**
 * Sets a territory's baselines, targets and actual values (a null value removes one) when
 * `ifMatch` is the version of its figures (else conflict, nothing changed): one transaction, one
 * audit row with each changed figure before and after; nothing changed → no audit row, same
 * version. Who: program.manage over the territory (its planner, an admin).
 */
export async function setTerritoryIndicators(
  db: Db,
  actor: Actor,
  input: { code: string; figures: FigureInput; ifMatch: number; year: number },
): Promise<TerritoryIndicators> {
  const territory = await readableTerritory(db, actor, input.code);
  mayManage(actor, territory);
  const changes = resolveChanges(await ensureCatalogue(db), input.figures);
  await checkPrograms(
    db,
    territory.id,
    changes.baselines.map((b) => b.programId),
  );
  await write(db, actor, async (tx, audit) => {
    await lockTerritory(tx, territory.id);
    const version = await figuresVersion(tx, territory.id);
    if (version !== input.ifMatch)
      throw new AppError(
        "conflict",
        `the indicators of ${territory.code} were changed by someone else (version ${version})`,
        { version },
      );
    const changed = await applyFigures(tx, territory.id, changes, actor.userId);
    if (changed.length > 0)
      await audit({ action: "set", entity: FIGURES_ENTITY, entityId: territory.id, after: changed });
  });
  return getTerritoryIndicators(db, actor, { code: input.code, year: input.year });
}

/** A baseline's program must be a program of the territory itself. */
async function checkPrograms(db: Db, territoryId: number, ids: (number | null)[]) {
  for (const id of new Set(ids)) {
    if (id === null) continue;
    const [found] = await db
      .select({ id: programs.id })
      .from(programs)
      .where(and(eq(programs.id, id), eq(programs.territoryId, territoryId)));
    if (!found) throw new AppError("invalid_input", `program ${id} is not a program of this territory`);
  }
}
