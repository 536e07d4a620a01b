import { and, eq, inArray, isNull, like } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import {
  measureBodies,
  measures,
  organizationAliases,
  organizations,
  programs,
  territories,
} from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { bodyKey } from "../../domain/body-key.ts";
import { AppError } from "../../domain/errors.ts";
import type { OrganizationAlias } from "../../domain/views.ts";
import { bodyKeysOf } from "../programs/match-bodies.ts";
import { refusal } from "../programs/program-access.ts";
import { refreshProgramSummary } from "../shared/program-summary.ts";
import { write } from "../shared/write.ts";

/**
 * Teaches a body another name (an unmatched responsible string), and links the not yet matched
 * measure bodies of that name in the programs of the body's territory and below to it.
 */
export async function addOrganizationAlias(
  db: Db,
  actor: Actor,
  organizationId: number,
  alias: string,
): Promise<OrganizationAlias> {
  const key = bodyKey(alias);
  if (key === "") throw new AppError("invalid_input", "the alias has no letters");
  return write(db, actor, async (tx, audit) => {
    const [row] = await tx
      .select({ org: organizations, path: territories.path })
      .from(organizations)
      .innerJoin(territories, eq(territories.id, organizations.territoryId))
      .where(eq(organizations.id, organizationId));
    if (!row) throw new AppError("not_found", `organization ${organizationId} not found`);
    if (!allows(actor, "admin.manage", row.path) && !allows(actor, "program.manage", row.path))
      throw refusal(actor, "naming a body needs the admin or planner role over its territory");
    const added = await tx
      .insert(organizationAliases)
      .values({ organizationId, alias, key })
      .onConflictDoNothing()
      .returning();
    const candidates = await tx
      .select({ id: measureBodies.id, name: measureBodies.name, programId: measures.programId })
      .from(measureBodies)
      .innerJoin(measures, eq(measures.id, measureBodies.measureId))
      .innerJoin(programs, eq(programs.id, measures.programId))
      .innerJoin(territories, eq(territories.id, programs.territoryId))
      .where(and(isNull(measureBodies.organizationId), like(territories.path, `${row.path}%`)));
    const relinked = candidates.filter((b) => bodyKeysOf(b.name).includes(key));
    const relink = relinked.map((b) => b.id);
    if (relink.length > 0)
      await tx.update(measureBodies).set({ organizationId }).where(inArray(measureBodies.id, relink));
    // a body now linked to an organization is expected to report: the programs' rates change
    for (const programId of [...new Set(relinked.map((b) => b.programId))].sort((a, b) => a - b))
      await refreshProgramSummary(tx, programId);
    await audit({
      action: "add_alias",
      entity: "organization",
      entityId: organizationId,
      after: { alias, key, added: added.length > 0, relinkedBodies: relink.length },
    });
    return { organizationId, alias, key, added: added.length > 0, relinkedBodies: relink.length };
  });
}
