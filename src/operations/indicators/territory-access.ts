import { and, count, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { auditLog, territories } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { refusal } from "../programs/program-access.ts";
import { findTerritory, type Territory } from "../territories/find-territory.ts";

/** The audit entity of a change of a territory's indicator figures; their count is the version. */
export const FIGURES_ENTITY = "territory_indicators";

/** A territory whose indicators the actor may read (program.read over it), or 401/403. */
export async function readableTerritory(db: Db, actor: Actor, code: string): Promise<Territory> {
  const territory = await findTerritory(db, { code });
  if (!allows(actor, "program.read", territory.path))
    throw refusal(actor, `the indicators of ${territory.code} need a role over that territory`);
  return territory;
}

/** A territory whose figures the actor may set (program.manage: its planner or admin), or 401/403. */
export function mayManage(actor: Actor, territory: Territory): void {
  if (!allows(actor, "program.manage", territory.path))
    throw refusal(actor, `setting the indicators of ${territory.code} needs the planner role over it`);
}

/**
 * The version of a territory's figures (its ETag): how many changes the audit log holds for them.
 * The log is append-only and every change writes exactly one row, so the count only grows.
 */
export async function figuresVersion(db: Db, territoryId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.entity, FIGURES_ENTITY), eq(auditLog.entityId, String(territoryId))));
  return row?.n ?? 0;
}

/** Holds the territory's row until the transaction ends, so its figures change one writer at a time. */
export async function lockTerritory(tx: Db, territoryId: number): Promise<void> {
  await tx
    .select({ id: territories.id })
    .from(territories)
    .where(eq(territories.id, territoryId))
    .for("update");
}
