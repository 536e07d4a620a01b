import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { organizationAliases, organizations, territories } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { bodyKey } from "../../domain/body-key.ts";
import { AppError } from "../../domain/errors.ts";
import type { CreatedOrganization } from "../../domain/views.ts";
import { write } from "../shared/write.ts";

/** Adds a body of a territory with the other names plans use for it (abbreviations, Russian name). */
export async function createOrganization(
  db: Db,
  actor: Actor,
  input: {
    territoryId: number;
    name: string;
    nameRu?: string | null;
    shortName?: string | null;
    partner?: boolean;
    aliases?: string[];
  },
): Promise<CreatedOrganization> {
  return write(db, actor, async (tx, audit) => {
    const [territory] = await tx.select().from(territories).where(eq(territories.id, input.territoryId));
    if (!territory) throw new AppError("not_found", `territory ${input.territoryId} not found`);
    if (!allows(actor, "admin.manage", territory.path) && !allows(actor, "program.manage", territory.path))
      throw new AppError("forbidden", "adding a body needs the admin or planner role over its territory");
    const [org] = await tx
      .insert(organizations)
      .values({
        territoryId: input.territoryId,
        name: input.name,
        nameRu: input.nameRu ?? null,
        shortName: input.shortName ?? null,
        partner: input.partner ?? false,
      })
      .returning();
    const created = org as NonNullable<typeof org>;
    const names = [input.name, input.nameRu, input.shortName, ...(input.aliases ?? [])].filter(
      (n): n is string => typeof n === "string" && n.trim() !== "",
    );
    const unique = [...new Map(names.map((n) => [bodyKey(n), n])).entries()];
    if (unique.length > 0)
      await tx
        .insert(organizationAliases)
        .values(unique.map(([key, alias]) => ({ organizationId: created.id, alias, key })));
    await audit({
      action: "create",
      entity: "organization",
      entityId: created.id,
      after: { ...created, aliases: names },
    });
    return created;
  });
}
